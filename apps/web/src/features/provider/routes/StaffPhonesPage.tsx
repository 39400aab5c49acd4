import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffDevice } from '@hemma/contract/api';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatDayTime } from '../../../lib/format.ts';
import { staffDevicesQuery, useRevokeDevice } from '../api/staff-app.ts';

const whoOf = (d: StaffDevice) => d.staffName ?? d.username;

/** The staff phones signed in for the day; a lost one is revoked here. */
export function StaffPhonesPage() {
  const { t } = useTranslation('staffPhones');
  const devices = useQuery(staffDevicesQuery);
  const revoke = useRevokeDevice();
  const [asking, setAsking] = useState<StaffDevice>();
  const [done, setDone] = useState<string>();

  const state = (d: StaffDevice) => {
    const badge = { variant: 'outline', tt: 'none', style: { overflow: 'visible' } } as const;
    if (d.ended) return <Badge color="dark" {...badge}>{t(`devices.ended.${d.ended.reason}`, { by: d.ended.by ?? '' })}</Badge>;
    if (Date.parse(d.expiresAt) <= Date.now()) return <Badge color="dark" {...badge}>{t('devices.ended.expired')}</Badge>;
    return <Badge color="teal.9" {...badge}>{t('devices.live')}</Badge>;
  };

  return (
    <>
      <PageTitle>{t('devices.title')}</PageTitle>
      <Text mb="md" maw={720}>{t('devices.intro')}</Text>
      {done && <Text role="status" fw={600} mb="md">{done}</Text>}
      <ApiErrorAlert error={revoke.error} />
      {asking && (
        <Group role="alertdialog" aria-labelledby="revoke-q" mb="md" p="sm" bg="yellow.0" style={{ borderRadius: 8 }}>
          <Text id="revoke-q" fw={600}>{t('devices.confirm', { who: whoOf(asking) })}</Text>
          <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate(asking.id, {
            onSuccess: () => {
              setDone(t('devices.revoked', { who: whoOf(asking) }));
              setAsking(undefined);
            },
          })}>{t('devices.revoke')}</Button>
          <Button variant="default" onClick={() => setAsking(undefined)}>{t('common:cancel')}</Button>
        </Group>
      )}
      <QueryState query={devices}>
        {({ devices: all }) => all.length === 0 ? <EmptyState>{t('devices.none')}</EmptyState> : (
          <Table striped data-testid="staff-phones">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('devices.staff')}</Table.Th>
                <Table.Th>{t('devices.device')}</Table.Th>
                <Table.Th>{t('devices.signedIn')}</Table.Th>
                <Table.Th>{t('devices.lastUnlocked')}</Table.Th>
                <Table.Th>{t('devices.until')}</Table.Th>
                <Table.Th>{t('devices.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {all.map((d) => (
                <Table.Tr key={d.id} data-device={d.id}>
                  <Table.Td>{whoOf(d)}</Table.Td>
                  <Table.Td>{d.label}</Table.Td>
                  <Table.Td>{formatDayTime(d.createdAt)}</Table.Td>
                  <Table.Td>{d.lastUnlockedAt ? formatDayTime(d.lastUnlockedAt) : t('devices.never')}</Table.Td>
                  <Table.Td>{formatDayTime(d.expiresAt)}</Table.Td>
                  <Table.Td>{state(d)}</Table.Td>
                  <Table.Td>
                    {!d.ended && Date.parse(d.expiresAt) > Date.now() && (
                      <Button size="xs" color="red" variant="light" aria-label={t('devices.revokeLabel', { who: whoOf(d) })} onClick={() => { setDone(undefined); setAsking(d); }}>
                        {t('devices.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </>
  );
}
