import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState.tsx';
import { currentMonth, formatMinutes, formatMoney, formatMonth } from '../../../lib/format.ts';
import { clientFeeQuery, feeDecisionUrl } from '../api/fee.ts';

/**
 * This month's fee, read-only: the fee engine's figure (the one finance bills and the client
 * sees), what set it, and the fee decision to open. The income behind it stays with finance.
 */
export function FeeCard({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const [month] = useState(() => currentMonth(new Date()));
  const fee = useQuery(clientFeeQuery(clientId, month));
  return (
    <Card withBorder component="section" aria-labelledby="fee-heading" mb="md">
      <Title order={2} size="h3" id="fee-heading" mb="xs">
        {t('feeOf', { month: formatMonth(month) })}
      </Title>
      <QueryState query={fee}>
        {(f) =>
          f.fee === null ? (
            <Text size="sm">{t('noFee')}</Text>
          ) : (
            <Group justify="space-between" align="flex-end">
              <Stack gap={2}>
                <Text size="xl" fw={700}>
                  {formatMoney(f.fee.feeOre)}
                </Text>
                <Text size="sm">
                  {t(`feeBinding.${f.fee.binding}`)} · {t('feeBasis')}:{' '}
                  {formatMinutes(f.fee.basisMinutes)}
                </Text>
              </Stack>
              <Anchor href={feeDecisionUrl(clientId, month)} download>
                {t('feeDecisionPdf')}
              </Anchor>
            </Group>
          )
        }
      </QueryState>
    </Card>
  );
}
