import {
  Anchor,
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { LanguageSwitch } from '../../../components/LanguageSwitch.tsx';
import { signInWithCode, signInWithPassword } from '../../../lib/session/session.ts';
import { afterSignIn } from '../../../lib/session/sign-in-path.ts';
import { EnrolAuthenticator } from '../components/EnrolAuthenticator.tsx';

type Step = 'password' | 'totp' | 'enrol';

export function SignInPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const [step, setStep] = useState<Step>('password');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = `${t('title')} – Hemma`;
  }, [t]);
  useEffect(() => {
    if (step !== 'password') codeRef.current?.focus();
  }, [step]);

  const first = useMutation({
    mutationFn: () => signInWithPassword(username, password),
    onSuccess: (reply) => {
      setPassword('');
      setStep(reply.next);
    },
  });
  const second = useMutation({
    mutationFn: () => signInWithCode(code),
    // A full load of the page asked for: nothing of an earlier session (another user's cached
    // data, a half-finished request) survives in memory; drafts in sessionStorage do.
    onSuccess: () => window.location.replace(afterSignIn(params.get('next'))),
    onError: () => setCode(''),
  });

  const startOver = () => {
    setStep('password');
    setCode('');
    first.reset();
    second.reset();
  };

  const submitPassword = (e: FormEvent) => {
    e.preventDefault();
    first.mutate();
  };
  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    second.mutate();
  };
  const noPending =
    second.error && 'code' in second.error && second.error.code === 'no_pending_login';

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={440} maw="100%">
        <Stack>
          <Title order={1} size="h2">
            {t('title')}
          </Title>
          {params.get('reason') === 'expired' && (
            <Alert color="yellow" role="status">
              {t('expired')}
            </Alert>
          )}
          {step === 'password' ? (
            <form onSubmit={submitPassword} noValidate>
              <Stack>
                <Text size="sm">{t('intro')}</Text>
                <TextInput
                  label={t('username')}
                  name="username"
                  autoComplete="username"
                  required
                  value={username}
                  onChange={(e) => setUsername(e.currentTarget.value)}
                  autoFocus
                />
                <PasswordInput
                  label={t('password')}
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                />
                <ApiErrorAlert error={first.error} />
                <Button type="submit" loading={first.isPending} disabled={!username || !password}>
                  {t('next')}
                </Button>
              </Stack>
            </form>
          ) : (
            <form onSubmit={submitCode} noValidate>
              <Stack>
                {step === 'enrol' && <EnrolAuthenticator />}
                <TextInput
                  ref={codeRef}
                  label={t('codeLabel')}
                  description={t('codeHint')}
                  name="code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="[0-9]{6}"
                  maxLength={6}
                  required
                  value={code}
                  onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
                />
                <ApiErrorAlert error={second.error} />
                <Button type="submit" loading={second.isPending} disabled={code.length !== 6}>
                  {t('signIn')}
                </Button>
                <Anchor
                  component="button"
                  type="button"
                  onClick={startOver}
                  size="sm"
                  fw={noPending ? 700 : undefined}
                >
                  {t('startOver')}
                </Anchor>
              </Stack>
            </form>
          )}
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
