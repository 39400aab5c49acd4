import { useTranslation } from 'react-i18next';
import type { MyDayReply } from '@hemma/contract/api';
import { formatCalendarDay, formatTime } from '../../../lib/format.ts';
import { NfcPanel } from './NfcPanel.tsx';

interface Props {
  day: MyDayReply | undefined;
  status: Map<string, string>;
  online: boolean;
  onOpen: (clientId: string) => void;
  onTag: (serial: string) => void;
  onRefresh: () => void;
}

/** The day's visits in order, with the state of each, the NFC reader, and notes to staff. */
export function DayScreen({ day, status, online, onOpen, onTag, onRefresh }: Props) {
  const { t } = useTranslation('staff');
  const names = new Map(day?.visits.map((v) => [v.clientId, v.clientName]));
  return (
    <main className="screen" id="main">
      <h1>{t('day.heading')}{day && <span className="sub"> · {formatCalendarDay(day.date)}</span>}</h1>
      <p className="muted" data-testid="synced">
        {day ? t('day.synced', { time: formatTime(day.syncedAt) }) : t('day.neverSynced')}
        {online && <button className="link inline" onClick={onRefresh}>{t('day.refresh')}</button>}
      </p>
      {!online && <p className="panel offline" role="status">{t('day.offline')}</p>}
      <NfcPanel onTag={onTag} />
      {day && day.visits.length === 0 && <p>{t('day.empty')}</p>}
      <ol className="visits">
        {day?.visits.map((v) => {
          const s = status.get(v.id) ?? v.status;
          return (
            <li key={v.id}>
              <button className="visit" onClick={() => onOpen(v.clientId)} aria-label={`${v.windowFrom}–${v.windowTo} ${v.clientName}, ${t(`status.${s}`)}`}>
                <span className="when">{t('day.window', { from: v.windowFrom, to: v.windowTo })}</span>
                <span className={`badge badge-${s}`}>{t(`status.${s}`)}</span>
                <span className="who">{v.clientName}</span>
                <span className="where">{v.address}</span>
                <span className="what">
                  {v.areas.map((a) => t(`areas.${a}`, { defaultValue: a })).join(', ')} · {t('day.minutes', { count: v.durationMinutes })}
                  {v.staffCount > 1 && ` · ${v.colleague ?? t('day.together')}`}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {day && day.notes.length > 0 && (
        <section aria-labelledby="notes-h">
          <h2 id="notes-h">{t('day.notes')}</h2>
          <ul className="list">
            {day.notes.map((n) => (
              <li key={n.id}>
                <strong>{names.get(n.clientId)}</strong> · {formatTime(n.sentAt)}
                <br />
                {n.body}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
