import { Button, Card, Group, Radio, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { EXCEPTION_REASONS, exceptionRuns, type ExceptionReason } from '@hemma/domain/shifts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { EmptyState } from '../../../components/QueryState.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { formatCalendarDay } from '../../../lib/format.ts';
import { useAddException, useRemoveException, type ShiftPattern } from '../api/staffing.ts';
import { typedShiftProblem } from './staffing.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `tis 24 nov – tor 26 nov`, or one day. */
function periodText(from: string, to: string): string {
  return from === to ? formatCalendarDay(from) : `${formatCalendarDay(from)} – ${formatCalendarDay(to)}`;
}

/** Exceptions to the weekly pattern: add a period (off, or other hours) with a reason; the coming ones, to take back. */
export function ShiftExceptions({ staffId, pattern, today }: { staffId: string; pattern: ShiftPattern; today: string }) {
  const { t } = useTranslation('staffing');
  const add = useAddException(staffId);
  const remove = useRemoveException(staffId);
  const initial = { from: today, to: today, reason: 'sick' as ExceptionReason, off: 'yes', start: '', end: '', note: '' };
  const [draft, setDraft, clear] = useDraft(`shift-exception:${staffId}`, initial);
  const [tried, setTried] = useState(false);
  const [added, setAdded] = useState(false);
  const set = (patch: Partial<typeof initial>) => {
    setAdded(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const shifts = draft.off === 'yes' ? [] : [{ start: draft.start, end: draft.end }];
  const problem = typedShiftProblem(shifts);
  const fromBad = !DATE.test(draft.from);
  const toBad = !DATE.test(draft.to);
  const backwards = !fromBad && !toBad && draft.to < draft.from;
  // Other hours are still hers: the skills of her usual week go with them, for the planner.
  const skills = [...new Set(pattern.weekly.flatMap((w) => w.skills))];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problem || fromBad || toBad || backwards) return;
    add.mutate(
      { from: draft.from, to: draft.to, reason: draft.reason, note: draft.note.trim(), shifts: shifts.map((s) => ({ ...s, skills })) },
      {
        onSuccess: () => {
          clear();
          setTried(false);
          setAdded(true);
        },
      },
    );
  };
  const runs = exceptionRuns(pattern.exceptions);
  const hoursText = (r: (typeof runs)[number]) =>
    r.shifts.length === 0 ? t('shifts.free') : r.shifts.map((s) => `${s.start}–${s.end}`).join(', ');

  return (
    <Card withBorder component="section" aria-labelledby="exceptions-heading">
      <Title order={2} size="h3" id="exceptions-heading" mb="xs">
        {t('shifts.exceptions')}
      </Title>
      <Text size="sm" mb="sm">
        {t('shifts.exceptionsIntro')}
      </Text>
      <form onSubmit={submit} noValidate aria-label={t('shifts.addException')}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              type="date"
              label={t('shifts.from')}
              value={draft.from}
              onChange={(e) => {
                const from = e.currentTarget.value;
                set(draft.to < from ? { from, to: from } : { from });
              }}
              error={tried && fromBad ? t('shifts.problems.date') : undefined}
            />
            <TextInput
              type="date"
              label={t('shifts.to')}
              value={draft.to}
              min={draft.from}
              onChange={(e) => set({ to: e.currentTarget.value })}
              error={tried && toBad ? t('shifts.problems.date') : backwards ? t('shifts.problems.period') : undefined}
            />
            <Select
              label={t('shifts.reason')}
              data={EXCEPTION_REASONS.map((r) => ({ value: r, label: t(`reasons.${r}`) }))}
              value={draft.reason}
              allowDeselect={false}
              onChange={(v) => set({ reason: (v ?? 'other') })}
            />
          </SimpleGrid>
          <Radio.Group label={t('shifts.what')} value={draft.off} onChange={(off) => set({ off })}>
            <Group mt={4}>
              <Radio value="yes" label={t('shifts.dayOff')} />
              <Radio value="no" label={t('shifts.otherHours')} />
            </Group>
          </Radio.Group>
          {draft.off === 'no' && (
            <Group align="flex-start">
              <TextInput
                type="time"
                label={t('shifts.start')}
                value={draft.start}
                onChange={(e) => set({ start: e.currentTarget.value })}
                error={tried && problem?.field === 'start' ? t(`shifts.problems.${problem.kind}`) : undefined}
                w={140}
              />
              <TextInput
                type="time"
                label={t('shifts.end')}
                value={draft.end}
                onChange={(e) => set({ end: e.currentTarget.value })}
                error={tried && problem?.field === 'end' ? t(`shifts.problems.${problem.kind}`) : undefined}
                w={140}
              />
            </Group>
          )}
          <TextInput label={t('shifts.note')} value={draft.note} onChange={(e) => set({ note: e.currentTarget.value })} maw={560} />
          <ApiErrorAlert error={add.error} />
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('shifts.addException')}
            </Button>
            {added && !add.isPending && (
              <Text role="status" c="teal.9">
                {t('shifts.exceptionAdded')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
      <Title order={3} size="h5" mt="md" mb={4}>
        {t('shifts.exceptions')}
      </Title>
      {runs.length === 0 ? (
        <EmptyState>{t('shifts.noExceptions')}</EmptyState>
      ) : (
        <Table fz="sm" verticalSpacing={4} data-testid="exception-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('shifts.period')}</Table.Th>
              <Table.Th scope="col">{t('shifts.reason')}</Table.Th>
              <Table.Th scope="col">{t('shifts.hours')}</Table.Th>
              <Table.Th scope="col">{t('shifts.note')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t('shifts.removeExceptionShort')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {runs.map((r) => (
              <Table.Tr key={r.from}>
                <Table.Td>{periodText(r.from, r.to)}</Table.Td>
                <Table.Td>{t(`reasons.${r.reason}`)}</Table.Td>
                <Table.Td>{hoursText(r)}</Table.Td>
                <Table.Td>{r.note || '–'}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="default"
                    loading={remove.isPending && remove.variables?.from === r.from}
                    onClick={() => remove.mutate({ from: r.from, to: r.to })}
                    aria-label={t('shifts.removeException', { period: periodText(r.from, r.to) })}
                  >
                    {t('shifts.removeExceptionShort')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ApiErrorAlert error={remove.error} />
    </Card>
  );
}
