import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pinProblem, PIN_MAX_LENGTH } from '@hemma/domain/staff-device';
import { signInDevice, unlock, type Unlock } from '../device/unlock.ts';
import { useBusySubmit } from '../hooks/use-busy-submit.ts';
import { EntryForm } from './EntryForm.tsx';

/** A PIN field: digits, at most the PIN's length. */
function PinField({ label, value, onChange, autoComplete, autoFocus = false }: {
  label: string; value: string; onChange: (pin: string) => void; autoComplete: 'new-password' | 'current-password'; autoFocus?: boolean;
}) {
  return (
    <label className="field">
      {label}
      <input type="password" inputMode="numeric" autoComplete={autoComplete} maxLength={PIN_MAX_LENGTH} value={value} onChange={(e) => onChange(e.target.value)} required autoFocus={autoFocus} />
    </label>
  );
}

/** After the full sign-in: the PIN that opens the phone for the rest of the working day. */
export function ChoosePin({ onChosen }: { onChosen: () => void }) {
  const { t } = useTranslation(['staff', 'common']);
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const { error, setError, busy, run } = useBusySubmit(t);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = pinProblem(pin);
    if (problem) return setError(t(`pin.problems.${problem}`));
    if (pin !== again) return setError(t('pin.mismatch'));
    await run(async () => {
      await signInDevice(pin);
      onChosen();
    });
  }

  return (
    <EntryForm heading={t('pin.chooseHeading')} before={<p>{t('pin.chooseIntro')}</p>} error={error} onSubmit={submit}>
      <PinField label={t('pin.pin')} autoComplete="new-password" value={pin} onChange={setPin} autoFocus />
      <PinField label={t('pin.again')} autoComplete="new-password" value={again} onChange={setAgain} />
      <button className="primary big" disabled={busy}>{t('pin.choose')}</button>
    </EntryForm>
  );
}

/** The phone's lock: the PIN opens it, with or without coverage. */
export function UnlockScreen({ onUnlocked, onRefused, onFullSignIn }: {
  onUnlocked: (offline: boolean) => void;
  onRefused: (outcome: Extract<Unlock, { reason: 'sign_in' | 'revoked' }>) => void;
  onFullSignIn: () => void;
}) {
  const { t } = useTranslation('staff');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await unlock(pin);
      if (outcome.ok) return onUnlocked(outcome.offline);
      if (outcome.reason === 'wrong_pin') {
        setPin('');
        setError(t('pin.wrong', { count: outcome.triesLeft }));
      } else onRefused(outcome);
    } finally {
      setBusy(false);
    }
  }

  return (
    <EntryForm heading={t('pin.unlockHeading')} error={error} onSubmit={submit}
      after={<button className="link" onClick={onFullSignIn}>{t('pin.fullSignIn')}</button>}>
      <PinField label={t('pin.pin')} autoComplete="current-password" value={pin} onChange={setPin} autoFocus />
      <button className="primary big" disabled={busy}>{t('pin.unlock')}</button>
    </EntryForm>
  );
}
