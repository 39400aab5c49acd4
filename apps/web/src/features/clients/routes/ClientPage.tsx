import { Anchor, Card, Grid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { clientQuery } from '../api/clients.ts';
import { ClientDetailsCard } from '../components/ClientDetailsCard.tsx';
import { FeeCard } from '../components/FeeCard.tsx';
import { CareSection } from '../components/CareSection.tsx';
import { DialogueSection } from '../components/DialogueSection.tsx';
import { PlanSection } from '../components/PlanSection.tsx';
import { VisitsSection } from '../components/VisitsSection.tsx';
import { ClientAccessPanel } from '../components/ClientAccessPanel.tsx';

const TABS = ['care', 'plan', 'visits', 'dialogue', 'lifeStory'] as const;
type Tab = (typeof TABS)[number];

/**
 * One client: her record and this month's fee, then decisions and orders, the plan, the month's
 * visits, the dialogue, the life story.
 */
export function ClientPage() {
  const { t } = useTranslation('clients');
  const { clientId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('flik') ?? '')
    ? (params.get('flik') as Tab)
    : 'care';
  const client = useQuery(clientQuery(clientId));
  return (
    <QueryState query={client}>
      {(c) => (
        <>
          <Anchor component={Link} to="/klienter" size="sm">
            ← {t('title')}
          </Anchor>
          <PageTitle>{c.name}</PageTitle>
          <Grid mb="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <ClientDetailsCard client={c} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <FeeCard clientId={c.id} />
            </Grid.Col>
          </Grid>
          <Tabs
            value={tab}
            onChange={(v) => setParams(v && v !== 'care' ? { flik: v } : {}, { replace: true })}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              {TABS.map((k) => (
                <Tabs.Tab key={k} value={k}>
                  {t(`tabs.${k}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="care">
              <CareSection clientId={c.id} />
            </Tabs.Panel>
            <Tabs.Panel value="plan">
              <PlanSection clientId={c.id} />
            </Tabs.Panel>
            <Tabs.Panel value="visits">
              <VisitsSection clientId={c.id} />
            </Tabs.Panel>
            <Tabs.Panel value="dialogue">
              <DialogueSection clientId={c.id} />
            </Tabs.Panel>
            <Tabs.Panel value="lifeStory">
              <Card withBorder>
                <Stack>
                  <Title order={2} size="h3">
                    {t('lifeStory')}
                  </Title>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{c.lifeStory || t('noLifeStory')}</Text>
                  <Text>
                    <Text span fw={600}>
                      {t('contactPerson')}:
                    </Text>{' '}
                    {c.contactPersonStaffId ?? '–'}
                  </Text>
                </Stack>
              </Card>
            </Tabs.Panel>
          </Tabs>
          <ClientAccessPanel clientId={c.id} clientName={c.name} />
        </>
      )}
    </QueryState>
  );
}
