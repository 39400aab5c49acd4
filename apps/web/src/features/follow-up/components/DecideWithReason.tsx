import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';

/** Approve or reject with a reason (required to reject), as both reviews and deviations take it. */
export function DecideWithReason({
  label,
  onDecide,
  mutation,
}: {
  /** Names what is decided, for the reason field's label. */
  label: string;
  onDecide: (decision: 'approved' | 'rejected', reason: string) => void;
  mutation: Pick<UseMutationResult<unknown, unknown, never>, 'isPending' | 'error'>;
}) {
  const { t } = useTranslation('followUp');
  const [reason, setReason] = useState('');
  return (
    <Stack gap="xs">
      <TextInput
        label={`${t('reason')} – ${label}`}
        description={t('reasonHint')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <ApiErrorAlert error={mutation.error} />
      <Group>
        <Button onClick={() => onDecide('approved', reason.trim())} loading={mutation.isPending}>
          {t('approve')}
        </Button>
        <Button
          color="red"
          variant="outline"
          onClick={() => onDecide('rejected', reason.trim())}
          disabled={!reason.trim()}
          loading={mutation.isPending}
        >
          {t('reject')}
        </Button>
      </Group>
    </Stack>
  );
}
