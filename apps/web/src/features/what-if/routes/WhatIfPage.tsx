import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { currentMonth, formatMoney } from '../../../lib/format.ts';
import {
  whatIfParams,
  whatIfQuery,
  whatIfXlsxUrl,
  type WhatIf,
  type WhatIfInput,
} from '../api/what-if.ts';
import { ComparisonTable } from '../components/ComparisonTable.tsx';
import { DifferenceChart } from '../components/DifferenceChart.tsx';
import { WhatIfForm } from '../components/WhatIfForm.tsx';

const KEYS = ['from', 'to', 'cap', 'declined', 'rates', 'model', 'feeBasis', 'feeTariff'] as const;
const CLIENTS_SHOWN = 25;

function lastMonth(): string {
  const [y, m] = currentMonth(new Date()).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function Result({ data }: { data: WhatIf }) {
  const { t } = useTranslation('whatIf');
  const [allClients, setAllClients] = useState(false);
  const districtName = new Map(data.districts.map((d) => [d.district, d.name]));
  const clients = [...data.clients].sort(
    (a, b) => Math.abs(b.differenceOre) - Math.abs(a.differenceOre),
  );
  return (
    <Stack mt="lg">
      <ComparisonTable
        caption={t('totals')}
        first=""
        rows={[
          { key: 'statements', label: t('statements'), ...data.statements },
          { key: 'fees', label: t('fees'), ...data.fees },
        ]}
      />
      <Title order={2} size="h3">
        {t('byProvider')}
      </Title>
      <DifferenceChart
        bars={data.providers.map((p) => ({
          label: p.name,
          realOre: p.realOre,
          changedOre: p.changedOre,
        }))}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <div>
          <ComparisonTable
            caption={t('byProvider')}
            first={t('provider')}
            rows={data.providers.map((p) => ({ key: p.provider, label: p.name, ...p }))}
          />
        </div>
        <div>
          <ComparisonTable
            caption={t('byDistrict')}
            first={t('district')}
            rows={data.districts.map((d) => ({ key: d.district, label: d.name, ...d }))}
          />
        </div>
      </SimpleGrid>
      <ComparisonTable
        caption={t('byClient')}
        first={t('client')}
        extraHead={t('fee')}
        rows={(allClients ? clients : clients.slice(0, CLIENTS_SHOWN)).map((c) => ({
          key: c.client,
          label: `${c.name} (${districtName.get(c.district) ?? c.district})`,
          ...c,
          extra: formatMoney(c.fee.differenceOre),
        }))}
      />
      {!allClients && clients.length > CLIENTS_SHOWN && (
        <Group>
          <Button variant="default" onClick={() => setAllClients(true)}>
            {t('showClients', { count: clients.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** What if (konsekvensanalys): the real months beside the same months under changed rules. */
export function WhatIfPage() {
  const { t } = useTranslation('whatIf');
  const [params, setParams] = useSearchParams();
  const input = Object.fromEntries(
    KEYS.map((k) => [k, params.get(k) ?? '']),
  ) as unknown as WhatIfInput;
  const asked = input.from !== '';
  const query = useQuery({ ...whatIfQuery(input), enabled: asked });
  return (
    <>
      <PageTitle
        actions={
          asked && query.data ? (
            <Button component="a" href={whatIfXlsxUrl(input)} variant="default" download>
              {t('export')}
            </Button>
          ) : undefined
        }
      >
        {t('title')}
      </PageTitle>
      <Text mb="md" maw={760}>
        {t('intro')}
      </Text>
      <WhatIfForm
        month={input.from || lastMonth()}
        onCompare={(next) => setParams(whatIfParams(next), { replace: true })}
      />
      {asked ? (
        <QueryState query={query}>{(data) => <Result data={data} />}</QueryState>
      ) : (
        <Text mt="lg">{t('start')}</Text>
      )}
    </>
  );
}
