import { Fieldset, Group, Textarea, TextInput } from '@mantine/core';
import { parsePhoneNumber } from '@hemma/domain/ids';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api/api-error.ts';

/** What the case officer records beside name and address, as typed. */
export interface ClientDetailsDraft {
  phone: string;
  email: string;
  nextOfKinName: string;
  nextOfKinPhone: string;
  wishes: string;
}

export const NO_DETAILS: ClientDetailsDraft = {
  phone: '',
  email: '',
  nextOfKinName: '',
  nextOfKinPhone: '',
  wishes: '',
};

/** The draft as the API takes it: a blank field is no value (null). */
export function detailsBody(d: ClientDetailsDraft): { [K in keyof ClientDetailsDraft]: string | null } {
  const v = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    phone: v(d.phone),
    email: v(d.email),
    nextOfKinName: v(d.nextOfKinName),
    nextOfKinPhone: v(d.nextOfKinPhone),
    wishes: v(d.wishes),
  };
}

/** A client as the API gives her, back into a draft. */
export function detailsDraft(c: { [K in keyof ClientDetailsDraft]: string | null }): ClientDetailsDraft {
  return {
    phone: c.phone ?? '',
    email: c.email ?? '',
    nextOfKinName: c.nextOfKinName ?? '',
    nextOfKinPhone: c.nextOfKinPhone ?? '',
    wishes: c.wishes ?? '',
  };
}

/** The domain's telephone rule as typed (the server checks again); blank is fine. */
export function phoneProblem(value: string): boolean {
  return value.trim() !== '' && !parsePhoneNumber(value).ok;
}

/** True when the form may be sent: every telephone number given reads as one. */
export function detailsValid(d: ClientDetailsDraft): boolean {
  return !phoneProblem(d.phone) && !phoneProblem(d.nextOfKinPhone);
}

/**
 * Contact details, next of kin and the client's own wishes. A telephone number is checked as it
 * is typed; an e-mail address by the server, whose refusal is shown at the field it names.
 */
export function ClientDetailsFields({
  value,
  onChange,
  error,
}: {
  value: ClientDetailsDraft;
  onChange: (next: ClientDetailsDraft) => void;
  error: unknown;
}) {
  const { t } = useTranslation('clients');
  const serverField = error instanceof ApiError ? error.field : undefined;
  const set = (field: keyof ClientDetailsDraft) => (v: string) => onChange({ ...value, [field]: v });
  const phoneError = (field: 'phone' | 'nextOfKinPhone') =>
    phoneProblem(value[field]) || serverField === field ? t('phoneInvalid') : undefined;
  return (
    <>
      <Fieldset legend={t('contactDetails')}>
        <Group grow align="flex-start">
          <TextInput
            label={t('phone')}
            type="tel"
            value={value.phone}
            onChange={(e) => set('phone')(e.currentTarget.value)}
            error={phoneError('phone')}
            autoComplete="off"
          />
          <TextInput
            label={t('email')}
            type="email"
            value={value.email}
            onChange={(e) => set('email')(e.currentTarget.value)}
            error={serverField === 'email' ? t('emailInvalid') : undefined}
            autoComplete="off"
          />
        </Group>
        <Group grow align="flex-start" mt="sm">
          <TextInput
            label={t('nextOfKinName')}
            description={t('nextOfKinHint')}
            value={value.nextOfKinName}
            onChange={(e) => set('nextOfKinName')(e.currentTarget.value)}
            autoComplete="off"
          />
          <TextInput
            label={t('nextOfKinPhone')}
            description={t('phoneHint')}
            type="tel"
            value={value.nextOfKinPhone}
            onChange={(e) => set('nextOfKinPhone')(e.currentTarget.value)}
            error={phoneError('nextOfKinPhone')}
            autoComplete="off"
          />
        </Group>
      </Fieldset>
      <Textarea
        label={t('wishes')}
        description={t('wishesHint')}
        value={value.wishes}
        onChange={(e) => set('wishes')(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={4000}
      />
    </>
  );
}
