import { Alert, Button, Card, Code, PasswordInput, Select, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { districtsQuery, providersQuery } from '../../../lib/api/directory.ts';
import { useDraft } from '../../../lib/drafts.ts';
import { useCreateAccount } from '../api/accounts.ts';

const ROLES = ['admin', 'case_officer', 'finance', 'provider_manager', 'staff'] as const;
type Role = (typeof ROLES)[number];

/** A new account with its role and scope; its second-factor key is shown once, here. */
export function NewAccountForm() {
  const { t } = useTranslation('admin');
  // The password is never kept in a draft: sessionStorage is no place for it.
  const [form, setForm, clear] = useDraft<{ username: string; role: Role; districtId: string; providerId: string; staffId: string }>('admin-account', { username: '', role: 'case_officer', districtId: '', providerId: '', staffId: '' });
  const [password, setPassword] = useState('');
  const districts = useQuery(districtsQuery).data?.districts ?? [];
  const providers = useQuery(providersQuery).data?.providers ?? [];
  const create = useCreateAccount();
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const needsDistrict = form.role === 'case_officer';
  const needsProvider = form.role === 'provider_manager' || form.role === 'staff';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        username: form.username.trim(),
        password,
        role: form.role,
        ...(needsDistrict && form.districtId ? { districtId: form.districtId } : {}),
        ...(needsProvider && form.providerId ? { providerId: form.providerId } : {}),
        ...(form.role === 'staff' && form.staffId.trim() ? { staffId: form.staffId.trim() } : {}),
      },
      { onSuccess: () => { clear(); setPassword(''); } },
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-account">
      <Title order={2} size="h4" id="new-account" mb="xs">
        {t('accounts.newAccount')}
      </Title>
      <form onSubmit={submit} aria-labelledby="new-account" noValidate>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('common:fields.username')} value={form.username} onChange={(e) => set('username')(e.currentTarget.value)} autoComplete="off" />
          <PasswordInput label={t('common:fields.password')} description={t('accounts.passwordHint')} value={password}
            onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="new-password" />
          <Select label={t('accounts.role')} allowDeselect={false} value={form.role} onChange={(v) => setForm((f) => ({ ...f, role: (v ?? 'case_officer') }))}
            data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))} />
          {needsDistrict && (
            <Select label={t('common:fields.district')} value={form.districtId || null} onChange={(v) => set('districtId')(v ?? '')}
              data={districts.map((d) => ({ value: d.id, label: d.name }))} />
          )}
          {needsProvider && (
            <Select label={t('common:fields.provider')} value={form.providerId || null} onChange={(v) => set('providerId')(v ?? '')}
              data={providers.map((p) => ({ value: p.id, label: p.name }))} />
          )}
          {form.role === 'staff' && (
            <TextInput label={t('accounts.staff')} value={form.staffId} onChange={(e) => set('staffId')(e.currentTarget.value)} />
          )}
        </SimpleGrid>
        <ApiErrorAlert error={create.error} />
        {create.data && (
          <Alert color="teal" variant="light" mt="sm" role="status" title={t('accounts.created', { name: create.data.username })}>
            {t('accounts.otpauth')}: <Code style={{ wordBreak: 'break-all' }}>{create.data.otpauthUri}</Code>
          </Alert>
        )}
        <Button type="submit" mt="sm" loading={create.isPending} disabled={!form.username.trim() || !password}>
          {t('accounts.create')}
        </Button>
      </form>
    </Card>
  );
}
