import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatHours } from '../../../lib/format.ts';
import type { Order } from '../api/orders.ts';

/** An order as the provider reads it: period, hours per area, double staffing. */
export function OrderSummary({ order }: { order: Order }) {
  const { t } = useTranslation('provider');
  return (
    <>
      <Text size="sm">
        <Text span fw={600}>
          {t('orders.period')}:
        </Text>{' '}
        {formatDate(order.from)} – {order.to ? formatDate(order.to) : t('orders.untilFurther')}
      </Text>
      <Text size="sm">
        <Text span fw={600}>
          {t('orders.hours')}:
        </Text>{' '}
        {Object.entries(order.hoursPerMonth)
          .map(([area, hours]) =>
            t('orders.hoursLine', {
              area: t(`common:areas.${area}`, { defaultValue: area }),
              hours: formatHours(hours),
            }),
          )
          .join(', ')}
        {order.doubleStaffing ? ` · ${t('orders.doubleStaffing')}` : ''}
      </Text>
    </>
  );
}
