import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MonthField } from '../../../components/MonthField.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import {
  currentMonth,
  formatCalendarDay,
  formatDayTime,
  formatMinutes,
  formatMonth,
  formatTime,
} from '../../../lib/format.ts';
import { ordersQuery, visitsQuery, type Order, type Visits } from '../api/care.ts';

type Visit = Visits['visits'][number];

/** Ordered minutes per day of the month: the month's ordered hours spread evenly over its days. */
function orderedPerDay(orders: readonly Order[], month: string): number {
  const days = new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0).getDate();
  const first = `${month}-01`;
  const last = `${month}-${String(days).padStart(2, '0')}`;
  const hours = orders
    .filter(
      (o) =>
        (o.status === 'accepted' || o.status === 'ended') &&
        o.from <= last &&
        (o.to === null || o.to >= first),
    )
    .reduce((sum, o) => sum + Object.values(o.hoursPerMonth).reduce((a, b) => a + b, 0), 0);
  return (hours * 60) / days;
}

/** A card of the month's events, a line each; `empty` stands instead of the list when given. */
function EventCard({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title}
      </Title>
      {empty ?? <Stack gap={4}>{children}</Stack>}
    </Card>
  );
}

/** How a visit was registered, in words (never colour alone): by hand, corrected, held. */
function VisitBadges({ visit }: { visit: Visit }) {
  const { t } = useTranslation('clients');
  return (
    <>
      {visit.manual && (
        <Badge size="sm" variant="outline" color="grape" ml={4} title={t('manualHint')}>
          {t('manual')}
        </Badge>
      )}
      {visit.corrected && (
        <Badge size="sm" variant="outline" color="blue" ml={4} title={t('correctedHint')}>
          {t('corrected')}
        </Badge>
      )}
      {visit.held && (
        <Badge size="sm" variant="outline" color="red" ml={4}>
          {t('held')}
        </Badge>
      )}
    </>
  );
}

/** This month's visits per local day against the ordered time, with exceptions and corrections. */
export function VisitsSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const [month, setMonth] = useState(() => currentMonth(new Date()));
  const visits = useQuery(visitsQuery(clientId, month));
  const orders = useQuery(ordersQuery(clientId)).data?.orders ?? [];
  const perDay = orderedPerDay(orders, month);
  return (
    <Stack>
      <Group align="flex-end">
        <MonthField label={t('month')} value={month} onChange={setMonth} />
        <Text size="sm">
          {t('orderedPerDay')}: {formatMinutes(perDay)}
        </Text>
      </Group>
      <QueryState query={visits}>
        {(v) => {
          const staffName = (id: string) => v.staffNames[id] ?? id;
          const byDay = new Map<string, Visit[]>();
          for (const visit of v.visits)
            byDay.set(visit.date, [...(byDay.get(visit.date) ?? []), visit]);
          const days = [...byDay.keys()].sort();
          return (
            <Stack>
              <Card withBorder component="section" aria-labelledby="visits-heading">
                <Title order={2} size="h3" id="visits-heading" mb="xs">
                  {t('visitsOf', { month: formatMonth(month) })}
                </Title>
                {days.length === 0 ? (
                  <EmptyState>{t('noVisits')}</EmptyState>
                ) : (
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('day')}</Table.Th>
                        <Table.Th>{t('visitTimes')}</Table.Th>
                        <Table.Th>{t('performed')}</Table.Th>
                        <Table.Th>{t('ordered')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {days.map((day) => {
                        const list = byDay.get(day)!;
                        const performed = list.reduce((s, x) => s + x.minutes, 0);
                        return (
                          <Table.Tr key={day}>
                            <Table.Td>{formatCalendarDay(day)}</Table.Td>
                            <Table.Td>
                              <Stack gap={2}>
                                {list.map((x) => (
                                  <Text size="sm" key={x.id}>
                                    {formatTime(x.arrive)}–{formatTime(x.leave)} (
                                    {formatMinutes(x.minutes)}) · {staffName(x.staffId)}
                                    <VisitBadges visit={x} />
                                  </Text>
                                ))}
                              </Stack>
                            </Table.Td>
                            <Table.Td>{formatMinutes(performed)}</Table.Td>
                            <Table.Td>{formatMinutes(perDay)}</Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                )}
              </Card>
              <EventCard
                id="exceptions-heading"
                title={t('exceptions')}
                empty={
                  v.exceptions.length === 0 ? (
                    <EmptyState>{t('noExceptions')}</EmptyState>
                  ) : undefined
                }
              >
                {v.exceptions.map((e, i) => (
                  <Text size="sm" key={`${e.registration}-${i}`}>
                    {t(`exceptionTypes.${e.type}`, { defaultValue: e.type })} ·{' '}
                    {formatDayTime(e.at)} · {staffName(e.staff)}
                  </Text>
                ))}
              </EventCard>
              {v.corrections.length > 0 && (
                <EventCard id="corrections-heading" title={t('corrections')}>
                  {v.corrections.map((c) => (
                    <Text size="sm" key={c.id}>
                      {formatDayTime(c.at)} ·{' '}
                      {t(`correctionKinds.${c.kind}`, { defaultValue: c.kind })} ·{' '}
                      {staffName(c.staffId)}
                      {c.reason && ` · ${c.reason}`}
                    </Text>
                  ))}
                </EventCard>
              )}
              {v.declined.length > 0 && (
                <EventCard id="declined-heading" title={t('declined')}>
                  {v.declined.map((d) => (
                    <Text size="sm" key={d.id}>
                      {formatCalendarDay(d.date)} ·{' '}
                      {t(`declinedKinds.${d.kind}`, { defaultValue: d.kind })}
                    </Text>
                  ))}
                </EventCard>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
