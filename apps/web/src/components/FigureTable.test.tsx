import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { figure, FigureTable } from './FigureTable.tsx';

type Row = { name: string; minutes: string };
const rows: Row[] = [
  { name: 'Astrid', minutes: '14 h 00 min' },
  { name: 'Bertil', minutes: '–' },
];

function table(total?: { label: string; value: string }) {
  return render(
    <MantineProvider>
      <FigureTable<Row>
        rows={rows}
        rowKey={(r) => r.name}
        columns={[
          { head: 'Brukare', cell: (r) => r.name },
          { head: 'Insats', cell: () => 'Omsorg' },
          figure('Utfört', (r) => r.minutes),
        ]}
        total={total}
      />
    </MantineProvider>,
  );
}

describe('FigureTable', () => {
  it('aligns figures to the right and keeps them on one line; other cells as written', () => {
    table();
    const head = screen.getByRole('columnheader', { name: 'Utfört' });
    expect(head.style.textAlign).toBe('right');
    const cell = screen.getByRole('cell', { name: '14 h 00 min' });
    expect(cell.style.whiteSpace).toBe('nowrap');
    expect(screen.getByRole('cell', { name: 'Astrid' }).style.whiteSpace).toBe('');
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('puts a total under the rows, its name first and its figure under the last column', () => {
    table({ label: 'Summa', value: '820,00 kr' });
    const rowsShown = screen.getAllByRole('row');
    const last = rowsShown[rowsShown.length - 1]!;
    const cells = [...last.querySelectorAll<HTMLElement>('th, td')];
    expect(cells.map((c) => c.textContent)).toEqual(['Summa', '', '820,00 kr']);
    expect(cells[1]!.getAttribute('colspan')).toBe('1');
    expect(cells[2]!.style.whiteSpace).toBe('nowrap');
  });
});
