import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RowGroup } from '../report-columns.ts';
import { figureText } from './figure-text.ts';

type Row = Record<string, unknown>;

/** One group of a report's rows; client rows open the visits behind them, the total closes the table. */
export function ReportTable({
  group,
  rows,
  total,
  nameOf,
  providerName,
  onVisits,
}: {
  group: RowGroup;
  rows: Row[];
  total?: Row | undefined;
  nameOf: (id: string) => string;
  providerName: (id: string) => string;
  onVisits?: ((clientId: string) => void) | undefined;
}) {
  const { t } = useTranslation('reports');
  const cell = (row: Row, key: string, kind: RowGroup['columns'][number]['kind']) => figureText(kind, row[key], t, providerName);
  const numeric = (kind: string) => !['provider', 'status', 'text'].includes(kind);
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`keys.${group.key}`)}</Table.Th>
            {group.columns.map((col) => (
              <Table.Th key={col.key} ta={numeric(col.kind) ? 'right' : 'left'}>
                {t(`columns.${col.key}`)}
              </Table.Th>
            ))}
            {onVisits && <Table.Th>{t('showVisits')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => {
            const id = row[group.key] as string;
            return (
              <Table.Tr key={`${id}/${typeof row.provider === 'string' ? row.provider : i}`}>
                <Table.Td>{nameOf(id)}</Table.Td>
                {group.columns.map((col) => (
                  <Table.Td key={col.key} ta={numeric(col.kind) ? 'right' : 'left'}>
                    {cell(row, col.key, col.kind)}
                  </Table.Td>
                ))}
                {onVisits && (
                  <Table.Td>
                    <Button size="compact-sm" variant="default" aria-label={t('showVisitsOf', { client: nameOf(id) })} onClick={() => onVisits(id)}>
                      {t('showVisits')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        {total && (
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td>{t('total')}</Table.Td>
              {group.columns.map((col) => (
                <Table.Td key={col.key} ta={numeric(col.kind) ? 'right' : 'left'}>
                  {cell(total, col.key, col.kind)}
                </Table.Td>
              ))}
              {onVisits && <Table.Td />}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
