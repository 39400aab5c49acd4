import { Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/QueryState.tsx';
import { formatCalendarDay, formatMinutes, formatTime } from '../../../lib/format.ts';
import type { Overview } from '../api/my-view.ts';

/** This month's visits as the statement counts them: when, how long, who; and cancelled ones. */
export function PastVisits({ overview }: { overview: Overview }) {
  const { t } = useTranslation('myView');
  const empty = overview.past.length === 0 && overview.declined.length === 0;
  return (
    <Card withBorder component="section" aria-labelledby="past-heading">
      <Title order={2} id="past-heading" mb="sm">{t('past.title')}</Title>
      {empty ? <EmptyState>{t('past.none')}</EmptyState> : (
        <List spacing="xs">
          {overview.past.map((v) => (
            <List.Item key={v.arrive}>
              {t('past.visit', { time: `${formatCalendarDay(v.date)} ${formatTime(v.arrive)}–${formatTime(v.leave)}`, minutes: formatMinutes(v.minutes), name: v.staffFirstName })}
            </List.Item>
          ))}
          {overview.declined.map((d, i) => (
            <List.Item key={`d-${i}`}>
              <Text span>{formatCalendarDay(d.date)}: {d.kind === 'declined_in_advance' ? t('past.declinedInAdvance') : t('past.declinedAtDoor')}</Text>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
