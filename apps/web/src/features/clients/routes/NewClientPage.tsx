import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { hasDraft, useDraft } from '../../../lib/drafts.ts';
import { useMe } from '../../../lib/session/session.ts';
import { districtsQuery, useCreateClient } from '../api/clients.ts';
import {
  ClientDetailsFields,
  detailsBody,
  detailsValid,
  NO_DETAILS,
} from '../components/ClientDetailsFields.tsx';
import { checkPersonalNumber } from '../components/personal-number-check.ts';
import { useState } from 'react';

const DRAFT = 'client-new';

/**
 * Register a client: the personal number and telephone numbers are checked as they are typed;
 * the district is the officer's own; contact details, next of kin and her own wishes beside.
 */
export function NewClientPage() {
  const { t } = useTranslation('clients');
  const me = useMe();
  const navigate = useNavigate();
  const [restored] = useState(() => hasDraft(DRAFT));
  const [form, setForm, clearDraft] = useDraft(DRAFT, {
    personalNumber: '',
    name: '',
    address: '',
    districtId: me?.districtId ?? '',
    details: NO_DETAILS,
  });
  // A case officer registers clients of her own district (the API refuses others); admin chooses.
  const districts = (useQuery(districtsQuery).data?.districts ?? []).filter(
    (d) => me?.role !== 'case_officer' || d.id === me.districtId,
  );
  const create = useCreateClient();
  const pn = checkPersonalNumber(form.personalNumber, new Date());
  const pnError =
    pn.kind === 'format' || pn.kind === 'date' || pn.kind === 'checksum'
      ? t(pn.kind === 'format' ? 'pnFormat' : pn.kind === 'date' ? 'pnDate' : 'pnChecksum')
      : undefined;
  const set = (field: 'personalNumber' | 'name' | 'address' | 'districtId') => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        personalNumber: form.personalNumber.trim(),
        name: form.name.trim(),
        address: form.address.trim() || null,
        ...(form.districtId ? { districtId: form.districtId } : {}),
        ...detailsBody(form.details),
      },
      {
        onSuccess: (client) => {
          clearDraft();
          void navigate(`/klienter/${encodeURIComponent(client.id)}`);
        },
      },
    );
  };

  return (
    <>
      <PageTitle>{t('newTitle')}</PageTitle>
      <form onSubmit={submit} noValidate>
        <Stack maw={640}>
          {restored && (
            <Alert color="blue" role="status">
              {t('common:draftRestored')}
            </Alert>
          )}
          <TextInput
            label={t('personalNumber')}
            description={t('personalNumberHint')}
            required
            value={form.personalNumber}
            onChange={(e) => set('personalNumber')(e.currentTarget.value)}
            error={pnError}
            inputMode="numeric"
            autoComplete="off"
          />
          {pn.kind === 'valid' && (
            <Alert color="teal" variant="outline" role="status" py={6}>
              {t('pnValid')}: {pn.canonical}
            </Alert>
          )}
          <TextInput
            label={t('name')}
            required
            value={form.name}
            onChange={(e) => set('name')(e.currentTarget.value)}
            autoComplete="off"
          />
          <TextInput
            label={t('address')}
            value={form.address}
            onChange={(e) => set('address')(e.currentTarget.value)}
            autoComplete="off"
          />
          <Select
            label={t('district')}
            data={districts.map((d) => ({ value: d.id, label: d.name }))}
            value={form.districtId || null}
            onChange={(v) => set('districtId')(v ?? '')}
            allowDeselect={false}
            required
            disabled={me?.role === 'case_officer'}
            description={me?.role === 'case_officer' ? t('ownDistrict') : undefined}
          />
          <ClientDetailsFields
            value={form.details}
            onChange={(details) => setForm((f) => ({ ...f, details }))}
            error={create.error}
          />
          <ApiErrorAlert error={create.error} />
          <Group>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={
                pn.kind !== 'valid' || !form.name.trim() || !form.districtId || !detailsValid(form.details)
              }
            >
              {t('save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
