import { Anchor, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMinutes, formatMoney, formatMonth } from '../../../lib/format.ts';
import { feeDecisionUrl, type Overview } from '../api/my-view.ts';

/** Granted and used time of the month (the statement's figures) and the fee with its decisions. */
export function TimeAndFee({ overview }: { overview: Overview }) {
  const { t } = useTranslation('myView');
  const { grantedMinutes, usedMinutes } = overview.time;
  const share = grantedMinutes === 0 ? 0 : Math.min(100, Math.round((usedMinutes / grantedMinutes) * 100));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Card withBorder component="section" aria-labelledby="time-heading">
        <Title order={2} id="time-heading" mb="sm">{t('time.title')}</Title>
        <Stack gap="xs">
          <Group justify="space-between"><Text>{t('time.granted')}</Text><Text fw={700} data-testid="granted">{formatMinutes(grantedMinutes)}</Text></Group>
          <Group justify="space-between"><Text>{t('time.used')}</Text><Text fw={700} data-testid="used">{formatMinutes(usedMinutes)}</Text></Group>
          <Progress value={share} size="lg" aria-label={`${t('time.used')}: ${share} %`} />
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="fee-heading">
        <Title order={2} id="fee-heading" mb="sm">{t('fee.title')}</Title>
        <Stack gap="xs">
          {overview.fee === null ? <Text>{t('fee.none')}</Text> : (
            <Group justify="space-between"><Text>{t('fee.month', { month: formatMonth(overview.fee.month) })}</Text><Text fw={700} data-testid="fee">{formatMoney(overview.fee.feeOre)}</Text></Group>
          )}
          {overview.feeDecisions.map((m) => (
            <Anchor key={m} href={feeDecisionUrl(m)} download>{t('fee.decision', { month: formatMonth(m) })}</Anchor>
          ))}
        </Stack>
      </Card>
    </SimpleGrid>
  );
}
