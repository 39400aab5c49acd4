import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { localDate } from '../../../lib/format.ts';
import { useChangeOrder, useEndOrder, type Order } from '../api/care.ts';
import { AreaHoursInput, hoursOf, type AreaHoursDraft } from './AreaHoursInput.tsx';

/** Change an order's hours, or end it on a last day. */
export function OrderChange({
  clientId,
  order,
  onDone,
}: {
  clientId: string;
  order: Order;
  onDone: () => void;
}) {
  const { t } = useTranslation('clients');
  const [hours, setHours] = useState<AreaHoursDraft>(order.hoursPerMonth);
  const [lastDay, setLastDay] = useState(order.to ?? localDate(new Date()));
  const change = useChangeOrder(clientId);
  const end = useEndOrder(clientId);
  const submitChange = (e: FormEvent) => {
    e.preventDefault();
    change.mutate({ id: order.id, body: { hoursPerMonth: hoursOf(hours) } }, { onSuccess: onDone });
  };
  return (
    <Paper withBorder p="md" mb="md">
      <Stack>
        <form onSubmit={submitChange} noValidate aria-label={t('changeOrder')}>
          <Stack>
            <Title order={3} size="h4">
              {t('changeOrder')}
            </Title>
            <AreaHoursInput
              value={hours}
              onChange={setHours}
              only={Object.keys(order.hoursPerMonth)}
            />
            <FormActions
              error={change.error}
              pending={change.isPending}
              submitLabel={t('saveChange')}
              onCancel={onDone}
            />
          </Stack>
        </form>
        <Group align="flex-end">
          <DateField label={t('endOn')} required value={lastDay} onChange={setLastDay} />
          <Button
            color="red"
            variant="outline"
            loading={end.isPending}
            disabled={!lastDay}
            onClick={() =>
              end.mutate({ id: order.id, body: { to: lastDay } }, { onSuccess: onDone })
            }
          >
            {t('confirmEnd')}
          </Button>
        </Group>
        <ApiErrorAlert error={end.error} />
      </Stack>
    </Paper>
  );
}
