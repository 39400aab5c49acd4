import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { figure, FigureTable } from '../../../components/FigureTable.tsx';
import {
  formatMinutes,
  formatMinutesOrDash,
  formatMoney,
  formatMonth,
} from '../../../lib/format.ts';
import type { StatementView } from '../api/month-close.ts';
import { StatementSection, type StatementPartProps } from './StatementSection.tsx';

type Statement = StatementView['statement'];
type Line = Statement['lines'][number];
type Excess = Statement['approvedExcess'][number];
type Adjustment = StatementView['adjustments'][number];

/** Paid quantity per band: minutes of per-hour bands, visits of per-visit bands, days of monthly items. */
function PaidByBand({ line }: { line: Line }) {
  const { t } = useTranslation('finance');
  return (
    <>
      {line.parts.map((p, i) => (
        <Text size="sm" key={i}>
          {p.price === 'per_month'
            ? t(`areas.${p.area}`, { defaultValue: p.area })
            : `${t(`bands.${p.band}`, { defaultValue: p.band })} (${t(`categories.${p.category}`)})`}
          :{' '}
          {p.price === 'per_hour'
            ? formatMinutes(p.minutes)
            : p.price === 'per_visit'
              ? t('visits', { count: p.count })
              : t('months', { count: p.days })}
        </Text>
      ))}
    </>
  );
}

/** The statement's lines per client, the approved excess of last month and the adjustments. */
export function StatementLines({ view, clientName }: StatementPartProps) {
  const { t } = useTranslation('finance');
  const s = view.statement;
  return (
    <>
      <StatementSection title={t('lines')} empty={t('noLines')} isEmpty={s.lines.length === 0}>
        <FigureTable<Line>
          rows={s.lines}
          rowKey={(l) => l.client}
          columns={[
            { head: t('client'), cell: (l) => clientName(l.client) },
            figure(t('ordered'), (l) => formatMinutes(l.orderedMinutes)),
            figure(t('performed'), (l) => formatMinutes(l.performedMinutes)),
            { head: t('paidByBand'), cell: (l) => <PaidByBand line={l} /> },
            figure(t('declined'), (l) => formatMinutesOrDash(l.declinedPaidMinutes)),
            figure(t('excess'), (l) => formatMinutesOrDash(l.excessMinutes)),
            figure(t('amount'), (l) => formatMoney(l.amountOre)),
          ]}
        />
      </StatementSection>
      <StatementSection
        title={t('approvedExcess')}
        empty={t('noApprovedExcess')}
        isEmpty={s.approvedExcess.length === 0}
      >
        <FigureTable<Excess>
          head={false}
          striped={false}
          rows={s.approvedExcess}
          rowKey={(e) => e.client}
          columns={[
            { head: t('client'), cell: (e) => clientName(e.client) },
            { head: t('month'), cell: (e) => formatMonth(e.fromMonth) },
            figure(t('excess'), (e) => formatMinutes(e.minutes)),
            figure(t('amount'), (e) => formatMoney(e.amountOre)),
          ]}
        />
      </StatementSection>
      <StatementSection
        title={t('adjustments')}
        empty={t('noAdjustments')}
        isEmpty={view.adjustments.length === 0}
      >
        <FigureTable<Adjustment>
          head={false}
          striped={false}
          rows={view.adjustments}
          rowKey={(a) => a.concernsMonth}
          columns={[
            {
              head: t('month'),
              cell: (a) => t('concerns', { month: formatMonth(a.concernsMonth) }),
            },
            figure(t('amount'), (a) => formatMoney(a.amountOre)),
          ]}
        />
      </StatementSection>
    </>
  );
}
