import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FigureTable } from '../../../components/FigureTable.tsx';
import { formatDayTime } from '../../../lib/format.ts';
import type { StatementView } from '../api/month-close.ts';
import { StatementSection, type StatementPartProps } from './StatementSection.tsx';

type Exception = StatementView['statement']['exceptions'][number];

/** The month's exceptions (each blocks approval until corrected) and the share of manual registrations. */
export function StatementExceptions({ view, clientName }: StatementPartProps) {
  const { t } = useTranslation('finance');
  const s = view.statement;
  const share = s.registrations === 0 ? 0 : s.manualRegistrations / s.registrations;
  return (
    <StatementSection
      title={t('exceptions')}
      empty={t('noExceptions')}
      isEmpty={s.exceptions.length === 0}
      intro={
        <Text size="sm" mb="xs">
          {t('manualShare', {
            manual: s.manualRegistrations,
            all: s.registrations,
            share: new Intl.NumberFormat('sv-SE', {
              style: 'percent',
              maximumFractionDigits: 1,
            }).format(share),
          })}
        </Text>
      }
    >
      <FigureTable<Exception>
        rows={s.exceptions}
        rowKey={(x) => `${x.registration}/${x.type}`}
        columns={[
          { head: t('at'), cell: (x) => formatDayTime(x.at) },
          { head: t('type'), cell: (x) => t(`exceptionTypes.${x.type}`) },
          { head: t('client'), cell: (x) => clientName(x.client) },
          { head: t('staff'), cell: (x) => x.staff },
        ]}
      />
    </StatementSection>
  );
}
