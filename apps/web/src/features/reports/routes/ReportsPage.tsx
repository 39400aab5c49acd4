import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { currentMonth, formatCalendarDay, formatMonth } from '../../../lib/format.ts';
import { exportUrl, reportQuery, type Report } from '../api/reports.ts';
import { BarChart } from '../components/BarChart.tsx';
import { ClientVisits } from '../components/ClientVisits.tsx';
import { figureText } from '../components/figure-text.ts';
import { ReportTable } from '../components/ReportTable.tsx';
import { TrendSection } from '../components/TrendSection.tsx';
import { CHART_FIGURE, groupsOf, ownSeries, REFERENCES, REPORTS, type ReportName, type RowGroup } from '../report-columns.ts';

type Row = Record<string, unknown>;

/** Rows of single clients (and their excess), as against the comparisons between providers, districts and units. */
const isList = (g: RowGroup) => g.rows === 'clients' || g.rows === 'excess';

const MONTHS_BACK = 24;

/** The month `back` months before this one (YYYY-MM). */
function monthsAgo(now: Date, back: number): string {
  const [y, m] = currentMonth(now).split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The days of a month (YYYY-MM-DD), for the first day of the 14-day indicator. */
function daysOf(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

type Names = Record<'provider' | 'district' | 'client' | 'unit', (id: string) => string>;

/** The names the reply gives for the ids of its rows (only the rows the reader may see). */
function namesOf(report: Report): Names {
  const find = (list: Record<string, string>) => (id: string) => list[id] ?? id;
  const n = report.names;
  return { provider: find(n.providers), district: find(n.districts), client: find(n.clients), unit: find(n.units) };
}

/** Follow-up reports both sides read: pick a report and a month, see a chart and its table, export. */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  const [params, setParams] = useSearchParams();
  const name = ((REPORTS as readonly string[]).includes(params.get('rapport') ?? '') ? params.get('rapport') : 'continuity') as ReportName;
  const byDay = name === 'continuity-14';
  // Native month and date inputs follow the browser's language, not the page's: choices from
  // lists keep every label Swedish.
  const months = Array.from({ length: MONTHS_BACK }, (_, i) => monthsAgo(new Date(), i + 1));
  const month = params.get('manad') ?? months[0]!;
  const from = params.get('fran');
  const period = byDay ? (from?.startsWith(month) ? from : `${month}-01`) : month;
  const set = (next: Record<string, string>) => setParams({ rapport: name, manad: month, ...(byDay && { fran: period }), ...next }, { replace: true });
  const query = useQuery(reportQuery(name, period));
  const [drill, setDrill] = useState<{ id: string; name: string } | null>(null);
  const reference = REFERENCES[name];
  const { kind } = CHART_FIGURE[name];
  const referenceLine = reference && { value: reference.value, label: t(reference.label, { value: figureText(kind, reference.value, t, String) }) };

  return (
    <>
      <PageTitle
        actions={
          <Group gap="xs">
            <Button component="a" variant="default" href={exportUrl(name, period, 'csv')} download>
              {t('csv')}
            </Button>
            <Button component="a" href={exportUrl(name, period, 'xlsx')} download>
              {t('xlsx')}
            </Button>
          </Group>
        }
      >
        {t('title')}
      </PageTitle>
      <Group align="flex-end" mb="xs" wrap="wrap">
        <NativeSelect
          label={t('report')}
          value={name}
          onChange={(e) => set({ rapport: e.currentTarget.value })}
          data={REPORTS.map((r) => ({ value: r, label: t(`names.${r}`) }))}
          w={320}
        />
        <NativeSelect
          label={t('month')}
          value={month}
          onChange={(e) => set({ manad: e.currentTarget.value, fran: `${e.currentTarget.value}-01` })}
          data={(months.includes(month) ? months : [month, ...months]).map((m) => ({ value: m, label: formatMonth(m) }))}
          w={200}
        />
        {byDay && (
          <NativeSelect
            label={t('from')}
            value={period}
            onChange={(e) => set({ fran: e.currentTarget.value })}
            data={daysOf(month).map((d) => ({ value: d, label: formatCalendarDay(d) }))}
            w={200}
          />
        )}
      </Group>
      <Text size="sm" mb="md">
        {t(`about.${name}`)}
      </Text>
      <QueryState query={query}>
        {(report) => (
          <ReportView name={name} report={report} reference={referenceLine} onVisits={(id) => setDrill({ id, name: namesOf(report).client(id) })} />
        )}
      </QueryState>
      {drill !== null && <ClientVisits clientId={drill.id} clientName={drill.name} month={period.slice(0, 7)} onClose={() => setDrill(null)} />}
    </>
  );
}

function ReportView({
  name,
  report,
  reference,
  onVisits,
}: {
  name: ReportName;
  report: Report;
  reference: { value: number; label: string } | undefined;
  onVisits: (clientId: string) => void;
}) {
  const { t } = useTranslation('reports');
  const names = namesOf(report);
  const doc = { ...report.document, ...(report.units && { units: report.units }), ...(report.districts && { districts: report.districts }) } as Row;
  const figure = CHART_FIGURE[name];
  // A provider manager is shown no district rows (docs/reports.md): no empty district table either.
  const groups = groupsOf(name).filter((g) => Array.isArray(doc[g.rows]) && !(g.rows === 'districts' && report.scope.level === 'provider'));
  const renderGroup = (g: RowGroup) => {
    const rows = doc[g.rows] as Row[];
    const nameOf = names[g.key];
    const charted = !isList(g) && rows.length > 0;
    return (
      <section key={g.rows} aria-labelledby={`group-${g.rows}`}>
        <Title order={2} size="h4" mb="xs" id={`group-${g.rows}`}>
          {t(`groups.${g.rows}`)}
        </Title>
        {charted && (
          <BarChart
            title={t('chart', { figure: t(`columns.${figure.key}`) })}
            bars={rows.map((r) => ({
              label: nameOf(String(r[g.key])),
              value: (r[figure.key] as number | null) ?? null,
              text: figureText(figure.kind, r[figure.key], t, names.provider),
            }))}
            reference={reference}
          />
        )}
        {rows.length === 0 ? (
          <EmptyState>{t('noRows')}</EmptyState>
        ) : (
          <ReportTable
            group={g}
            rows={rows}
            total={g.rows === 'providers' ? (doc.total as Row | undefined) : undefined}
            nameOf={nameOf}
            providerName={names.provider}
            onVisits={isList(g) ? onVisits : undefined}
          />
        )}
      </section>
    );
  };
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t(`scope.${report.scope.level}`)}
      </Text>
      {name === 'continuity-14' && (
        <BarChart
          title={t('median14', { from: formatCalendarDay(String(doc.from)), to: formatCalendarDay(String(doc.to)) })}
          bars={[{ label: t('total'), value: doc.median as number | null, text: figureText('decimal', doc.median, t, names.provider) }]}
          reference={reference}
        />
      )}
      {groups.filter((g) => !isList(g)).map(renderGroup)}
      {/* The trend after the comparisons, before the long lists of clients. */}
      <TrendSection name={name} period={report.period} figure={figure} reference={reference} own={ownSeries(name, report.scope.level)} />
      {groups.filter(isList).map(renderGroup)}
    </Stack>
  );
}
