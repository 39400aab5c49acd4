import { Alert, Anchor, Badge, Group, List, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatCalendarDay } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session/session.ts';
import { unitsQuery, weekPlanQuery, type WeekPlan } from '../api/staffing.ts';
import { useSourceText } from '../components/StaffWeek.tsx';
import { useWeekParam, WeekPicker } from '../components/WeekPicker.tsx';

type Visit = WeekPlan['unassigned'][number]['visits'][number] & { fit?: 'fits' | 'outside' | 'off' };

function VisitLine({ visit }: { visit: Visit }) {
  const { t } = useTranslation('staffing');
  return (
    <List.Item>
      <Text span size="xs" ff="monospace">
        {visit.windowFrom}–{visit.windowTo}
      </Text>{' '}
      <Anchor component={Link} to={`/bestallningar/${encodeURIComponent(visit.clientId)}`} size="xs">
        {visit.clientName}
      </Anchor>
      {visit.staffCount > 1 && (
        <Text span size="xs">
          {' '}
          ({t('weekPlan.twoStaff')})
        </Text>
      )}
      {visit.fit !== undefined && visit.fit !== 'fits' && (
        <Badge size="xs" color="red.9" variant="outline" ml={4} tt="none">
          {t(`weekPlan.${visit.fit}`)}
        </Badge>
      )}
    </List.Item>
  );
}

function Visits({ visits }: { visits: Visit[] }) {
  if (visits.length === 0) return null;
  return (
    <List size="xs" listStyleType="none" spacing={2} mt={2}>
      {visits.map((v) => (
        <VisitLine key={v.planVisitId} visit={v} />
      ))}
    </List>
  );
}

function WeekTable({ week }: { week: WeekPlan }) {
  const { t } = useTranslation('staffing');
  const source = useSourceText();
  const from = formatCalendarDay(week.dates[0]!);
  const to = formatCalendarDay(week.dates[6]!);
  const unassigned = new Map(week.unassigned.map((d) => [d.date, d.visits]));
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table fz="xs" verticalSpacing={4} horizontalSpacing={6} withColumnBorders withTableBorder striped layout="fixed">
        <caption className="visually-hidden">{t('weekPlan.caption', { from, to })}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={124}>
              {t('weekPlan.staff')}
            </Table.Th>
            {week.dates.map((d) => (
              <Table.Th scope="col" key={d}>
                {formatCalendarDay(d)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {week.staff.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                <Anchor component={Link} to={`/medarbetare/${encodeURIComponent(s.id)}`} size="xs" fw={600}>
                  {s.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('weekPlan.visitsCount', { count: s.days.reduce((n, d) => n + d.visits.length, 0) })}
                </Text>
              </Table.Th>
              {s.days.map((d) => (
                <Table.Td key={d.date} style={{ verticalAlign: 'top' }}>
                  <Text size="xs" fw={600} c={d.shifts.length === 0 ? 'dimmed' : undefined}>
                    {d.shifts.length === 0
                      ? d.exception
                        ? t(`reasons.${d.exception.reason}`)
                        : t('weekPlan.offDay')
                      : d.shifts.map((x) => `${x.start}–${x.end}`).join(', ')}
                  </Text>
                  {d.exception && d.shifts.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {source(d)}
                    </Text>
                  )}
                  <Visits visits={d.visits} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          {week.unassigned.length > 0 && (
            <Table.Tr>
              <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                <Text size="xs" fw={600}>
                  {t('weekPlan.unassigned')}
                </Text>
              </Table.Th>
              {week.dates.map((d) => (
                <Table.Td key={d} style={{ verticalAlign: 'top' }}>
                  <Visits visits={unassigned.get(d) ?? []} />
                </Table.Td>
              ))}
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Who visits whom over a week, from the plans, over the staff's shifts; a unit at a time if she likes. */
export function WeekPlanPage() {
  const { t } = useTranslation('staffing');
  const providerId = useMe()?.providerId ?? '';
  const [monday, setMonday] = useWeekParam();
  const [params, setParams] = useSearchParams();
  const unit = params.get('enhet');
  const units = useQuery(unitsQuery(providerId));
  const week = useQuery(weekPlanQuery(providerId, monday, unit));
  const setUnit = (v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set('enhet', v);
    else next.delete('enhet');
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageTitle>{t('weekPlan.title')}</PageTitle>
      <Text mb="md" maw={860}>
        {t('weekPlan.intro')}
      </Text>
      <Group align="flex-end" justify="space-between" mb="xs">
        <WeekPicker monday={monday} onChange={setMonday} />
        <Select
          label={t('weekPlan.unit')}
          data={[{ value: '', label: t('weekPlan.allUnits') }, ...(units.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))]}
          value={unit ?? ''}
          allowDeselect={false}
          onChange={(v) => setUnit(v || null)}
          w={220}
          mb="md"
        />
      </Group>
      <QueryState query={week}>
        {(w) => (
          <Stack>
            {w.withoutLocation.length > 0 && (
              <Alert color="orange" variant="light">
                <Text size="sm" mb={4}>
                  {t('weekPlan.withoutLocation', { count: w.withoutLocation.length })}
                </Text>
                <Group gap="sm">
                  {w.withoutLocation.map((c) => (
                    <Anchor key={c.clientId} component={Link} to={`/bestallningar/${encodeURIComponent(c.clientId)}?flik=location`} size="sm" c="dark.9" underline="always">
                      {c.clientName}
                    </Anchor>
                  ))}
                </Group>
              </Alert>
            )}
            {w.staff.length === 0 ? <EmptyState>{t('weekPlan.noStaff')}</EmptyState> : <WeekTable week={w} />}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
