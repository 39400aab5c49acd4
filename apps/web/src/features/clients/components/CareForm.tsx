import { Checkbox, Paper, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/FormActions.tsx';

/**
 * The frame of a case officer's form on the client page. `send` hands the body to the API and
 * calls back on success; only then is the draft forgotten and the form closed, so a refused
 * form keeps what the officer wrote.
 */
export function CareForm({
  label,
  submitLabel,
  send,
  pending,
  error,
  disabled,
  clear,
  onDone,
  children,
}: {
  label: string;
  submitLabel: string;
  send: (onSuccess: () => void) => void;
  pending: boolean;
  error: unknown;
  disabled: boolean;
  clear: () => void;
  onDone: () => void;
  children: ReactNode;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send(() => {
      clear();
      onDone();
    });
  };
  return (
    <Paper
      withBorder
      p="md"
      mb="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={label}
    >
      <Stack>
        {children}
        <FormActions
          error={error}
          pending={pending}
          disabled={disabled}
          submitLabel={submitLabel}
          onCancel={onDone}
        />
      </Stack>
    </Paper>
  );
}

/** Two staff at every visit: granted in the decision, and ordered only where it was granted. */
export function DoubleStaffingCheckbox({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation('clients');
  return (
    <Checkbox
      label={t('doubleStaffing')}
      checked={checked}
      onChange={(e) => onChange(e.currentTarget.checked)}
    />
  );
}
