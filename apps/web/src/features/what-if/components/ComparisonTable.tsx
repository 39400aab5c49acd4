import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../lib/format.ts';

export interface ComparisonRow {
  key: string;
  label: string;
  realOre: number;
  changedOre: number;
  differenceOre: number;
  extra?: ReactNode;
}

/** Real, changed and the difference per row; a positive difference costs the municipality more. */
export function ComparisonTable({
  caption,
  first,
  rows,
  extraHead,
}: {
  caption: string;
  first: string;
  rows: ComparisonRow[];
  extraHead?: string;
}) {
  const { t } = useTranslation('whatIf');
  return (
    <Table striped captionSide="top">
      <Table.Caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{first}</Table.Th>
          <Table.Th ta="right">{t('real')}</Table.Th>
          <Table.Th ta="right">{t('changed')}</Table.Th>
          <Table.Th ta="right">{t('difference')}</Table.Th>
          {extraHead && <Table.Th ta="right">{extraHead}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>{r.label}</Table.Td>
            <Table.Td ta="right">{formatMoney(r.realOre)}</Table.Td>
            <Table.Td ta="right">{formatMoney(r.changedOre)}</Table.Td>
            <Table.Td ta="right" fw={600}>
              {r.differenceOre > 0 ? '+' : ''}
              {formatMoney(r.differenceOre)}
            </Table.Td>
            {extraHead && <Table.Td ta="right">{r.extra}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
