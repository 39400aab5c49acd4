import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/api/error-message.ts';
import { signInWithCode, signInWithPassword, type Me } from '../../../lib/session/sign-in.ts';

/** Both factors, as in the office app: the password, then the code from the authenticator app. */
export function SignIn({ onSignedIn, notice }: { onSignedIn: (me: Me) => void; notice?: string }) {
  const { t } = useTranslation(['staff', 'common']);
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (step === 'password') {
        await signInWithPassword(username, password);
        setStep('code');
      } else {
        const me = await signInWithCode(code);
        if (me.role !== 'staff') setError(t('signIn.notStaff'));
        else onSignedIn(me);
      }
    } catch (err) {
      setError(errorMessage(err, t).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="screen" id="main">
      <h1>{t('signIn.heading')}</h1>
      {notice && <p className="panel warn" role="alert">{notice}</p>}
      <form onSubmit={(e) => void submit(e)} className="stack" aria-label={t('signIn.heading')}>
        {step === 'password' ? (
          <>
            <label className="field">
              {t('signIn.username')}
              <input autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
            </label>
            <label className="field">
              {t('signIn.password')}
              <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
            </label>
            <button className="primary" disabled={busy}>{t('signIn.next')}</button>
          </>
        ) : (
          <>
            <label className="field">
              {t('signIn.code')}
              <input inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" value={code} onChange={(e) => setCode(e.target.value)} required autoFocus />
            </label>
            <button className="primary" disabled={busy}>{t('signIn.submit')}</button>
          </>
        )}
        {error && <p role="alert" className="alert">{error}</p>}
      </form>
    </main>
  );
}
