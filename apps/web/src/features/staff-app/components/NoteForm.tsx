import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api/api-error.ts';
import { errorMessage } from '../../../lib/api/error-message.ts';
import { sendNote } from '../api/staff-api.ts';

/** A short note about the client for the manager ("she fell yesterday"). */
export function NoteForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation(['staff', 'common']);
  const [body, setBody] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await sendNote(clientId, body);
      setBody('');
      setOutcome({ ok: true, text: t('client.noteSent') });
    } catch (err) {
      const offline = err instanceof ApiError && err.code === 'network';
      setOutcome({ ok: false, text: offline ? t('client.noteOffline') : errorMessage(err, t).message });
    }
  }

  return (
    <section aria-labelledby="note-h" className="card">
      <h2 id="note-h">{t('client.noteHeading')}</h2>
      <form onSubmit={(e) => void submit(e)} className="stack">
        <label className="field">
          {t('client.noteLabel')}
          <textarea rows={3} maxLength={2000} value={body} onChange={(e) => setBody(e.target.value)} required />
        </label>
        <button className="secondary">{t('client.noteSend')}</button>
        {outcome && <p role="status" className={outcome.ok ? 'ok' : 'alert'}>{outcome.text}</p>}
      </form>
    </section>
  );
}
