import { Button, Group, Text } from '@mantine/core';
import { addDays, mondayOf } from '@hemma/domain/shifts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatCalendarDay, localDate } from '../../../lib/format.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The Monday of the week a screen shows, kept in the address (`?vecka=`), this week by default. */
export function useWeekParam(): [string, (monday: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('vecka') ?? '';
  let monday: string;
  try {
    monday = mondayOf(DATE.test(asked) ? asked : localDate(new Date()));
  } catch {
    monday = mondayOf(localDate(new Date()));
  }
  const set = (m: string) => {
    const next = new URLSearchParams(params);
    next.set('vecka', m);
    setParams(next, { replace: true });
  };
  return [monday, set];
}

/** Back and forth a week at a time, with the week's dates in words. */
export function WeekPicker({ monday, onChange }: { monday: string; onChange: (m: string) => void }) {
  const { t } = useTranslation('staffing');
  const thisWeek = mondayOf(localDate(new Date()));
  return (
    <Group gap="xs" mb="md" wrap="wrap">
      <Button variant="default" size="xs" onClick={() => onChange(addDays(monday, -7))} aria-label={t('week.previous')} title={t('week.previous')}>
        ←
      </Button>
      <Text fw={600} aria-live="polite" data-testid="week-label">
        {t('week.label', {
          from: formatCalendarDay(monday),
          to: formatCalendarDay(addDays(monday, 6)),
        })}
      </Text>
      <Button variant="default" size="xs" onClick={() => onChange(addDays(monday, 7))} aria-label={t('week.next')} title={t('week.next')}>
        →
      </Button>
      {monday !== thisWeek && (
        <Button variant="subtle" size="xs" onClick={() => onChange(thisWeek)}>
          {t('week.thisWeek')}
        </Button>
      )}
    </Group>
  );
}
