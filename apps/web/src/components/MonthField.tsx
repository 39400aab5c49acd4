import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { currentMonth, formatMonth } from '../lib/format.ts';

/** `count` months ending with this one, newest first, as `YYYY-MM`. */
function recentMonths(now: Date, count: number): string[] {
  const [y, m] = currentMonth(now).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * A month to look at, named as Swedes write it ("november 2026") whatever the browser's
 * language (a native month field follows the browser). The last two years, newest first.
 */
export function MonthField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (month: string) => void;
}) {
  const data = useMemo(() => {
    const months = recentMonths(new Date(), 24);
    if (!months.includes(value)) months.push(value);
    return months.map((m) => ({ value: m, label: formatMonth(m) }));
  }, [value]);
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      w={220}
      maxDropdownHeight={300}
    />
  );
}
