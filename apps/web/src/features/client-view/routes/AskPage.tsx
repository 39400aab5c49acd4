import { Alert, Anchor, Button, Card, Radio, Select, Stack, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { formatCalendarDay } from '../../../lib/format.ts';
import { overviewQuery, useAskVisitChange, useSendMyMessage } from '../api/my-view.ts';

/** Ask to cancel or move a coming visit, or write to the home care or the case officer. */
export function AskPage() {
  const { t } = useTranslation('myView');
  const [params] = useSearchParams();
  const overview = useQuery(overviewQuery);
  const ask = useAskVisitChange();
  const send = useSendMyMessage();
  const chosen = params.get('besok') && params.get('datum') ? `${params.get('datum')}|${params.get('besok')}` : '';
  const [visit, setVisit, clearVisit] = useDraft('my-visit-request', { which: chosen, kind: 'cancel', wish: '' });
  const [message, setMessage, clearMessage] = useDraft('my-message', { to: 'provider', body: '' });
  const which = visit.which || chosen;

  const submitVisit = (e: FormEvent) => {
    e.preventDefault();
    const [date = '', planVisitId = ''] = which.split('|');
    ask.mutate({ date, planVisitId, kind: visit.kind as 'cancel' | 'move', wish: visit.wish.trim() }, { onSuccess: () => clearVisit() });
  };
  const submitMessage = (e: FormEvent) => {
    e.preventDefault();
    send.mutate({ to: message.to as 'provider' | 'case_officer', body: message.body.trim() }, { onSuccess: () => clearMessage() });
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/">← {t('askPage.back')}</Anchor>
      <PageTitle>{t('askPage.title')}</PageTitle>
      <QueryState query={overview}>
        {(o) => (
          <Card withBorder component="section" aria-labelledby="visit-heading">
            <Title order={2} id="visit-heading" mb="sm">{t('askPage.visitTitle')}</Title>
            <form onSubmit={submitVisit}>
              <Stack>
                <Select size="lg" label={t('askPage.visit')} placeholder={t('askPage.pick')} value={which || null} required allowDeselect={false}
                  data={o.coming.filter((c) => c.status === 'planned').map((c) => ({ value: `${c.date}|${c.planVisitId}`, label: `${formatCalendarDay(c.date)} ${c.windowFrom}–${c.windowTo}` }))}
                  onChange={(v) => setVisit((d) => ({ ...d, which: v ?? '' }))} />
                <Radio.Group size="lg" label={t('askPage.kind')} value={visit.kind} onChange={(v) => setVisit((d) => ({ ...d, kind: v }))}>
                  <Stack gap="xs" mt="xs">
                    <Radio size="lg" value="cancel" label={t('askPage.kinds.cancel')} />
                    <Radio size="lg" value="move" label={t('askPage.kinds.move')} />
                  </Stack>
                </Radio.Group>
                <Textarea size="lg" label={t('askPage.wish')} value={visit.wish} onChange={(e) => setVisit((d) => ({ ...d, wish: e.currentTarget.value }))} autosize minRows={2} />
                {ask.error && <ApiErrorAlert error={ask.error} />}
                {ask.isSuccess && <Alert color="teal" role="status">{t('askPage.sent')}</Alert>}
                <Button size="lg" type="submit" loading={ask.isPending}>{t('askPage.send')}</Button>
              </Stack>
            </form>
          </Card>
        )}
      </QueryState>
      <Card withBorder component="section" aria-labelledby="message-heading">
        <Title order={2} id="message-heading" mb="sm">{t('askPage.messageTitle')}</Title>
        <form onSubmit={submitMessage}>
          <Stack>
            <Radio.Group size="lg" label={t('askPage.to')} value={message.to} onChange={(v) => setMessage((d) => ({ ...d, to: v }))}>
              <Stack gap="xs" mt="xs">
                <Radio size="lg" value="provider" label={t('askPage.toKinds.provider')} />
                <Radio size="lg" value="case_officer" label={t('askPage.toKinds.case_officer')} />
              </Stack>
            </Radio.Group>
            <Textarea size="lg" label={t('askPage.message')} value={message.body} onChange={(e) => setMessage((d) => ({ ...d, body: e.currentTarget.value }))} required autosize minRows={3} />
            {send.error && <ApiErrorAlert error={send.error} />}
            {send.isSuccess && <Alert color="teal" role="status">{t('askPage.messageSent')}</Alert>}
            <Button size="lg" type="submit" loading={send.isPending}>{t('askPage.send')}</Button>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
