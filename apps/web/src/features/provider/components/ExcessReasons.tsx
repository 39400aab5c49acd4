import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { EmptyState } from '../../../components/QueryState.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { formatMinutes, formatMoney } from '../../../lib/format.ts';
import { useExcessReason, type MonthClose } from '../api/month.ts';

function ExcessRow({
  view,
  excess,
  name,
}: {
  view: MonthClose;
  excess: MonthClose['statement']['excess'][number];
  name: string;
}) {
  const { t } = useTranslation('provider');
  const given = view.excessReasons.find((r) => r.client === excess.client)?.reason ?? '';
  const [draft, setDraft, clear] = useDraft(`excess-reason:${view.month}:${excess.client}`, {
    reason: given,
  });
  const save = useExcessReason(view.month, view.provider);
  const open = view.status === 'draft';
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>
            {name}:{' '}
            {t('monthEnd.excessLine', {
              minutes: formatMinutes(excess.minutes),
              amount: formatMoney(excess.amountOre),
            })}
          </Text>
          <Badge
            variant="outline"
            color={
              excess.status === 'rejected' ? 'red' : excess.status === 'approved' ? 'teal' : 'gray'
            }
          >
            {t(`monthEnd.reviewStatus.${excess.status}`)}
          </Badge>
        </Group>
        <Textarea
          label={t('monthEnd.excessReason', { client: name })}
          autosize
          minRows={2}
          value={draft.reason}
          readOnly={!open}
          onChange={(e) => {
            const reason = e.currentTarget.value;
            setDraft({ reason });
          }}
        />
        <ApiErrorAlert error={save.error} />
        {open && (
          <Group>
            <Button
              variant="default"
              disabled={!draft.reason.trim() || draft.reason.trim() === given}
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  { clientId: excess.client, reason: draft.reason.trim() },
                  { onSuccess: clear },
                )
              }
            >
              {t('monthEnd.saveReason')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Excess time of the month, each client's with the provider's reason (needed before submitting). */
export function ExcessReasons({
  view,
  clientName,
}: {
  view: MonthClose;
  clientName: (id: string) => string;
}) {
  const { t } = useTranslation('provider');
  return (
    <Card withBorder component="section" aria-labelledby="excess-heading">
      <Title order={2} size="h3" id="excess-heading" mb="sm">
        {t('monthEnd.excess')}
      </Title>
      {view.statement.excess.length === 0 ? (
        <EmptyState>{t('monthEnd.noExcess')}</EmptyState>
      ) : (
        <Stack>
          {view.statement.excess.map((e) => (
            // A saved reason starts the form afresh from what the server now holds.
            <ExcessRow
              key={`${e.client}:${view.excessReasons.find((r) => r.client === e.client)?.reason ?? ''}`}
              view={view}
              excess={e}
              name={clientName(e.client)}
            />
          ))}
        </Stack>
      )}
    </Card>
  );
}
