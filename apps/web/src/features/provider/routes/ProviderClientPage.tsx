import { Anchor, Group, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { useMe } from '../../../lib/session/session.ts';
import { providerClientQuery } from '../api/orders.ts';
import { ClientDetailsForm } from '../components/ClientDetailsForm.tsx';
import { LocationForm } from '../components/LocationForm.tsx';
import { PlanEditor } from '../components/PlanEditor.tsx';
import { ProviderDialogue } from '../components/ProviderDialogue.tsx';

const TABS = ['plan', 'details', 'location', 'dialogue'] as const;
type Tab = (typeof TABS)[number];

/** One client as the provider manager works with her: the plan, contact person, place, dialogue. */
export function ProviderClientPage() {
  const { t } = useTranslation('provider');
  const { clientId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('flik') ?? '')
    ? (params.get('flik') as Tab)
    : 'plan';
  const client = useQuery(providerClientQuery(clientId));
  const providerId = useMe()?.providerId ?? '';
  const [saved, setSaved] = useState<Tab | null>(null);
  return (
    <QueryState query={client}>
      {(c) => (
        <>
          <Anchor component={Link} to="/bestallningar" size="sm">
            ← {t('orders.title')}
          </Anchor>
          <PageTitle>{c.name}</PageTitle>
          <Group gap="xl" mb="md">
            <Text>
              <Text span fw={600}>
                {t('location.address')}:
              </Text>{' '}
              {c.address ?? '–'}
            </Text>
          </Group>
          <Tabs
            value={tab}
            onChange={(v) => {
              setSaved(null);
              setParams(v && v !== 'plan' ? { flik: v } : {}, { replace: true });
            }}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              {TABS.map((k) => (
                <Tabs.Tab key={k} value={k}>
                  {t(`clients.tabs.${k}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="plan">
              <PlanEditor clientId={c.id} providerId={providerId} />
            </Tabs.Panel>
            <Tabs.Panel value="details">
              {/* Keyed by what is saved: after saving, the form starts again from the server's values. */}
              <ClientDetailsForm
                key={`${c.contactPersonStaffId ?? ''}:${c.lifeStory ?? ''}`}
                client={c}
                providerId={providerId}
                saved={saved === 'details'}
                onSaved={() => setSaved('details')}
              />
            </Tabs.Panel>
            <Tabs.Panel value="location">
              <LocationForm
                key={`${c.latitude}:${c.longitude}`}
                client={c}
                saved={saved === 'location'}
                onSaved={() => setSaved('location')}
              />
            </Tabs.Panel>
            <Tabs.Panel value="dialogue">
              <ProviderDialogue clientId={c.id} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </QueryState>
  );
}
