import { Box, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState.tsx';
import { formatDate, formatMonth } from '../../../lib/format.ts';
import { trendQuery, type Trend } from '../api/reports.ts';
import type { Column, ReportName } from '../report-columns.ts';
import { BarTrack, ChartNote, scale, type Reference } from './BarChart.tsx';
import { figureText } from './figure-text.ts';

type Series = 'own' | 'total';

/** A month, or the first day of the indicator's 14 days. */
const periodLabel = (period: string) => (period.length === 10 ? formatDate(period) : formatMonth(period));

// The two series differ by pattern as well as colour (solid against striped), and every bar has
// its value written beside it, so the chart reads in greyscale and without colour vision.
const FILL: Record<Series, string> = {
  own: 'var(--mantine-color-blue-7)',
  total: 'repeating-linear-gradient(135deg, var(--mantine-color-dark-4) 0 3px, var(--mantine-color-gray-1) 3px 6px)',
};

function Swatch({ series }: { series: Series }) {
  return <Box component="span" display="inline-block" w={22} h={12} mr={6} style={{ background: FILL[series], border: '1px solid var(--mantine-color-dark-4)', verticalAlign: 'middle' }} />;
}

/** Whose figure the "own" series is: her district's or her provider's, by name. */
function ownLabel(trend: Trend): string | null {
  const s = trend.scope;
  if (s.level === 'district') return trend.names.districts[s.district] ?? s.district;
  if (s.level === 'provider') return trend.names.providers[s.provider] ?? s.provider;
  return null;
}

function TrendView({ trend, figure, reference, withOwn }: { trend: Trend; figure: Column; reference?: Reference | undefined; withOwn: boolean }) {
  const { t } = useTranslation('reports');
  const own = withOwn ? ownLabel(trend) : null;
  const series: Series[] = own === null ? ['total'] : ['own', 'total'];
  const label: Record<Series, string> = { own: own ?? '', total: t('total') };
  const text = (v: number | null) => figureText(figure.kind, v, t, (id) => id);
  const at = scale(trend.periods.flatMap((p) => [p.own, p.total]), reference);
  const title = t('trend.chart', { figure: t(`columns.${figure.key}`) });
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Box component="figure" m={0} aria-label={title}>
        <Text component="figcaption" fw={600} mb={4}>
          {title}
        </Text>
        <Group gap="md" mb={6} aria-hidden="true">
          {series.map((s) => (
            <Text key={s} size="xs">
              <Swatch series={s} />
              {label[s]}
            </Text>
          ))}
        </Group>
        <Stack gap={6} aria-hidden="true">
          {trend.periods.map((p) => (
            <Group key={p.period} gap="xs" wrap="nowrap" align="center">
              <Text size="sm" w={120} style={{ flexShrink: 0 }}>
                {periodLabel(p.period)}
              </Text>
              <Stack gap={2} style={{ flex: 1 }}>
                {series.map((s) => (
                  <Group key={s} gap={6} wrap="nowrap">
                    <BarTrack width={at(p[s])} fill={FILL[s]} height={12} reference={reference && at(reference.value)} />
                    <Text size="xs" w={figure.kind === 'ore' ? 130 : 90} ta="right">
                      {text(p[s])}
                    </Text>
                  </Group>
                ))}
              </Stack>
            </Group>
          ))}
        </Stack>
        <ChartNote reference={reference} />
      </Box>
      <Table striped aria-label={t('trend.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{trend.periods[0]?.period.length === 10 ? t('trend.from') : t('month')}</Table.Th>
            {series.map((s) => (
              <Table.Th key={s} ta="right">
                {label[s]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trend.periods.map((p) => (
            <Table.Tr key={p.period}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{periodLabel(p.period)}</Table.Td>
              {series.map((s) => (
                <Table.Td key={s} ta="right">
                  {text(p[s])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SimpleGrid>
  );
}

/** The report's main figure over the 12 months up to the one chosen, loaded on its own after the month. */
export function TrendSection({
  name,
  period,
  figure,
  reference,
  own,
}: {
  name: ReportName;
  period: string;
  figure: Column;
  reference?: Reference | undefined;
  /** Whether the reader's own district or provider has a series of its own. */
  own: boolean;
}) {
  const { t } = useTranslation('reports');
  const query = useQuery(trendQuery(name, period));
  return (
    <section aria-labelledby="group-trend">
      <Title order={2} size="h4" mb="xs" id="group-trend">
        {t('trend.title')}
      </Title>
      <QueryState query={query}>{(trend) => <TrendView trend={trend} figure={figure} reference={reference} withOwn={own} />}</QueryState>
    </section>
  );
}
