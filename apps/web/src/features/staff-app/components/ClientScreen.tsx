import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientCardReply, MyDayVisit } from '@hemma/contract/api';
import { fetchCard, storedCard } from '../api/staff-api.ts';
import type { OutgoingRegistration } from '../offline/phone-db.ts';
import { NoteForm } from './NoteForm.tsx';

type Register = (r: Omit<OutgoingRegistration, 'id' | 'at'>) => void;

const REASONS = ['no_tag', 'tag_failed', 'no_nfc'] as const;

/** The client's card (as stored when there is no coverage) and what can be registered by hand. */
export function ClientScreen({ clientId, visit, nextKind, onRegister, onNote, onBack }: {
  clientId: string;
  visit: MyDayVisit | undefined;
  nextKind: 'arrive' | 'leave';
  onRegister: Register;
  onNote: (body: string) => Promise<void>;
  onBack: () => void;
}) {
  const { t } = useTranslation('staff');
  const [card, setCard] = useState<ClientCardReply | null>();
  const [reason, setReason] = useState<(typeof REASONS)[number]>('no_tag');

  useEffect(() => {
    let live = true;
    void storedCard(clientId).then((c) => live && c && setCard((now) => now ?? c));
    fetchCard(clientId).then(
      (c) => live && setCard(c),
      () => live && setCard((now) => now ?? null),
    );
    return () => {
      live = false;
    };
  }, [clientId]);

  const name = card?.name ?? visit?.clientName ?? clientId;
  const manual = (kind: 'arrive' | 'leave') => onRegister({ kind, method: 'manual', client: clientId, reason: t(`client.reasons.${reason}`) });

  return (
    <main className="screen" id="main">
      <button className="link" onClick={onBack}>← {t('client.back')}</button>
      <h1>{name}</h1>
      {card === null && <p className="panel warn">{t('client.offlineCard')}</p>}
      {card?.address && <p className="muted">{card.address}</p>}

      <section aria-labelledby="reg-h" className="card">
        <h2 id="reg-h">{t('client.manualHeading')}</h2>
        <label className="field">
          {t('client.reason')}
          <select value={reason} onChange={(e) => setReason(e.target.value as (typeof REASONS)[number])}>
            {REASONS.map((r) => <option key={r} value={r}>{t(`client.reasons.${r}`)}</option>)}
          </select>
        </label>
        <button className="primary big" onClick={() => manual(nextKind)}>
          {nextKind === 'arrive' ? t('client.manualArrive') : t('client.manualLeave')}
        </button>
        {visit && (
          <div className="row">
            <button className="secondary" onClick={() => onRegister({ kind: 'declined_at_door', method: 'manual', client: clientId, reason: t('kinds.declined_at_door'), plannedMinutes: visit.durationMinutes })}>
              {t('client.declineAtDoor', { minutes: visit.durationMinutes })}
            </button>
            <button className="secondary" onClick={() => onRegister({ kind: 'declined_in_advance', method: 'manual', client: clientId, reason: t('kinds.declined_in_advance') })}>
              {t('client.declineInAdvance')}
            </button>
          </div>
        )}
      </section>

      {card && (
        <>
          <section aria-labelledby="practical-h" className="card">
            <h2 id="practical-h">{t('client.practical')}</h2>
            <p className="pre">{card.practicalNotes ?? t('client.nothing')}</p>
          </section>
          <section aria-labelledby="plan-h" className="card">
            <h2 id="plan-h">{t('client.plan')}</h2>
            {card.plan ? (
              <>
                {card.plan.notes && <p className="pre">{card.plan.notes}</p>}
                <ul className="list">
                  {card.plan.visits.map((v, i) => (
                    <li key={i}>
                      {v.weekdays.length === 7 ? t('weekdays.all') : v.weekdays.map((d) => t(`weekdays.${d}`)).join(', ')} · {v.windowFrom}–{v.windowTo} · {v.durationMinutes} min · {v.areas.map((a) => t(`areas.${a}`, { defaultValue: a })).join(', ')}
                    </li>
                  ))}
                </ul>
              </>
            ) : <p>{t('client.noPlan')}</p>}
          </section>
          <section aria-labelledby="contact-h" className="card">
            <h2 id="contact-h">{t('client.contactPerson')}</h2>
            <p>{card.contactPerson?.name ?? t('client.nothing')}</p>
          </section>
          <section aria-labelledby="story-h" className="card">
            <h2 id="story-h">{t('client.lifeStory')}</h2>
            <p className="pre">{card.lifeStory ?? t('client.nothing')}</p>
          </section>
        </>
      )}
      <NoteForm onNote={onNote} />
    </main>
  );
}
