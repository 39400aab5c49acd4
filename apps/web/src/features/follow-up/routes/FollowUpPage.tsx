import { Tabs, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { clientsQuery, providersQuery } from '../../../lib/api/directory.ts';
import { currentMonth } from '../../../lib/format.ts';
import { DeviationDecisions } from '../components/DeviationDecisions.tsx';
import { DistrictView } from '../components/DistrictView.tsx';
import { ExcessReview } from '../components/ExcessReview.tsx';

const TABS = ['excess', 'deviations', 'district'] as const;

/** The month just closed by default: that is the month whose excess and deviations wait. */
function previousMonth(now: Date): string {
  const [y, m] = currentMonth(now).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Follow-up of the district: excess to review, deviations to decide, ordered vs performed. */
export function FollowUpPage() {
  const { t } = useTranslation('followUp');
  const [params, setParams] = useSearchParams();
  const month = params.get('manad') ?? previousMonth(new Date());
  const tab = (TABS as readonly string[]).includes(params.get('flik') ?? '')
    ? params.get('flik')!
    : 'excess';
  const providers = useQuery(providersQuery).data?.providers ?? [];
  const clients = useQuery(clientsQuery).data?.clients ?? [];
  const providerName = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name ?? id;
  const set = (next: { manad?: string; flik?: string }) =>
    setParams({ manad: next.manad ?? month, flik: next.flik ?? tab }, { replace: true });
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <TextInput
        type="month"
        label={t('month')}
        value={month}
        onChange={(e) => e.currentTarget.value && set({ manad: e.currentTarget.value })}
        maw={220}
        mb="md"
      />
      <Tabs value={tab} onChange={(v) => v && set({ flik: v })} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="excess">
          <ExcessReview month={month} providerName={providerName} />
        </Tabs.Panel>
        <Tabs.Panel value="deviations">
          <DeviationDecisions month={month} clientName={clientName} providerName={providerName} />
        </Tabs.Panel>
        <Tabs.Panel value="district">
          <DistrictView month={month} providerName={providerName} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
