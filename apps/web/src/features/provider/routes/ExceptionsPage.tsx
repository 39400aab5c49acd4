import { Button, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { formatDayTime, formatTime } from '../../../lib/format.ts';
import {
  exceptionsQuery,
  useResolveExceptions,
  type Resolution,
  type UnresolvedException,
} from '../api/month.ts';
import { MonthPicker, useMonthParam } from '../components/MonthPicker.tsx';
import { resolutionFor, resolutionKind } from '../components/resolution.ts';

/** The month's exceptions of the provider, resolved one by one or several at once. */
export function ExceptionsPage() {
  const { t } = useTranslation('provider');
  const [month, setMonth] = useMonthParam();
  const list = useQuery(exceptionsQuery(month));
  const resolve = useResolveExceptions(month);
  const [draft, setDraft, clear] = useDraft<{ reason: string; leaveAt: Record<string, string> }>(
    `exceptions:${month}`,
    { reason: '', leaveAt: {} },
  );
  const [selected, setSelected] = useState<string[]>([]);
  const [done, setDone] = useState<{ count: number; remaining: number } | null>(null);

  const send = (rows: UnresolvedException[]) => {
    const resolutions = rows
      .map((e) => resolutionFor(e, draft.reason.trim(), draft.leaveAt[e.registration] ?? ''))
      .filter((r): r is Resolution => r !== null);
    resolve.mutate(resolutions, {
      onSuccess: (reply) => {
        setDone({ count: resolutions.length, remaining: reply.remaining });
        setSelected([]);
        clear();
      },
    });
  };

  return (
    <>
      <PageTitle>{t('exceptions.title')}</PageTitle>
      <MonthPicker month={month} onChange={setMonth} />
      <Text mb="md">{t('exceptions.intro')}</Text>
      {done && (
        <Text role="status" mb="md" fw={600}>
          {t('exceptions.done', done)}
        </Text>
      )}
      <QueryState query={list}>
        {({ exceptions }) => {
          const resolvable = exceptions.filter((e) => resolutionKind(e.type) !== null);
          if (exceptions.length === 0) return <EmptyState>{t('exceptions.none')}</EmptyState>;
          const chosen = resolvable.filter((e) => selected.includes(e.registration));
          return (
            <Stack>
              <TextInput
                label={t('exceptions.reason')}
                value={draft.reason}
                onChange={(e) => {
                  const reason = e.currentTarget.value;
                  setDraft((d) => ({ ...d, reason }));
                }}
                maw={600}
              />
              <ApiErrorAlert error={resolve.error} />
              <Group>
                <Button
                  disabled={chosen.length === 0 || !draft.reason.trim()}
                  loading={resolve.isPending}
                  onClick={() => send(chosen)}
                >
                  {t('exceptions.resolveSelected', { count: chosen.length })}
                </Button>
              </Group>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>
                      <Checkbox
                        aria-label={t('exceptions.selectAll')}
                        checked={resolvable.length > 0 && chosen.length === resolvable.length}
                        onChange={(e) =>
                          setSelected(
                            e.currentTarget.checked ? resolvable.map((x) => x.registration) : [],
                          )
                        }
                      />
                    </Table.Th>
                    <Table.Th>{t('client')}</Table.Th>
                    <Table.Th>{t('exceptions.type')}</Table.Th>
                    <Table.Th>{t('exceptions.at')}</Table.Th>
                    <Table.Th>{t('exceptions.action')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {exceptions.map((e) => {
                    const kind = resolutionKind(e.type);
                    const what = `${e.clientName ?? e.clientId} ${formatDayTime(e.at)}`;
                    return (
                      <Table.Tr key={`${e.type}:${e.registration}`}>
                        <Table.Td>
                          {kind && (
                            <Checkbox
                              aria-label={t('exceptions.select', { what })}
                              checked={selected.includes(e.registration)}
                              onChange={(ev) => {
                                const on = ev.currentTarget.checked;
                                setSelected((s) =>
                                  on
                                    ? [...s, e.registration]
                                    : s.filter((x) => x !== e.registration),
                                );
                              }}
                            />
                          )}
                        </Table.Td>
                        <Table.Td>{e.clientName ?? e.clientId}</Table.Td>
                        <Table.Td>{t(`exceptions.types.${e.type}`)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDayTime(e.at)}</Table.Td>
                        <Table.Td>
                          {kind === null ? (
                            t('exceptions.notHere')
                          ) : kind === 'explain_no_order' ? (
                            t('exceptions.kinds.explain_no_order')
                          ) : (
                            <Group gap="xs" wrap="nowrap">
                              <Text size="sm">{t(`exceptions.kinds.${kind}`)}</Text>
                              <TextInput
                                type="time"
                                aria-label={`${t('exceptions.leaveAt')} ${what}`}
                                value={draft.leaveAt[e.registration] ?? ''}
                                onChange={(ev) => {
                                  const v = ev.currentTarget.value;
                                  setDraft((d) => ({
                                    ...d,
                                    leaveAt: { ...d.leaveAt, [e.registration]: v },
                                  }));
                                }}
                                size="xs"
                                w={110}
                              />
                              {e.plannedLeave && (
                                <Text size="xs" c="dimmed">
                                  {t('exceptions.plannedLeave', {
                                    time: formatTime(e.plannedLeave),
                                  })}
                                </Text>
                              )}
                            </Group>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {kind && (
                            <Button
                              size="xs"
                              variant="default"
                              disabled={!draft.reason.trim()}
                              loading={resolve.isPending}
                              onClick={() => send([e])}
                              aria-label={`${t('exceptions.resolveOne')} ${what}`}
                            >
                              {t('exceptions.resolveOne')}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
