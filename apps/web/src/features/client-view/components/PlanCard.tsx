import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/QueryState.tsx';
import { formatDate } from '../../../lib/format.ts';
import type { Overview } from '../api/my-view.ts';

/** What help, when, as agreed; when she agreed; her contact person. */
export function PlanCard({ overview }: { overview: Overview }) {
  const { t } = useTranslation('myView');
  return (
    <Card withBorder component="section" aria-labelledby="plan-heading">
      <Title order={2} id="plan-heading" mb="sm">{t('plan.title')}</Title>
      <Text mb="sm">{overview.contactPerson ? t('plan.contact', { name: overview.contactPerson }) : t('plan.noContact')}</Text>
      {overview.plans.length === 0 ? <EmptyState>{t('plan.none')}</EmptyState> : overview.plans.map((p, i) => (
        <Stack key={i} gap="xs" mb="sm">
          <Text fw={600}>{t('plan.provider', { name: p.providerName })}</Text>
          <List spacing="xs">
            {p.visits.map((v) => (
              <List.Item key={v.id}>
                <Text fw={600} span>{v.areas.map((a) => t(`areas.${a}`)).join(', ')}</Text>
                <Text>{t('plan.visit', { days: v.weekdays.map((d) => t(`weekdays.${d}`)).join(', '), from: v.windowFrom, to: v.windowTo, minutes: v.durationMinutes })}</Text>
              </List.Item>
            ))}
          </List>
          {p.notes && <Text>{p.notes}</Text>}
          <Text>{p.agreedAt ? t('plan.agreed', { date: formatDate(p.agreedAt) }) : t('plan.notAgreed')}</Text>
        </Stack>
      ))}
    </Card>
  );
}
