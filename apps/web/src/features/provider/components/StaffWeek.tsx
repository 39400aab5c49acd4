import { Card, Table, Text, Title } from '@mantine/core';
import { addDays } from '@hemma/domain/shifts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState.tsx';
import { formatCalendarDay } from '../../../lib/format.ts';
import { staffShiftsQuery, type StaffShifts } from '../api/staffing.ts';
import { WeekPicker } from './WeekPicker.tsx';

type Day = StaffShifts['days'][number];

/** Where a day's shifts come from, in words. */
export function useSourceText() {
  const { t } = useTranslation('staffing');
  return (d: Pick<Day, 'exception' | 'shifts'>): string => {
    if (d.exception) return t('shifts.fromException', { reason: t(`reasons.${d.exception.reason}`) });
    if (d.shifts.some((s) => s.source === 'exception')) return t('shifts.setByHand');
    return d.shifts.length === 0 ? '' : t('shifts.fromPattern');
  };
}

/** The shifts of a chosen week as the planner takes them: pattern, exceptions and days set by hand. */
export function StaffWeek({ staffId, monday, onWeek }: { staffId: string; monday: string; onWeek: (m: string) => void }) {
  const { t } = useTranslation('staffing');
  const days = useQuery(staffShiftsQuery(staffId, monday, addDays(monday, 6)));
  const source = useSourceText();
  return (
    <Card withBorder component="section" aria-labelledby="week-shifts-heading">
      <Title order={2} size="h3" id="week-shifts-heading" mb="xs">
        {t('shifts.weekShifts')}
      </Title>
      <WeekPicker monday={monday} onChange={onWeek} />
      <QueryState query={days}>
        {(data) => (
          <Table fz="sm" verticalSpacing={4} data-testid="week-shifts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('shifts.day')}</Table.Th>
                <Table.Th scope="col">{t('shifts.hours')}</Table.Th>
                <Table.Th scope="col">{t('shifts.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.days.map((d) => (
                <Table.Tr key={d.date}>
                  <Table.Th scope="row" fw={400}>
                    {formatCalendarDay(d.date)}
                  </Table.Th>
                  <Table.Td>
                    {d.shifts.length === 0 ? (
                      <Text span size="sm" c="dimmed">
                        {t('shifts.noShift')}
                      </Text>
                    ) : (
                      d.shifts.map((s) => `${s.start}–${s.end}`).join(', ')
                    )}
                  </Table.Td>
                  <Table.Td>
                    {source(d)}
                    {d.exception?.note ? ` (${d.exception.note})` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Card>
  );
}
