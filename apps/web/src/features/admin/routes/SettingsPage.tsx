import { Alert, Button, Card, Group, Radio, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { localDate } from '../../../lib/format.ts';
import { municipalityQuery, useBands, usePatchMunicipality, type Municipality } from '../api/settings.ts';
import { BandWeekCard } from '../components/BandWeek.tsx';
import { ChangePreviewCard } from '../components/ChangePreview.tsx';
import { NewRateForm } from '../components/NewRateForm.tsx';
import { RateHistory } from '../components/RateHistory.tsx';
import { firstOfNextMonth } from '../components/rate-text.ts';

function PaymentModel({ municipality }: { municipality: Municipality }) {
  const { t } = useTranslation('admin');
  const [model, setModel] = useState(municipality.model);
  const patch = usePatchMunicipality();
  return (
    <Card withBorder component="section" aria-labelledby="payment-model">
      <Title order={2} size="h4" id="payment-model" mb="xs">
        {t('settings.model')}
      </Title>
      <Radio.Group value={model} onChange={(v) => setModel(v)} aria-labelledby="payment-model">
        <Group>
          {(['performed_time', 'granted_time'] as const).map((m) => (
            <Radio key={m} value={m} label={t(`common:paymentModels.${m}`)} />
          ))}
        </Group>
      </Radio.Group>
      <ApiErrorAlert error={patch.error} />
      {patch.isSuccess && (
        <Alert color="teal" variant="light" mt="xs" role="status">
          {t('settings.modelSaved')}
        </Alert>
      )}
      <Button mt="sm" variant="default" disabled={model === municipality.model} loading={patch.isPending} onClick={() => patch.mutate({ model })}>
        {t('common:save')}
      </Button>
    </Card>
  );
}

/** The municipality's settings: payment model, bands over a week, rules and rates with history and preview. */
export function SettingsPage() {
  const { t } = useTranslation('admin');
  const municipality = useQuery(municipalityQuery);
  const bands = useBands().data?.bands ?? [];
  const [previewDate, setPreviewDate] = useState(() => firstOfNextMonth(localDate(new Date())));
  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <Stack>
        <QueryState query={municipality}>{(m) => <PaymentModel municipality={m} />}</QueryState>
        <BandWeekCard />
        <RateHistory />
        <NewRateForm bands={bands.map((b) => b.id)} initialFrom={previewDate} onSaved={setPreviewDate} />
        <ChangePreviewCard date={previewDate} onDate={setPreviewDate} />
      </Stack>
    </>
  );
}
