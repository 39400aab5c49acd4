import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { formatCalendarDay, formatDayTime } from '../../../lib/format.ts';
import {
  exportUrl,
  paymentFileUrl,
  useApprove,
  useReopen,
  type StatementView,
} from '../api/month-close.ts';

type Blocker = { kind: string; client?: string; type?: string };

/**
 * The blockers by kind: what is to be done and by whom said once, then the clients it concerns
 * (a month can hold dozens of each kind).
 */
function Blockers({
  blockers,
  clientName,
}: {
  blockers: Blocker[];
  clientName: (id: string) => string;
}) {
  const { t } = useTranslation('finance');
  const byKind = new Map<string, Blocker[]>();
  for (const b of blockers) byKind.set(b.kind, [...(byKind.get(b.kind) ?? []), b]);
  return (
    <List size="sm" spacing="xs">
      {[...byKind].map(([kind, list]) => (
        <List.Item key={kind}>
          <Text size="sm" fw={600}>
            {t(`blocker.${kind}`, { client: `${list.length} st` })}
          </Text>
          <Text size="sm">{t(`todo.${kind}`)}</Text>
          <Text size="sm" c="dimmed">
            {list
              .map(
                (b) =>
                  `${clientName(b.client ?? '')}${b.type ? ` (${t(`exceptionTypes.${b.type}`)})` : ''}`,
              )
              .join(', ')}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** Approve (with what blocks it), send back with a reason, and the files of a locked statement. */
export function StatementActions({
  view,
  paymentDate,
  clientName,
}: {
  view: StatementView;
  paymentDate: string | undefined;
  clientName: (id: string) => string;
}) {
  const { t } = useTranslation('finance');
  const approve = useApprove(view.month, view.provider);
  const reopen = useReopen(view.month, view.provider);
  const [draft, setDraft, clearDraft] = useDraft(`reopen:${view.month}:${view.provider}`, {
    reason: '',
  });
  const locked = view.status === 'approved' || view.status === 'exported';
  const blockers: Blocker[] =
    view.status === 'draft'
      ? [...view.blockers.submit, ...view.blockers.approve]
      : view.blockers.approve;
  const pending = view.statement.excess
    .filter((e) => e.status === 'pending')
    .map((e) => ({ kind: 'pending_excess', client: e.client }));
  return (
    <Stack>
      {view.reopened && !locked && (
        <Alert color="yellow" variant="light">
          {t('reopened', {
            at: formatDayTime(view.reopened.at),
            by: view.reopened.by,
            reason: view.reopened.reason,
          })}
        </Alert>
      )}
      <Card withBorder component="section" aria-labelledby="hinder" id="hinder-kort">
        <Title order={2} size="h3" id="hinder" mb="xs">
          {t('approveTitle')}
        </Title>
        {locked ? (
          <Text>{t('approved')}</Text>
        ) : (
          <Stack gap="xs">
            {view.status === 'draft' && <Text>{t('approveNeedsSubmit')}</Text>}
            {blockers.length > 0 && <Text fw={600}>{t('approveBlocked')}</Text>}
            <Blockers blockers={[...blockers, ...pending]} clientName={clientName} />
            <ApiErrorAlert error={approve.error} />
            <Group>
              <Button
                onClick={() => approve.mutate()}
                loading={approve.isPending}
                disabled={view.status !== 'submitted' || blockers.length > 0}
              >
                {t('approve')}
              </Button>
            </Group>
          </Stack>
        )}
      </Card>
      {view.status === 'submitted' && (
        <Card withBorder component="section" aria-labelledby="skicka-tillbaka">
          <Title order={2} size="h3" id="skicka-tillbaka" mb="xs">
            {t('reopenTitle')}
          </Title>
          <Stack gap="xs">
            <TextInput
              label={t('reopenReason')}
              value={draft.reason}
              onChange={(e) => setDraft({ reason: e.currentTarget.value })}
            />
            <ApiErrorAlert error={reopen.error} />
            <Group>
              <Button
                variant="outline"
                color="red"
                disabled={!draft.reason.trim()}
                loading={reopen.isPending}
                onClick={() =>
                  reopen.mutate({ reason: draft.reason.trim() }, { onSuccess: clearDraft })
                }
              >
                {t('reopen')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      <Card withBorder component="section" aria-labelledby="filer">
        <Title order={2} size="h3" id="filer" mb="xs">
          {t('downloads')}
        </Title>
        {locked ? (
          <Group>
            <Anchor href={exportUrl(view.month, view.provider, 'xlsx')} download>
              {t('xlsx')}
            </Anchor>
            <Anchor href={exportUrl(view.month, view.provider, 'pdf')} download>
              {t('pdf')}
            </Anchor>
            <Anchor href={paymentFileUrl(view.month)} download>
              {t('paymentFile')}
            </Anchor>
            {paymentDate && (
              <Text>{t('paymentDate', { date: formatCalendarDay(paymentDate) })}</Text>
            )}
          </Group>
        ) : (
          <Text>{t('downloadsLocked')}</Text>
        )}
      </Card>
    </Stack>
  );
}
