import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../lib/format.ts';
import type { OutgoingRegistration } from '../offline/phone-db.ts';

/**
 * The confirmation of a registration: a large coloured panel with the kind and the client, and a
 * vibration, shown as soon as the registration is in the phone's outbox (no network needed).
 */
export function TapConfirm({ registration, clientName, onClose }: { registration: OutgoingRegistration; clientName: string; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const ok = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ok.current?.focus();
    navigator.vibrate?.(registration.kind === 'leave' ? [80, 60, 80] : 120);
  }, [registration]);
  return (
    <div className={`confirm confirm-${registration.kind}`} role="alertdialog" aria-modal="true" aria-labelledby="confirm-kind" aria-describedby="confirm-who">
      <p id="confirm-kind" className="confirm-kind">{t(`confirm.${registration.kind}`)}</p>
      <p id="confirm-who" className="confirm-who">{clientName}</p>
      <p>{t('confirm.saved', { time: formatTime(registration.at) })}</p>
      <button ref={ok} className="primary big" onClick={onClose}>{t('confirm.ok')}</button>
    </div>
  );
}
