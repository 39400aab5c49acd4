import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { figure, FigureTable } from '../../../components/FigureTable.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatMinutes, formatMinutesOrDash, formatMoney } from '../../../lib/format.ts';
import { followUpQuery } from '../api/follow-up.ts';

/** Ordered against performed minutes per client of the district, from the statement lines. */
export function DistrictView({
  month,
  providerName,
}: {
  month: string;
  providerName: (id: string) => string;
}) {
  const { t } = useTranslation('followUp');
  const query = useQuery(followUpQuery(month));
  return (
    <QueryState query={query}>
      {(data) => {
        const rows = data.clients.flatMap((c) => c.lines.map((l) => ({ client: c, line: l })));
        if (rows.length === 0) return <EmptyState>{t('noLines')}</EmptyState>;
        return (
          <>
            <Text size="sm" mb="xs">
              {t(`model.${data.model}`)}
            </Text>
            <FigureTable<(typeof rows)[number]>
              rows={rows}
              rowKey={({ client, line }) => `${client.clientId}/${line.providerId}`}
              columns={[
                { head: t('client'), cell: ({ client }) => client.clientName },
                { head: t('provider'), cell: ({ line }) => providerName(line.providerId) },
                figure(t('ordered'), ({ line }) => formatMinutes(line.orderedMinutes)),
                figure(t('performed'), ({ line }) => formatMinutes(line.performedMinutes)),
                figure(t('difference'), ({ line }) =>
                  formatMinutes(line.performedMinutes - line.orderedMinutes),
                ),
                figure(t('deviations'), ({ line }) => formatMinutesOrDash(line.deviationMinutes)),
                figure(t('excess'), ({ line }) => formatMinutesOrDash(line.excessMinutes)),
                figure(t('amount'), ({ line }) => formatMoney(line.amountOre)),
              ]}
            />
          </>
        );
      }}
    </QueryState>
  );
}
