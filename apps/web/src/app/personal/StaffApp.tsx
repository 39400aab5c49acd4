import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyDayReply } from '@hemma/contract/api';
import { signOut } from '../../lib/session/sign-in.ts';
import { LanguageButtons } from './LanguageButtons.tsx';
import { ClientScreen } from '../../features/staff-app/components/ClientScreen.tsx';
import { DayScreen } from '../../features/staff-app/components/DayScreen.tsx';
import { OutboxScreen } from '../../features/staff-app/components/OutboxScreen.tsx';
import { ChoosePin, UnlockScreen } from '../../features/staff-app/components/PinScreen.tsx';
import { RevokedScreen } from '../../features/staff-app/components/RevokedScreen.tsx';
import { SignIn } from '../../features/staff-app/components/SignIn.tsx';
import { SignOutButton } from '../../features/staff-app/components/SignOutButton.tsx';
import { TapConfirm } from '../../features/staff-app/components/TapConfirm.tsx';
import { dropDevice, storedDevice } from '../../features/staff-app/device/device-store.ts';
import { endDevice, renewSession } from '../../features/staff-app/device/unlock.ts';
import { wipePhone, type OutgoingRegistration } from '../../features/staff-app/offline/phone-db.ts';
import { usePhone } from '../../features/staff-app/offline/use-phone.ts';

// The staff app's frame: the way in (full sign-in, then a PIN for the working day; later the PIN
// alone), who is signed in, the unsent counter, and which screen is shown. The screens are few,
// so the app keeps the current one in state rather than in a router.

type View = { name: 'day' } | { name: 'client'; clientId: string } | { name: 'outbox' };
type Phase =
  | { name: 'starting' }
  | { name: 'sign-in'; notice?: 'again' }
  | { name: 'choose-pin' }
  | { name: 'locked' }
  | { name: 'revoked' }
  | { name: 'open'; day: MyDayReply | undefined };

function SignedIn({ day, onSignedOut, onRefused }: { day: MyDayReply | undefined; onSignedOut: () => void; onRefused: (p: Phase) => void }) {
  const { t } = useTranslation('staff');
  const resume = useRef<() => void>(() => undefined);
  // The server ended the session: renew it with the PIN the phone was opened with.
  const renew = useCallback(() => {
    void renewSession().then((outcome) => {
      if (outcome.ok) resume.current();
      else onRefused(outcome.reason === 'revoked' ? { name: 'revoked' } : outcome.reason === 'sign_in' ? { name: 'sign-in', notice: 'again' } : { name: 'locked' });
    });
  }, [onRefused]);
  const phone = usePhone(day, renew);
  resume.current = phone.resumeSending;
  const [view, setView] = useState<View>({ name: 'day' });
  const [confirmed, setConfirmed] = useState<{ registration: OutgoingRegistration; clientName: string }>();

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
    await endDevice();
    try {
      await signOut();
    } catch {
      // Offline or already ended: the phone is cleared all the same.
    }
    await wipePhone();
    onSignedOut();
  };

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
          onNote={(body) => phone.note({ id: view.clientId, name: visitOf(view.clientId)?.clientName ?? null }, body)}
          onBack={() => setView({ name: 'day' })}
        />
      )}
      {view.name === 'outbox' && <OutboxScreen pendingItems={phone.pendingItems} refusedItems={phone.refusedItems} onBack={() => setView({ name: 'day' })} />}
      <footer className="bottom">
        <LanguageButtons />
        <SignOutButton unsent={unsent} onSignOut={() => void out()} />
      </footer>
      {confirmed && <TapConfirm {...confirmed} onClose={() => setConfirmed(undefined)} />}
    </>
  );
}

/**
 * Where the phone starts, without asking the network: locked when it is signed in for the day,
 * else at the sign-in (a session without a PIN chosen is not kept for: signing in ends with the
 * PIN). The first screen thus needs the page and its scripts only.
 */
async function startingPhase(): Promise<Phase> {
  return (await storedDevice()) ? { name: 'locked' } : { name: 'sign-in' };
}

export function StaffApp() {
  const { t } = useTranslation('staff');
  const [phase, setPhase] = useState<Phase>({ name: 'starting' });
  useEffect(() => {
    void startingPhase().then(setPhase, () => setPhase({ name: 'sign-in' }));
  }, []);
  const toSignIn = useCallback((notice?: 'again') => setPhase({ name: 'sign-in', ...(notice && { notice }) }), []);
  const refuse = useCallback((next: Phase) => setPhase((now) => (now.name === 'revoked' ? now : next)), []);
  switch (phase.name) {
    case 'starting':
      return null;
    case 'sign-in':
      return <SignIn onSignedIn={() => setPhase({ name: 'choose-pin' })} {...(phase.notice && { notice: t('pin.signInAgain') })} />;
    case 'choose-pin':
      return <ChoosePin onChosen={() => setPhase({ name: 'open', day: undefined })} />;
    case 'locked':
      return (
        <UnlockScreen
          onUnlocked={() => setPhase({ name: 'open', day: undefined })}
          onRefused={(o) => (o.reason === 'revoked' ? setPhase({ name: 'revoked' }) : toSignIn('again'))}
          onFullSignIn={() => void dropDevice().then(() => toSignIn())}
        />
      );
    case 'revoked':
      return <RevokedScreen onCleared={() => toSignIn()} />;
    case 'open':
      // A revoke stays on screen until the phone is cleared, whatever a later refusal says.
      return <SignedIn day={phase.day} onSignedOut={() => toSignIn()} onRefused={refuse} />;
  }
}
