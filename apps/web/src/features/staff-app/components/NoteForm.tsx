import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A short note about the client for the manager ("she fell yesterday"). It goes into the outbox
 * like a registration, so it is kept without coverage and sent when the network returns.
 */
export function NoteForm({ onNote }: { onNote: (body: string) => Promise<void> }) {
  const { t } = useTranslation(['staff', 'common']);
  const [body, setBody] = useState('');
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    await onNote(body.trim());
    setBody('');
    setSaved(true);
  }

  return (
    <section aria-labelledby="note-h" className="card">
      <h2 id="note-h">{t('client.noteHeading')}</h2>
      <form onSubmit={(e) => void submit(e)} className="stack">
        <label className="field">
          {t('client.noteLabel')}
          <textarea rows={3} maxLength={2000} value={body} onChange={(e) => { setBody(e.target.value); setSaved(false); }} required />
        </label>
        <button className="secondary" disabled={body.trim() === ''}>{t('client.noteSend')}</button>
        {saved && <p role="status" className="ok">{t('client.noteQueued')}</p>}
      </form>
    </section>
  );
}
