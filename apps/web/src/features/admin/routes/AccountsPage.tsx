import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { districtsQuery, providersQuery } from '../../../lib/api/directory.ts';
import { formatDateTime, formatDayTime } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session/session.ts';
import { useAccounts, useChangeAccount, type Account, type AccountChange } from '../api/accounts.ts';
import { ListTable, UnseenColumn } from '../components/ListTable.tsx';
import { NewAccountForm } from '../components/NewAccountForm.tsx';

/** Shut out for a while after too many wrong passwords or codes (not by an administrator). */
const triedTooOften = (a: Account, now: number): a is Account & { lockedUntil: string } =>
  a.lockedUntil !== null && Date.parse(a.lockedUntil) > now;

function State({ account }: { account: Account }) {
  const { t } = useTranslation('admin');
  const now = Date.now();
  return (
    <Group gap={4}>
      {account.lockedByAdminAt ? (
        <Badge color="red" variant="outline">{t('accounts.lockedByAdmin')}</Badge>
      ) : triedTooOften(account, now) ? (
        <Badge color="orange" variant="outline">{t('accounts.lockedUntil', { time: formatDayTime(account.lockedUntil) })}</Badge>
      ) : (
        <Text size="sm">{t('accounts.active')}</Text>
      )}
      {!account.secondFactorEnrolled && <Badge color="blue" variant="outline">{t('accounts.newFactor')}</Badge>}
    </Group>
  );
}

/** The municipality's accounts: who they are, when they last signed in, and lock, unlock, reset. */
export function AccountsPage() {
  const { t } = useTranslation('admin');
  const accounts = useAccounts();
  const districts = useQuery(districtsQuery).data?.districts ?? [];
  const providers = useQuery(providersQuery).data?.providers ?? [];
  const change = useChangeAccount();
  const me = useMe();
  const [asked, setAsked] = useState<{ account: Account; change: AccountChange } | null>(null);
  const scope = (a: Account) =>
    [
      a.districtId && (districts.find((d) => d.id === a.districtId)?.name ?? a.districtId),
      a.providerId && (providers.find((p) => p.id === a.providerId)?.name ?? a.providerId),
      a.staffId,
    ].filter(Boolean).join(' · ') || '–';
  const confirm = () => {
    if (asked) change.mutate({ id: asked.account.id, change: asked.change }, { onSuccess: () => setAsked(null) });
  };
  return (
    <>
      <PageTitle>{t('accounts.title')}</PageTitle>
      <Stack>
        <QueryState query={accounts}>
          {(data) => (
            <ListTable
              striped
              minWidth={820}
              columns={[
                t('common:fields.username'),
                t('accounts.role'),
                t('accounts.scope'),
                t('accounts.lastLogin'),
                t('accounts.state'),
                <UnseenColumn key="actions">{t('accounts.actionsFor', { name: '' })}</UnseenColumn>,
              ]}
            >
              {data.users.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={500}>{a.username}</Table.Th>
                  <Table.Td>{t(`common:roles.${a.role}`)}</Table.Td>
                  <Table.Td>{scope(a)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.lastLoginAt ? formatDateTime(a.lastLoginAt) : t('accounts.never')}</Table.Td>
                  <Table.Td><State account={a} /></Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" role="group" aria-label={t('accounts.actionsFor', { name: a.username })}>
                      {a.lockedByAdminAt || triedTooOften(a, Date.now()) ? (
                        <Button size="xs" variant="default" onClick={() => change.mutate({ id: a.id, change: 'unlock' })}>{t('accounts.unlock')}</Button>
                      ) : a.username === me?.username ? null : (
                        <Button size="xs" variant="default" onClick={() => setAsked({ account: a, change: 'lock' })}>{t('accounts.lock')}</Button>
                      )}
                      <Button size="xs" variant="default" onClick={() => setAsked({ account: a, change: 'reset-second-factor' })}>{t('accounts.reset')}</Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
          )}
        </QueryState>
        <ApiErrorAlert error={change.error} />
        <NewAccountForm />
      </Stack>
      <Modal opened={asked !== null} onClose={() => setAsked(null)}
        title={asked ? `${asked.change === 'lock' ? t('accounts.lock') : t('accounts.reset')}: ${asked.account.username}` : ''}>
        <Text>{asked?.change === 'lock' ? t('accounts.lockConfirm') : t('accounts.resetConfirm')}</Text>
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={() => setAsked(null)}>{t('common:cancel')}</Button>
          <Button color="red" loading={change.isPending} onClick={confirm}>{t('accounts.confirm')}</Button>
        </Group>
      </Modal>
    </>
  );
}
