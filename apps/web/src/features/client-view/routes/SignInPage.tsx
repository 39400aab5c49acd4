import { Anchor, Button, Card, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { meQuery } from '../../../lib/session/session.ts';
import { signInWithPasskey } from '../api/passkeys.ts';

/** Signing in with the passkey this phone or tablet holds: no username, no password. */
export function SignInPage() {
  const { t } = useTranslation('myView');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signIn = useMutation({
    mutationFn: signInWithPasskey,
    onSuccess: (me) => {
      queryClient.setQueryData(meQuery.queryKey, me);
      void navigate('/', { replace: true });
    },
  });
  return (
    <Card withBorder maw={560} mx="auto" padding="xl">
      <PageTitle>{t('signIn.title')}</PageTitle>
      <Stack>
        <Text>{t('signIn.text')}</Text>
        {signIn.isError && <Text c="red.9" role="alert">{t('signIn.failed')}</Text>}
        <Button size="lg" onClick={() => signIn.mutate()} loading={signIn.isPending}>{t('signIn.button')}</Button>
        <Text>{t('signIn.haveCode')}</Text>
        <Anchor component={Link} to="/aktivera">{t('signIn.activate')}</Anchor>
      </Stack>
    </Card>
  );
}
