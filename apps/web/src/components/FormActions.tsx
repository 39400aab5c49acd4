import { Button, Group, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';

/**
 * The foot of a form that can be left without saving: the API's refusal, if any, above the
 * submit button and a cancel button, so every such form reads and answers the same way.
 */
export function FormActions({
  error,
  pending,
  disabled,
  submitLabel,
  onCancel,
  mt,
}: {
  error: unknown;
  pending: boolean;
  disabled?: boolean;
  submitLabel: ReactNode;
  onCancel: () => void;
  mt?: MantineSpacing;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ApiErrorAlert error={error} />
      <Group mt={mt}>
        <Button type="submit" loading={pending} disabled={disabled}>
          {submitLabel}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </Group>
    </>
  );
}
