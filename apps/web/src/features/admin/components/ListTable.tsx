import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A list on the admin screens: a header row of column names, then the caller's rows. Given a
 * `minWidth`, it scrolls sideways on a narrow screen rather than squeezing its columns.
 */
export function ListTable({
  columns,
  label,
  minWidth,
  striped = false,
  children,
}: {
  columns: readonly ReactNode[];
  label?: string;
  minWidth?: number;
  striped?: boolean;
  children: ReactNode;
}) {
  const table = (
    <Table striped={striped} fz="sm" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column, i) => (
            <Table.Th key={i} scope="col">
              {column}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  return minWidth === undefined ? table : <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>;
}

/** A column whose name only a screen reader needs, such as the one holding a row's buttons. */
export function UnseenColumn({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
