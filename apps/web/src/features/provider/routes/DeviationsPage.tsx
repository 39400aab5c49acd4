import {
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { clientsQuery } from '../../../lib/api/directory.ts';
import { useDraft } from '../../../lib/drafts.ts';
import { deviationsQuery, useReportDeviation } from '../api/month.ts';
import { DeviationImport } from '../components/DeviationImport.tsx';
import { MonthPicker, useMonthParam } from '../components/MonthPicker.tsx';

const REASONS = ['hospital', 'declined', 'provider_missed', 'extra_need', 'other'] as const;
type Reason = (typeof REASONS)[number];

interface DeviationDraft {
  clientId: string;
  minutes: number | '';
  reason: Reason | '';
  comment: string;
}

/** Deviations of the granted-time model: entered one at a time, or imported from the spreadsheet. */
export function DeviationsPage() {
  const { t } = useTranslation('provider');
  const [month, setMonth] = useMonthParam();
  const list = useQuery(deviationsQuery(month));
  const clients = useQuery(clientsQuery).data?.clients ?? [];
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name ?? id;
  const [draft, setDraft, clear] = useDraft<DeviationDraft>('deviation-new', {
    clientId: '',
    minutes: '',
    reason: '',
    comment: '',
  });
  const report = useReportDeviation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.reason || draft.minutes === '') return;
    report.mutate(
      {
        clientId: draft.clientId,
        month,
        minutes: draft.minutes,
        reason: draft.reason,
        comment: draft.comment,
      },
      { onSuccess: clear },
    );
  };
  return (
    <>
      <PageTitle>{t('deviations.title')}</PageTitle>
      <Text mb="md">{t('deviations.intro')}</Text>
      <MonthPicker month={month} onChange={setMonth} />
      <Stack>
        <Card withBorder component="section" aria-labelledby="deviation-enter">
          <Title order={2} size="h3" id="deviation-enter" mb="sm">
            {t('deviations.enter')}
          </Title>
          <form onSubmit={submit} noValidate>
            <Stack>
              <Group grow align="flex-start">
                <Select
                  label={t('client')}
                  data={clients.map((c) => ({
                    value: c.id,
                    label: `${c.name} (${c.personalNumber})`,
                  }))}
                  value={draft.clientId || null}
                  onChange={(v) => setDraft((d) => ({ ...d, clientId: v ?? '' }))}
                  searchable
                />
                <NumberInput
                  label={t('deviations.minutes')}
                  value={draft.minutes}
                  onChange={(v) =>
                    setDraft((d) => ({ ...d, minutes: typeof v === 'number' ? v : '' }))
                  }
                  allowDecimal={false}
                />
                <Select
                  label={t('reason')}
                  data={REASONS.map((r) => ({ value: r, label: t(`deviations.reasons.${r}`) }))}
                  value={draft.reason || null}
                  onChange={(v) => setDraft((d) => ({ ...d, reason: v ?? '' }))}
                />
              </Group>
              <TextInput
                label={t('deviations.comment')}
                value={draft.comment}
                onChange={(e) => {
                  const comment = e.currentTarget.value;
                  setDraft((d) => ({ ...d, comment }));
                }}
              />
              <ApiErrorAlert error={report.error} />
              <Group>
                <Button
                  type="submit"
                  disabled={!draft.clientId || draft.minutes === '' || !draft.reason}
                  loading={report.isPending}
                >
                  {t('deviations.report')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
        <DeviationImport />
        <Card withBorder component="section" aria-labelledby="deviation-list">
          <Title order={2} size="h3" id="deviation-list" mb="sm">
            {t('deviations.list')}
          </Title>
          <QueryState query={list}>
            {({ deviations }) =>
              deviations.length === 0 ? (
                <EmptyState>{t('deviations.none')}</EmptyState>
              ) : (
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('client')}</Table.Th>
                      <Table.Th>{t('deviations.minutesShort')}</Table.Th>
                      <Table.Th>{t('reason')}</Table.Th>
                      <Table.Th>{t('deviations.comment')}</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>{t('deviations.decisionReason')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {deviations.map((d) => (
                      <Table.Tr key={d.id}>
                        <Table.Td>{clientName(d.clientId)}</Table.Td>
                        <Table.Td>{d.minutes}</Table.Td>
                        <Table.Td>{t(`deviations.reasons.${d.reason}`)}</Table.Td>
                        <Table.Td>{d.comment}</Table.Td>
                        <Table.Td>
                          <Badge
                            variant="outline"
                            color={
                              d.status === 'rejected'
                                ? 'red'
                                : d.status === 'approved'
                                  ? 'teal'
                                  : 'gray'
                            }
                          >
                            {t(`deviations.status.${d.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{d.decisionReason ?? ''}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )
            }
          </QueryState>
        </Card>
      </Stack>
    </>
  );
}
