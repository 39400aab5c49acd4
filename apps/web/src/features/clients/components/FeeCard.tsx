import { Anchor, Card, Divider, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState.tsx';
import { currentMonth, formatMinutes, formatMoney, formatMonth } from '../../../lib/format.ts';
import { clientFeeQuery, feeDecisionUrl } from '../api/fee.ts';

/** `YYYY-MM` of the month before. */
function monthBefore(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function MonthFee({ clientId, month }: { clientId: string; month: string }) {
  const { t } = useTranslation('clients');
  const fee = useQuery(clientFeeQuery(clientId, month));
  const name = formatMonth(month);
  return (
    <section aria-label={t('feeOf', { month: name })}>
      <Text size="sm" fw={600}>
        {t('feeOf', { month: name })}
      </Text>
      <QueryState query={fee}>
        {(f) =>
          f.fee === null ? (
            <Text size="sm">{t('noFee')}</Text>
          ) : (
            <Stack gap={2}>
              <Text size="lg" fw={700}>
                {formatMoney(f.fee.feeOre)}
              </Text>
              <Text size="sm">
                {t(`feeBinding.${f.fee.binding}`)} · {t('feeBasis')}:{' '}
                {formatMinutes(f.fee.basisMinutes)}
              </Text>
              <Anchor href={feeDecisionUrl(clientId, month)} download size="sm">
                {t('feeDecisionPdf', { month: name })}
              </Anchor>
            </Stack>
          )
        }
      </QueryState>
    </section>
  );
}

/**
 * The fee, read-only: this month's (still growing while visits are registered) and last month's,
 * each the fee engine's figure, the one finance bills and the client sees, with its fee decision.
 * The income behind it stays with finance.
 */
export function FeeCard({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const [month] = useState(() => currentMonth(new Date()));
  return (
    <Card withBorder component="section" aria-labelledby="fee-heading" mb="md">
      <Title order={2} size="h3" id="fee-heading" mb="xs">
        {t('fee')}
      </Title>
      <Stack gap="sm">
        <MonthFee clientId={clientId} month={month} />
        <Divider />
        <MonthFee clientId={clientId} month={monthBefore(month)} />
      </Stack>
    </Card>
  );
}
