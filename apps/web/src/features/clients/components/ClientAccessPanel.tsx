import { Alert, Badge, Button, Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { formatDate, localDate } from '../../../lib/format.ts';
import { accessQuery, useEndAccess, useGiveAccess, useNewCode, type Access, type IssuedCode } from '../api/access.ts';

const HOW = ['in_person', 'phone', 'video', 'written', 'representative'] as const;
type How = (typeof HOW)[number];
const ENTRY = '/mina-sidor/aktivera';

/** On the client's page: who may use the client's own view, with consent, and their codes. */
export function ClientAccessPanel({ clientId, clientName }: { clientId: string; clientName: string }) {
  const { t } = useTranslation('clientAccess');
  const access = useQuery(accessQuery(clientId));
  const give = useGiveAccess(clientId);
  const newCode = useNewCode(clientId);
  const end = useEndAccess(clientId);
  const [issued, setIssued] = useState<IssuedCode | null>(null);
  const empty = { kind: 'relative' as 'client' | 'relative', name: '', relation: '', consentBy: clientName, consentHow: 'in_person' as How, consentAt: localDate(new Date()), consentUntil: '' };
  const [draft, setDraft, clear] = useDraft(`client-access:${clientId}`, empty);
  const set = (patch: Partial<typeof empty>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = draft.kind === 'client'
      ? { kind: 'client' as const, name: draft.name.trim() || clientName }
      : { kind: 'relative' as const, name: draft.name.trim(), relation: draft.relation.trim(), consentBy: draft.consentBy.trim(), consentHow: draft.consentHow, consentAt: draft.consentAt, consentUntil: draft.consentUntil || null };
    give.mutate(body, { onSuccess: (r) => { setIssued(r); clear(); } });
  };

  const consentText = (a: Access) => a.kind === 'client' || a.consentAt === null ? '' :
    `${t('consentLine', { by: a.consentBy, how: t(`how.${a.consentHow}`).toLowerCase(), at: formatDate(a.consentAt) })}, ${a.consentUntil ? t('until', { date: formatDate(a.consentUntil) }) : t('untilFurther')}`;

  return (
    <Card withBorder component="section" aria-labelledby="access-heading" mt="md">
      <Title order={2} size="h3" id="access-heading" mb="xs">{t('heading')}</Title>
      <Text mb="md">{t('intro')}</Text>
      {issued && (
        <Alert color="teal" mb="md" title={t('codeTitle', { name: issued.access.name })} role="status" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
          <Text size="xl" fw={700} ff="monospace" data-testid="enrolment-code">{issued.code}</Text>
          <Text>{t('codeText', { date: formatDate(issued.expiresAt), link: `${window.location.origin}${ENTRY}` })}</Text>
        </Alert>
      )}
      <QueryState query={access}>
        {(r) => r.access.length === 0 ? <EmptyState>{t('none')}</EmptyState> : (
          <Stack gap="xs" mb="md">
            {r.access.map((a) => (
              <Card key={a.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={600}>{a.name}{a.relation ? ` (${a.relation})` : ''} · {t(`kinds.${a.kind}`)}</Text>
                    {consentText(a) && <Text size="sm">{consentText(a)}</Text>}
                    <Group gap="xs">
                      {a.endedAt ? <Badge color="gray">{t('ended', { date: formatDate(a.endedAt) })}</Badge>
                        : <Badge color={a.enrolled ? 'teal' : 'gray'} variant="outline">{a.enrolled ? t('enrolled') : t('notEnrolled')}</Badge>}
                    </Group>
                  </Stack>
                  {a.endedAt === null && (
                    <Group gap="xs">
                      <Button variant="default" onClick={() => newCode.mutate(a.id, { onSuccess: setIssued })}>{t('newCode')}</Button>
                      <Button variant="outline" color="red" onClick={() => end.mutate(a.id)}>{t('end')}</Button>
                    </Group>
                  )}
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
      <form onSubmit={submit} aria-label={t('give')}>
        <Stack gap="sm">
          <SegmentedControl aria-label={t('kind')} value={draft.kind} onChange={(v) => set({ kind: v })}
            data={[{ value: 'relative', label: t('kinds.relative') }, { value: 'client', label: t('kinds.client') }]} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('name')} value={draft.name} onChange={(e) => set({ name: e.currentTarget.value })} required={draft.kind === 'relative'} />
            {draft.kind === 'relative' && (
              <>
                <TextInput label={t('relation')} value={draft.relation} onChange={(e) => set({ relation: e.currentTarget.value })} />
                <TextInput label={t('consentBy')} value={draft.consentBy} onChange={(e) => set({ consentBy: e.currentTarget.value })} required />
                <Select label={t('consentHow')} value={draft.consentHow} allowDeselect={false}
                  data={HOW.map((h) => ({ value: h, label: t(`how.${h}`) }))} onChange={(v) => v && set({ consentHow: v })} />
                <DateField label={t('consentAt')} value={draft.consentAt} onChange={(consentAt) => set({ consentAt })} required />
                <DateField label={t('consentUntil')} value={draft.consentUntil} onChange={(consentUntil) => set({ consentUntil })} />
              </>
            )}
          </SimpleGrid>
          {[give, newCode, end].map((m, i) => m.error ? <ApiErrorAlert key={i} error={m.error} /> : null)}
          <Group><Button type="submit" loading={give.isPending}>{t('give')}</Button></Group>
        </Stack>
      </form>
    </Card>
  );
}
