import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatCalendarDay, formatMinutes, formatMoney, formatTime } from '../../../lib/format.ts';
import { excessQuery, useReviewExcess, type Excess } from '../api/follow-up.ts';
import { DecideWithReason } from './DecideWithReason.tsx';

function ExcessCard({
  month,
  excess,
  providerName,
}: {
  month: string;
  excess: Excess;
  providerName: string;
}) {
  const { t } = useTranslation('followUp');
  const review = useReviewExcess(month);
  const id = `excess-${excess.clientId}-${excess.providerId}`;
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={id}>
          {excess.clientName} · {providerName}
        </Title>
        <Badge
          variant="outline"
          color={
            excess.status === 'pending' ? 'blue' : excess.status === 'approved' ? 'teal' : 'red'
          }
        >
          {t(`status.${excess.status}`)}
        </Badge>
      </Group>
      <Text>
        {t('excess')}: <strong>{formatMinutes(excess.minutes)}</strong> (
        {formatMoney(excess.amountOre)}) · {t('ordered')}{' '}
        {formatMinutes(excess.line.orderedMinutes)} · {t('performed')}{' '}
        {formatMinutes(excess.line.performedMinutes)}
      </Text>
      <Text size="sm" mt="xs">
        <strong>{t('providerReason')}:</strong> {excess.providerReason ?? t('noProviderReason')}
      </Text>
      {excess.reviewReason && (
        <Text size="sm">{t('decidedReason', { reason: excess.reviewReason })}</Text>
      )}
      <details>
        <summary>{t('visitsBehind', { count: excess.visits.length })}</summary>
        <Table mt="xs">
          <Table.Tbody>
            {excess.visits.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{formatCalendarDay(v.date)}</Table.Td>
                <Table.Td>
                  {formatTime(v.arrive)}–{formatTime(v.leave)}
                </Table.Td>
                <Table.Td>{formatMinutes(v.minutes)}</Table.Td>
                <Table.Td>{v.staffId}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
      {excess.status === 'pending' && (
        <Stack mt="sm">
          <DecideWithReason
            label={excess.clientName}
            mutation={review}
            onDecide={(decision, reason) =>
              review.mutate({
                providerId: excess.providerId,
                clientId: excess.clientId,
                body: { decision, reason },
              })
            }
          />
        </Stack>
      )}
    </Card>
  );
}

/** Excess time of the month with the visits behind it, to approve (paid next month) or reject. */
export function ExcessReview({
  month,
  providerName,
}: {
  month: string;
  providerName: (id: string) => string;
}) {
  const { t } = useTranslation('followUp');
  const query = useQuery(excessQuery(month));
  return (
    <QueryState query={query}>
      {(data) =>
        data.excess.length === 0 ? (
          <EmptyState>{t('noExcess')}</EmptyState>
        ) : (
          <Stack>
            {data.excess.map((e) => (
              <ExcessCard
                key={`${e.clientId}/${e.providerId}`}
                month={month}
                excess={e}
                providerName={providerName(e.providerId)}
              />
            ))}
          </Stack>
        )
      }
    </QueryState>
  );
}
