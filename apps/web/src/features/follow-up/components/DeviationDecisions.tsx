import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatMinutes } from '../../../lib/format.ts';
import { deviationsQuery, useDecideDeviation, type Deviation } from '../api/follow-up.ts';
import { DecideWithReason } from './DecideWithReason.tsx';

function DeviationCard({
  month,
  deviation,
  clientName,
  providerName,
}: {
  month: string;
  deviation: Deviation;
  clientName: string;
  providerName: string;
}) {
  const { t } = useTranslation('followUp');
  const decide = useDecideDeviation(month);
  const id = `deviation-${deviation.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={id}>
          {clientName} · {providerName}
        </Title>
        <Badge
          variant="outline"
          color={
            deviation.status === 'reported'
              ? 'blue'
              : deviation.status === 'approved'
                ? 'teal'
                : 'red'
          }
        >
          {t(`status.${deviation.status}`)}
        </Badge>
      </Group>
      <Text>
        {t(`reasons.${deviation.reason}`)} · <strong>{formatMinutes(deviation.minutes)}</strong>
      </Text>
      {deviation.comment && (
        <Text size="sm">
          {t('comment')}: {deviation.comment}
        </Text>
      )}
      {deviation.status === 'reported' && (
        <Stack mt="sm">
          <DecideWithReason
            label={clientName}
            mutation={decide}
            onDecide={(decision, reason) =>
              decide.mutate({ id: deviation.id, body: { decision, reason } })
            }
          />
        </Stack>
      )}
    </Card>
  );
}

/** Deviations from granted time that providers reported for the month, to approve or reject. */
export function DeviationDecisions({
  month,
  clientName,
  providerName,
}: {
  month: string;
  clientName: (id: string) => string;
  providerName: (id: string) => string;
}) {
  const { t } = useTranslation('followUp');
  const query = useQuery(deviationsQuery(month));
  return (
    <QueryState query={query}>
      {(data) =>
        data.deviations.length === 0 ? (
          <EmptyState>{t('noDeviations')}</EmptyState>
        ) : (
          <Stack>
            {data.deviations.map((d) => (
              <DeviationCard
                key={d.id}
                month={month}
                deviation={d}
                clientName={clientName(d.clientId)}
                providerName={providerName(d.providerId)}
              />
            ))}
          </Stack>
        )
      }
    </QueryState>
  );
}
