import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tagReader } from '../nfc/tag-reader.ts';

/**
 * Listens for tags while the day is shown. Web NFC may need a tap on a button to start (the
 * browser asks for permission on a user gesture), so a start button is offered when it fails.
 * Without Web NFC the panel says why and points to the manual path.
 */
export function NfcPanel({ onTag }: { onTag: (serial: string) => void }) {
  const { t } = useTranslation('staff');
  const [reader] = useState(tagReader);
  const [state, setState] = useState<'off' | 'listening' | { failed: string }>('off');
  // The reader keeps one callback; it reaches the latest onTag (the day's state) through this.
  const latest = useRef(onTag);
  latest.current = onTag;

  const start = () => {
    if (!reader) return;
    reader.start((serial) => latest.current(serial), (e) => setState({ failed: e.message })).then(
      () => setState('listening'),
      (e: unknown) => setState({ failed: e instanceof Error ? e.message : String(e) }),
    );
  };
  useEffect(() => {
    start();
    return () => reader?.stop();
  }, [reader]);

  if (!reader) return <p className="panel warn" data-testid="nfc-state">{t('nfc.unsupported')}</p>;
  if (state === 'listening') return <p className="panel nfc" data-testid="nfc-state" aria-live="polite">{t('nfc.listening')}</p>;
  return (
    <div className="panel warn" data-testid="nfc-state">
      {typeof state === 'object' && <p>{t('nfc.failed', { reason: state.failed })}</p>}
      <button className="primary" onClick={start}>{t('nfc.start')}</button>
    </div>
  );
}
