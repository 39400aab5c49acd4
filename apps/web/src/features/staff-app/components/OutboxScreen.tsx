import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../lib/format.ts';
import { itemId, type OutboxItem, type RefusedItem } from '../offline/phone-db.ts';

/** One waiting or refused item: a registration or a note, with its client and the phone's time. */
export function OutboxRow({ item, t }: { item: OutboxItem; t: (k: string) => string }) {
  const r = item.registration;
  if (!r) {
    return (
      <>
        <strong>{t('outbox.note')}</strong> {formatTime(item.note.writtenAt)} · {item.clientName ?? item.note.client} · <q>{item.note.body}</q>
      </>
    );
  }
  return (
    <>
      <strong>{t(`kinds.${r.kind}`)}</strong> {formatTime(r.at)} · {item.clientName ?? `${t('nfc.unknownTag')} ${r.tag ?? ''}`}
      {r.method === 'manual' && r.reason && r.reason !== t(`kinds.${r.kind}`) ? ` · ${r.reason}` : ''}
    </>
  );
}

/** What waits to be sent, and what the server refused: kept and shown, never sent again. */
export function OutboxScreen({ pendingItems, refusedItems, onBack }: { pendingItems: OutboxItem[]; refusedItems: RefusedItem[]; onBack: () => void }) {
  const { t } = useTranslation('staff');
  const reason = (code: string) => t(`outbox.reasons.${code}`, { defaultValue: t('outbox.reasons.other') });
  return (
    <main className="screen" id="main">
      <button className="link" onClick={onBack}>← {t('client.back')}</button>
      <h1>{t('outbox.heading')}</h1>
      <section aria-labelledby="pending-h">
        <h2 id="pending-h">{t('outbox.pending')}</h2>
        {pendingItems.length === 0 ? <p>{t('outbox.none')}</p> : (
          <ul className="list" data-testid="pending-list">
            {pendingItems.map((i) => <li key={itemId(i)}><OutboxRow item={i} t={t} /></li>)}
          </ul>
        )}
      </section>
      <section aria-labelledby="refused-h">
        <h2 id="refused-h">{t('outbox.refused')}</h2>
        <p>{t('outbox.refusedHelp')}</p>
        {refusedItems.length === 0 ? <p>{t('outbox.none')}</p> : (
          <ul className="list refused" data-testid="refused-list">
            {refusedItems.map((i) => (
              <li key={itemId(i)}>
                <OutboxRow item={i} t={t} />
                <br />
                <span className="refusal">{reason(i.code)} ({i.status})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
