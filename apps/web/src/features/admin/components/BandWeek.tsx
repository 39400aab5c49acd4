import { Badge, Card, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState.tsx';
import { formatCalendarDay, localDate } from '../../../lib/format.ts';
import { useBandWeek, type BandWeek as Week } from '../api/settings.ts';

// A band's colour is picked from its place in the list the week shows, so each band keeps one
// colour across the table. Light tints keep dark text above 4.5:1.
const TINTS = ['#e7f5ff', '#fff4e6', '#ebfbee', '#f3f0ff', '#fff0f6', '#e6fcf5', '#fff9db', '#f1f3f5'];

/** The band ids holding hour `h` of a day, in order: one, or two where a band starts mid-hour. */
function bandsOfHour(day: Week['days'][number], h: number): (string | null)[] {
  const start = h * 60;
  const minutes = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
  return day.spans.filter((s) => minutes(s.from) < start + 60 && minutes(s.to) > start).map((s) => s.band);
}

export function BandWeekCard() {
  const { t } = useTranslation('admin');
  const [date, setDate] = useState(() => localDate(new Date()));
  const query = useBandWeek(date);
  return (
    <Card withBorder component="section" aria-labelledby="band-week">
      <Group justify="space-between" align="flex-end" mb="xs">
        <div>
          <Title order={2} size="h4" id="band-week">
            {t('settings.week')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.weekHint')}
          </Text>
        </div>
        <TextInput type="date" label={t('settings.weekOf')} value={date} onChange={(e) => setDate(e.currentTarget.value)} />
      </Group>
      <QueryState query={query}>
        {(week) => {
          const ids = [...new Set(week.days.flatMap((d) => d.spans.map((s) => s.band ?? '')))];
          const tint = (band: string | null) => TINTS[ids.indexOf(band ?? '') % TINTS.length];
          return (
            <Table.ScrollContainer minWidth={720}>
              <Table withColumnBorders verticalSpacing={2} fz="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('settings.hour')}</Table.Th>
                    {week.days.map((d) => (
                      <Table.Th key={d.date} scope="col">
                        {formatCalendarDay(d.date)}
                        {d.holiday && (
                          <Badge display="block" mt={2} size="xs" color="red" variant="outline">
                            {t(`settings.holidays.${d.holiday}`, { defaultValue: d.holiday })}
                          </Badge>
                        )}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {Array.from({ length: 24 }, (_, h) => (
                    <Table.Tr key={h}>
                      <Table.Th scope="row">{`${String(h).padStart(2, '0')}:00`}</Table.Th>
                      {week.days.map((d) => {
                        const bands = bandsOfHour(d, h);
                        return (
                          <Table.Td key={d.date} style={{ background: tint(bands[0] ?? null) }}>
                            {bands.map((b) => b ?? t('settings.noBand')).join(' / ')}
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          );
        }}
      </QueryState>
    </Card>
  );
}
