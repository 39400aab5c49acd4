import { Button, Card, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { meQuery } from '../../../lib/session/session.ts';
import { enrolPasskey } from '../api/passkeys.ts';

/** The first time: the code from the case officer lets this device keep a passkey. */
export function ActivatePage() {
  const { t } = useTranslation('myView');
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('kod') ?? '');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const enrol = useMutation({
    mutationFn: enrolPasskey,
    onSuccess: (me) => {
      queryClient.setQueryData(meQuery.queryKey, me);
      void navigate('/', { replace: true });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    enrol.mutate(code.trim());
  };
  return (
    <Card withBorder maw={560} mx="auto" padding="xl">
      <PageTitle>{t('activate.title')}</PageTitle>
      <form onSubmit={submit}>
        <Stack>
          <Text>{t('activate.text')}</Text>
          <TextInput size="lg" label={t('activate.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} required autoComplete="one-time-code" />
          {enrol.isError && <Text c="red.9" role="alert">{t('activate.failed')}</Text>}
          <Button size="lg" type="submit" loading={enrol.isPending}>{t('activate.button')}</Button>
        </Stack>
      </form>
    </Card>
  );
}
