import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/api-error.ts';
import type { MyDayReply } from '@hemma/contract/api';
import { signOut } from '../../lib/session/session.ts';
import { fetchDay } from '../../features/staff-app/api/staff-api.ts';
import { LanguageButtons } from './LanguageButtons.tsx';
import { ClientScreen } from '../../features/staff-app/components/ClientScreen.tsx';
import { DayScreen } from '../../features/staff-app/components/DayScreen.tsx';
import { OutboxScreen } from '../../features/staff-app/components/OutboxScreen.tsx';
import { SignIn } from '../../features/staff-app/components/SignIn.tsx';
import { TapConfirm } from '../../features/staff-app/components/TapConfirm.tsx';
import { wipePhone, type OutgoingRegistration } from '../../features/staff-app/offline/phone-db.ts';
import { usePhone } from '../../features/staff-app/offline/use-phone.ts';

// The staff app's frame: who is signed in, the unsent counter, and which screen is shown. The
// screens are few, so the app keeps the current one in state rather than in a router.

type View = { name: 'day' } | { name: 'client'; clientId: string } | { name: 'outbox' };
type Session = { state: 'unknown' } | { state: 'in'; day: MyDayReply | undefined } | { state: 'out' };

function SignedIn({ day, onSignedOut }: { day: MyDayReply | undefined; onSignedOut: () => void }) {
  const { t } = useTranslation('staff');
  const phone = usePhone(day);
  const [view, setView] = useState<View>({ name: 'day' });
  const [confirmed, setConfirmed] = useState<{ registration: OutgoingRegistration; clientName: string }>();
  const [reSignIn, setReSignIn] = useState(false);

  const registerAt = useCallback(async (r: Omit<OutgoingRegistration, 'id' | 'at'>, clientId: string | null, clientName: string | null) => {
    const registration = await phone.register(r, { id: clientId, name: clientName });
    setConfirmed({ registration, clientName: clientName ?? `${t('nfc.unknownTag')} ${r.tag ?? ''}` });
  }, [phone, t]);

  const onTag = (serial: string) => {
    const tag = serial.toLowerCase();
    const visit = phone.day?.visits.find((v) => v.tags.includes(tag));
    const kind = visit ? phone.nextKind(visit.clientId) : phone.nextKind(`tag:${tag}`);
    void registerAt({ kind, method: 'nfc', tag }, visit?.clientId ?? null, visit?.clientName ?? null);
  };

  const unsent = phone.pendingItems.length;
  const out = async () => {
    try {
      await signOut();
    } catch {
      // Offline or already ended: the phone is cleared all the same.
    }
    await wipePhone();
    onSignedOut();
  };

  if (reSignIn) return <SignIn onSignedIn={() => { setReSignIn(false); phone.resumeSending(); }} />;
  const visitOf = (clientId: string) => phone.day?.visits.find((v) => v.clientId === clientId && ['planned', 'arrived'].includes(phone.status.get(v.id) ?? 'planned'))
    ?? phone.day?.visits.find((v) => v.clientId === clientId);

  return (
    <>
      <header className="top">
        <span className="who-am-i">{phone.day?.staffName ?? t('title')}</span>
        <button className={`counter ${unsent > 0 ? 'has-unsent' : ''} ${phone.refusedItems.length > 0 ? 'has-refused' : ''}`} onClick={() => setView({ name: 'outbox' })} data-testid="unsent">
          {unsent > 0 ? t('outbox.unsent', { count: unsent }) : t('outbox.allSent')}
          {phone.refusedItems.length > 0 && ` · ${t('outbox.refusedCount', { count: phone.refusedItems.length })}`}
        </button>
      </header>
      {phone.needsSignIn && (
        <p className="panel warn" role="alert">
          {t('outbox.signInAgain')} <button className="link inline" onClick={() => setReSignIn(true)}>{t('signIn.heading')}</button>
        </p>
      )}
      {view.name === 'day' && (
        <DayScreen day={phone.day} status={phone.status} online={phone.online} onOpen={(clientId) => setView({ name: 'client', clientId })} onTag={onTag} onRefresh={() => void phone.refresh()} />
      )}
      {view.name === 'client' && (
        <ClientScreen
          key={view.clientId}
          clientId={view.clientId}
          visit={visitOf(view.clientId)}
          nextKind={phone.nextKind(view.clientId)}
          onRegister={(r) => void registerAt(r, view.clientId, visitOf(view.clientId)?.clientName ?? null)}
          onBack={() => setView({ name: 'day' })}
        />
      )}
      {view.name === 'outbox' && <OutboxScreen pendingItems={phone.pendingItems} refusedItems={phone.refusedItems} onBack={() => setView({ name: 'day' })} />}
      <footer className="bottom">
        <LanguageButtons />
        <button className="secondary" onClick={() => void out()} disabled={unsent > 0} title={unsent > 0 ? t('signOutBlocked') : undefined}>
          {t('signOut')}
        </button>
        {unsent > 0 && <span className="muted small">{t('signOutBlocked')}</span>}
      </footer>
      {confirmed && <TapConfirm {...confirmed} onClose={() => setConfirmed(undefined)} />}
    </>
  );
}

export function StaffApp() {
  const [session, setSession] = useState<Session>({ state: 'unknown' });
  useEffect(() => {
    // The day answers "who is signed in" too: one round trip to the first screen, not two.
    fetchDay().then(
      (day) => setSession({ state: 'in', day }),
      // Without network the phone keeps working on what it holds; 401 (or another role's 403) asks for sign-in.
      (e: unknown) => setSession(e instanceof ApiError && (e.status === 401 || e.status === 403) ? { state: 'out' } : { state: 'in', day: undefined }),
    );
  }, []);
  if (session.state === 'unknown') return null;
  if (session.state === 'out') return <SignIn onSignedIn={() => setSession({ state: 'in', day: undefined })} />;
  return <SignedIn day={session.day} onSignedOut={() => setSession({ state: 'out' })} />;
}
