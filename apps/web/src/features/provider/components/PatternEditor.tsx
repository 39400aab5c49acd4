import { ActionIcon, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { WEEKDAYS, type Weekday } from '@hemma/domain';
import { shiftMinutes } from '@hemma/domain/shifts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { formatDate, formatMinutes } from '../../../lib/format.ts';
import { usePutPattern, type ShiftPattern } from '../api/staffing.ts';
import { typedShiftProblem, weekDraftOf, weeklyOf, type WeekDraft } from './staffing.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The weekly pattern as a form: each weekday's shifts (several a day allowed) and the date it
 * holds from. Starts from the version in force today; saving makes (or replaces) the version
 * starting on the date given.
 */
export function PatternEditor({ staffId, pattern, today, saved, onSaved }: {
  staffId: string;
  pattern: ShiftPattern;
  today: string;
  /** Lives with the page: the form starts afresh from the saved pattern. */
  saved: boolean;
  onSaved: (saved: boolean) => void;
}) {
  const { t } = useTranslation('staffing');
  const put = usePutPattern(staffId);
  const [draft, setDraft, clear] = useDraft<{ validFrom: string; week: WeekDraft }>(`shift-pattern:${staffId}`, {
    validFrom: today,
    week: weekDraftOf(pattern.weekly),
  });
  const setSaved = onSaved;
  const weekly = weeklyOf(draft.week);
  const problem = typedShiftProblem(weekly);
  const dateBad = !DATE.test(draft.validFrom);
  const [tried, setTried] = useState(false);

  const setShift = (day: Weekday, i: number, field: 'start' | 'end', value: string) => {
    setSaved(false);
    setDraft((d) => ({ ...d, week: { ...d.week, [day]: d.week[day].map((s, j) => (j === i ? { ...s, [field]: value } : s)) } }));
  };
  const addShift = (day: Weekday) => {
    setSaved(false);
    setDraft((d) => {
      const last = d.week[day].at(-1);
      const next = last ? { start: last.end, end: '' } : { start: '07:00', end: '16:00' };
      return { ...d, week: { ...d.week, [day]: [...d.week[day], next] } };
    });
  };
  const removeShift = (day: Weekday, i: number) => {
    setSaved(false);
    setDraft((d) => ({ ...d, week: { ...d.week, [day]: d.week[day].filter((_, j) => j !== i) } }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problem || dateBad) return;
    // The promise, not the mutate callbacks: the saved pattern remounts this form (see the page's
    // key) before callbacks of the old one would run, and the draft must still be dropped.
    put.mutateAsync({ validFrom: draft.validFrom, weekly }).then(
      () => {
        clear();
        setTried(false);
        setSaved(true);
      },
      () => undefined,
    );
  };
  // Which typed field the problem points at: the index counts shifts Monday first, as `weekly` does.
  const problemAt = (day: Weekday, i: number, field: 'start' | 'end'): string | undefined => {
    if (!problem || problem.field !== field) return undefined;
    const index = weekly.findIndex((w) => w.weekday === day) + i;
    if (index !== problem.index || weekly[index]?.weekday !== day) return undefined;
    return t(`shifts.problems.${problem.kind}`);
  };
  const dayName = (day: Weekday) => t(`weekdays.${day}`);
  // A shift's start or end, said at the field when the week has a problem there.
  const timeField = (day: Weekday, i: number, s: WeekDraft[Weekday][number], field: 'start' | 'end') => (
    <TextInput
      type="time"
      size="xs"
      w={118}
      aria-label={t(`shifts.${field}Of`, { day: dayName(day), n: i + 1 })}
      value={s[field]}
      onChange={(e) => setShift(day, i, field, e.currentTarget.value)}
      error={(tried || s[field] !== '') && problemAt(day, i, field)}
    />
  );

  return (
    <Card withBorder component="section" aria-labelledby="pattern-heading">
      <Title order={2} size="h3" id="pattern-heading" mb="xs">
        {t('shifts.pattern')}
      </Title>
      <Text size="sm" mb="sm">
        {t('shifts.patternIntro')}
      </Text>
      <form onSubmit={submit} noValidate aria-labelledby="pattern-heading">
        <Stack gap="xs">
          <TextInput
            type="date"
            label={t('shifts.validFrom')}
            value={draft.validFrom}
            onChange={(e) => {
              const validFrom = e.currentTarget.value;
              setDraft((d) => ({ ...d, validFrom }));
            }}
            error={tried && dateBad ? t('shifts.problems.date') : undefined}
            w={200}
          />
          <Table fz="sm" verticalSpacing={4} withRowBorders>
            <Table.Tbody>
              {WEEKDAYS.map((day) => (
                <Table.Tr key={day}>
                  <Table.Th scope="row" w={110} style={{ verticalAlign: 'top', paddingTop: 12 }}>
                    {dayName(day)}
                  </Table.Th>
                  <Table.Td>
                    <Group gap="sm" align="flex-start">
                      {draft.week[day].length === 0 && (
                        <Text size="sm" c="dimmed" pt={6}>
                          {t('shifts.free')}
                        </Text>
                      )}
                      {draft.week[day].map((s, i) => (
                        <Group key={i} gap={4} align="flex-start" wrap="nowrap">
                          {timeField(day, i, s, 'start')}
                          <Text size="sm" pt={4} aria-hidden="true">
                            –
                          </Text>
                          {timeField(day, i, s, 'end')}
                          <ActionIcon
                            variant="subtle"
                            color="gray.8"
                            mt={2}
                            onClick={() => removeShift(day, i)}
                            aria-label={t('shifts.removeShift', { day: dayName(day), start: s.start, end: s.end })}
                          >
                            ×
                          </ActionIcon>
                        </Group>
                      ))}
                      <Button size="compact-xs" variant="subtle" mt={4} onClick={() => addShift(day)} aria-label={`${t('shifts.addShift')}: ${dayName(day)}`}>
                        + {t('shifts.addShift')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" fw={600}>
            {t('shifts.weekTotal', { time: formatMinutes(problem ? 0 : shiftMinutes(weekly)) })}
          </Text>
          <ApiErrorAlert error={put.error} />
          <Group>
            <Button type="submit" loading={put.isPending}>
              {t('shifts.savePattern')}
            </Button>
            {saved && !put.isPending && (
              <Text role="status" c="teal.9">
                {t('shifts.patternSaved')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
      <PatternVersions staffId={staffId} pattern={pattern} today={today} />
    </Card>
  );
}

/** The versions of the pattern by start; a future one may be taken back. */
function PatternVersions({ staffId, pattern, today }: { staffId: string; pattern: ShiftPattern; today: string }) {
  const { t } = useTranslation('staffing');
  const put = usePutPattern(staffId);
  if (pattern.versions.length === 0) return null;
  return (
    <section aria-labelledby="versions-heading">
      <Title order={3} size="h5" id="versions-heading" mt="md" mb={4}>
        {t('shifts.versions')}
      </Title>
      <Table fz="sm" verticalSpacing={2} maw={480}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('shifts.since')}</Table.Th>
            <Table.Th scope="col">{t('shifts.hoursPerWeek')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('shifts.removeVersionShort')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pattern.versions.map((v) => (
            <Table.Tr key={v.validFrom ?? 'always'}>
              <Table.Td>{v.validFrom === null ? t('shifts.sinceAlways') : formatDate(v.validFrom)}</Table.Td>
              <Table.Td>{formatMinutes(shiftMinutes(v.weekly))}</Table.Td>
              <Table.Td>
                {v.validFrom !== null && v.validFrom > today && (
                  <Button
                    size="compact-xs"
                    variant="default"
                    loading={put.isPending}
                    onClick={() => put.mutate({ validFrom: v.validFrom!, weekly: [] })}
                    aria-label={t('shifts.removeVersion', { date: formatDate(v.validFrom) })}
                  >
                    {t('shifts.removeVersionShort')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ApiErrorAlert error={put.error} />
    </section>
  );
}
