import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { formatDate, formatMinutes, formatMonth } from '../../../lib/format.ts';
import { providerOrdersQuery, staffQuery, type Order } from '../api/orders.ts';
import { orderPlansQuery, useSavePlan, type Plan } from '../api/plans.ts';
import { OrderSummary } from './OrderSummary.tsx';
import { VisitFields, type VisitDraft, type Weekday } from './VisitFields.tsx';

const AGREED_HOW = ['in_person', 'phone', 'video', 'relative', 'representative'] as const;
type AgreedHow = (typeof AGREED_HOW)[number];

interface PlanDraft {
  validFrom: string;
  validTo: string;
  notes: string;
  agreedAt: string;
  agreedHow: AgreedHow | '';
  visits: VisitDraft[];
}

const isAgreedHow = (v: string | null): v is AgreedHow =>
  (AGREED_HOW as readonly (string | null)[]).includes(v);

function draftOf(order: Order, plan: Plan | undefined): PlanDraft {
  return {
    validFrom: plan?.validFrom ?? order.from,
    validTo: plan?.validTo ?? '',
    notes: plan?.notes ?? '',
    agreedAt: plan?.agreedAt ?? '',
    agreedHow: plan?.agreedHow ?? '',
    visits: (plan?.visits ?? []).map((v): VisitDraft => ({
      weekdays: v.weekdays as Weekday[],
      windowFrom: v.windowFrom,
      windowTo: v.windowTo,
      durationMinutes: v.durationMinutes,
      areas: v.areas,
      staffCount: v.staffCount === 2 ? 2 : 1,
      preferredStaffId: v.preferredStaffId,
    })),
  };
}

function OrderPlanForm({
  order,
  plan,
  providerId,
}: {
  order: Order;
  plan: Plan | undefined;
  providerId: string;
}) {
  const { t } = useTranslation('provider');
  const staff = useQuery(staffQuery(providerId)).data?.staff ?? [];
  const areas = Object.keys(order.hoursPerMonth);
  const [draft, setDraft, clear] = useDraft(
    `plan:${order.id}:${plan?.id ?? 'new'}`,
    draftOf(order, plan),
  );
  const save = useSavePlan(order.id);
  const newVisit = (): VisitDraft => ({
    weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    windowFrom: '08:00',
    windowTo: '09:00',
    durationMinutes: 30,
    areas: areas.slice(0, 1),
    staffCount: 1,
    preferredStaffId: null,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        planId: plan?.id ?? null,
        body: {
          validFrom: draft.validFrom,
          validTo: draft.validTo || null,
          notes: draft.notes,
          agreedAt: draft.agreedAt || null,
          agreedHow: draft.agreedHow || null,
          visits: draft.visits.map((v) => ({ ...v, areas: v.areas as never })),
        },
      },
      { onSuccess: clear },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('plan.heading')}>
      <Stack>
        {plan && plan.warnings.length > 0 && (
          <Alert color="yellow" role="status">
            <Text fw={700} size="sm">
              {t('plan.exceedsTitle')}
            </Text>
            <List size="sm">
              {plan.warnings.slice(0, 3).map((w) => (
                <List.Item key={w.month}>
                  {t('plan.exceedsLine', {
                    month: formatMonth(w.month),
                    planned: formatMinutes(w.plannedMinutes),
                    ordered: formatMinutes(w.orderedMinutes),
                  })}
                </List.Item>
              ))}
              {plan.warnings.length > 3 && (
                <List.Item>{t('plan.exceedsMore', { count: plan.warnings.length - 3 })}</List.Item>
              )}
            </List>
            <Text size="sm" mt="xs">
              {t('plan.exceedsNote')}
            </Text>
          </Alert>
        )}
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('plan.validFrom')}
            value={draft.validFrom}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setDraft((d) => ({ ...d, validFrom: v }));
            }}
          />
          <TextInput
            type="date"
            label={t('plan.validTo')}
            value={draft.validTo}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setDraft((d) => ({ ...d, validTo: v }));
            }}
          />
        </Group>
        <Textarea
          label={t('plan.notes')}
          autosize
          minRows={3}
          value={draft.notes}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setDraft((d) => ({ ...d, notes: v }));
          }}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('plan.agreedAt')}
            value={draft.agreedAt}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setDraft((d) => ({ ...d, agreedAt: v }));
            }}
          />
          <Select
            label={t('plan.agreedHow')}
            data={AGREED_HOW.map((h) => ({ value: h, label: t(`plan.agreedHowOptions.${h}`) }))}
            value={draft.agreedHow || null}
            onChange={(v) => setDraft((d) => ({ ...d, agreedHow: isAgreedHow(v) ? v : '' }))}
            clearable
          />
        </Group>
        <Title order={3} size="h4">
          {t('plan.visits')}
        </Title>
        {draft.visits.map((v, i) => (
          <VisitFields
            key={i}
            n={i + 1}
            visit={v}
            areas={areas}
            doubleStaffing={order.doubleStaffing}
            staff={staff}
            onChange={(next) =>
              setDraft((d) => ({ ...d, visits: d.visits.map((x, j) => (j === i ? next : x)) }))
            }
            onRemove={() => setDraft((d) => ({ ...d, visits: d.visits.filter((_, j) => j !== i) }))}
          />
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() => setDraft((d) => ({ ...d, visits: [...d.visits, newVisit()] }))}
          >
            {t('plan.addVisit')}
          </Button>
        </Group>
        <ApiErrorAlert error={save.error} />
        {save.isSuccess && (
          <Text role="status" c="teal.9">
            {t('plan.saved')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('plan.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function OrderPlan({ order, providerId }: { order: Order; providerId: string }) {
  const { t } = useTranslation('provider');
  const plans = useQuery(orderPlansQuery(order.id));
  const to = order.to ? formatDate(order.to) : t('orders.untilFurther');
  return (
    <Card
      withBorder
      component="section"
      aria-label={t('plan.forOrder', { from: formatDate(order.from), to })}
    >
      <Title order={2} size="h3" mb="xs">
        {t('plan.forOrder', { from: formatDate(order.from), to })}
      </Title>
      <OrderSummary order={order} />
      <QueryState query={plans}>
        {(p) => {
          const plan = p.plans.at(-1);
          return (
            <Stack mt="md">
              {!plan && <EmptyState>{t('plan.none')}</EmptyState>}
              <OrderPlanForm
                key={plan?.id ?? 'new'}
                order={order}
                plan={plan}
                providerId={providerId}
              />
            </Stack>
          );
        }}
      </QueryState>
    </Card>
  );
}

/** The plan editor: one plan per accepted order of the client with this provider. */
export function PlanEditor({ clientId, providerId }: { clientId: string; providerId: string }) {
  const { t } = useTranslation('provider');
  const orders = useQuery(providerOrdersQuery);
  return (
    <QueryState query={orders}>
      {(o) => {
        const mine = o.orders.filter((x) => x.clientId === clientId && x.status === 'accepted');
        if (mine.length === 0) return <EmptyState>{t('plan.noAccepted')}</EmptyState>;
        return (
          <Stack>
            {mine.map((order) => (
              <OrderPlan key={order.id} order={order} providerId={providerId} />
            ))}
          </Stack>
        );
      }}
    </QueryState>
  );
}
