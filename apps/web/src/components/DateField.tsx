import '@mantine/dates/styles.css';
import 'dayjs/locale/sv';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseIsoDate } from './date-field-parse.ts';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser' | 'locale'> & {
  /** `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange: (value: string) => void;
};

/**
 * A calendar date written the Swedish way, ÅÅÅÅ-MM-DD, whatever language the browser speaks
 * (a native date input follows the browser: 12/01/2026 in an American one). Typed or picked
 * from the calendar, which opens on Monday with Swedish month names.
 */
export function DateField({ value, onChange, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <DateInput
      {...rest}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      valueFormat="YYYY-MM-DD"
      dateParser={parseIsoDate}
      locale={i18n.language === 'en' ? 'en' : 'sv'}
      placeholder={t('common:datePlaceholder')}
      firstDayOfWeek={1}
      clearable={!rest.required}
      popoverProps={{ withinPortal: true }}
    />
  );
}
