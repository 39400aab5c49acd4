import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signInWithCode, signInWithPassword, type Me } from '../../../lib/session/sign-in.ts';
import { useBusySubmit } from '../hooks/use-busy-submit.ts';
import { EntryForm } from './EntryForm.tsx';

/** Both factors, as in the office app: the password, then the code from the authenticator app. */
export function SignIn({ onSignedIn, notice }: { onSignedIn: (me: Me) => void; notice?: string }) {
  const { t } = useTranslation(['staff', 'common']);
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const { error, setError, busy, run } = useBusySubmit(t);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    await run(async () => {
      if (step === 'password') {
        await signInWithPassword(username, password);
        setStep('code');
      } else {
        const me = await signInWithCode(code);
        if (me.role !== 'staff') setError(t('signIn.notStaff'));
        else onSignedIn(me);
      }
    });
  }

  return (
    <EntryForm heading={t('signIn.heading')} label={t('signIn.heading')} error={error} onSubmit={submit}
      before={notice && <p className="panel warn" role="alert">{notice}</p>}>
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
    </EntryForm>
  );
}
