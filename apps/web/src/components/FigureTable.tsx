import { Table } from '@mantine/core';
import type { Key, ReactNode } from 'react';

export interface FigureColumn<Row> {
  head: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Minutes or money: right-aligned, and never broken over two lines (`14 h 00 min` reads as one). */
  figure?: boolean;
}

const FIGURE = { whiteSpace: 'nowrap' } as const;

/** A column of figures. */
export function figure<Row>(head: ReactNode, cell: (row: Row) => ReactNode): FigureColumn<Row> {
  return { head, cell, figure: true };
}

/**
 * The statement-shaped tables (per client: ordered, performed, amount …) that finance, the
 * provider and the follow-up screens show, so a figure is aligned and spaced the same on each.
 */
export function FigureTable<Row>({
  rows,
  rowKey,
  columns,
  total,
  head = true,
  striped = true,
}: {
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  columns: readonly FigureColumn<Row>[];
  /** A summing row below the others: its name in the first column, its figure in the last. */
  total?: { label: ReactNode; value: ReactNode };
  /** Off for a short list whose cells say what they are. */
  head?: boolean;
  striped?: boolean;
}) {
  return (
    <Table striped={striped}>
      {head && (
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th key={i} ta={c.figure ? 'right' : undefined}>
                {c.head}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
      )}
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)}>
            {columns.map((c, i) =>
              c.figure ? (
                <Table.Td key={i} ta="right" style={FIGURE}>
                  {c.cell(row)}
                </Table.Td>
              ) : (
                <Table.Td key={i}>{c.cell(row)}</Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
      {total && (
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{total.label}</Table.Th>
            <Table.Td colSpan={columns.length - 2} />
            <Table.Th ta="right" style={FIGURE}>
              {total.value}
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );
}
