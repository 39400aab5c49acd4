import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentMonth } from '../../../lib/format.ts';

/** The month a screen shows, kept in the address (`?manad=`) so a link or reload keeps it. */
export function useMonthParam(): [string, (month: string) => void] {
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('manad') ?? '')
    ? params.get('manad')!
    : currentMonth(new Date());
  const set = (m: string) => {
    if (!/^\d{4}-\d{2}$/.test(m)) return;
    const next = new URLSearchParams(params);
    next.set('manad', m);
    setParams(next, { replace: true });
  };
  return [month, set];
}

export function MonthPicker({ month, onChange }: { month: string; onChange: (m: string) => void }) {
  const { t } = useTranslation('provider');
  return (
    <TextInput
      type="month"
      label={t('month')}
      value={month}
      onChange={(e) => onChange(e.currentTarget.value)}
      w={200}
      mb="md"
    />
  );
}
