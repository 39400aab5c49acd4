import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pinProblem, PIN_MAX_LENGTH } from '@hemma/domain/staff-device';
import { errorMessage } from '../../../lib/api/error-message.ts';
import { signInDevice, unlock, type Unlock } from '../device/unlock.ts';

/** After the full sign-in: the PIN that opens the phone for the rest of the working day. */
export function ChoosePin({ onChosen }: { onChosen: () => void }) {
  const { t } = useTranslation(['staff', 'common']);
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = pinProblem(pin);
    if (problem) return setError(t(`pin.problems.${problem}`));
    if (pin !== again) return setError(t('pin.mismatch'));
    setBusy(true);
    try {
      await signInDevice(pin);
      onChosen();
    } catch (err) {
      setError(errorMessage(err, t).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="screen" id="main">
      <h1>{t('pin.chooseHeading')}</h1>
      <p>{t('pin.chooseIntro')}</p>
      <form onSubmit={(e) => void submit(e)} className="stack">
        <label className="field">
          {t('pin.pin')}
          <input type="password" inputMode="numeric" autoComplete="new-password" maxLength={PIN_MAX_LENGTH} value={pin} onChange={(e) => setPin(e.target.value)} required autoFocus />
        </label>
        <label className="field">
          {t('pin.again')}
          <input type="password" inputMode="numeric" autoComplete="new-password" maxLength={PIN_MAX_LENGTH} value={again} onChange={(e) => setAgain(e.target.value)} required />
        </label>
        <button className="primary big" disabled={busy}>{t('pin.choose')}</button>
        {error && <p role="alert" className="alert">{error}</p>}
      </form>
    </main>
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
    <main className="screen" id="main">
      <h1>{t('pin.unlockHeading')}</h1>
      <form onSubmit={(e) => void submit(e)} className="stack">
        <label className="field">
          {t('pin.pin')}
          <input type="password" inputMode="numeric" autoComplete="current-password" maxLength={PIN_MAX_LENGTH} value={pin} onChange={(e) => setPin(e.target.value)} required autoFocus />
        </label>
        <button className="primary big" disabled={busy}>{t('pin.unlock')}</button>
        {error && <p role="alert" className="alert">{error}</p>}
      </form>
      <button className="link" onClick={onFullSignIn}>{t('pin.fullSignIn')}</button>
    </main>
  );
}
