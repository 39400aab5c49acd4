import { NumberInput, SimpleGrid } from '@mantine/core';
import { SERVICE_AREAS } from '@hemma/domain';
import { useTranslation } from 'react-i18next';

export type AreaHoursDraft = Partial<Record<(typeof SERVICE_AREAS)[number], number | ''>>;

/** Only the areas given a number: what the API takes as `hoursPerMonth`. */
export function hoursOf(draft: AreaHoursDraft): Record<string, number> {
  return Object.fromEntries(
    Object.entries(draft).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
}

/** Hours per month for each service area; an empty field is an area not included. */
export function AreaHoursInput({
  value,
  onChange,
  only,
  max,
}: {
  value: AreaHoursDraft;
  onChange: (next: AreaHoursDraft) => void;
  /** Limit to these areas (an order takes only what its decision grants). */
  only?: readonly string[];
  max?: Record<string, number>;
}) {
  const { t } = useTranslation('clients');
  const areas = SERVICE_AREAS.filter((a) => !only || only.includes(a));
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontWeight: 600, fontSize: 14, marginBottom: 4 }}>
        {t('areasHeading')}
      </legend>
      <SimpleGrid cols={{ base: 2, md: 3 }}>
        {areas.map((area) => (
          <NumberInput
            key={area}
            label={t(`common:areas.${area}`)}
            value={value[area] ?? ''}
            min={0}
            max={max?.[area] ?? 744}
            step={0.5}
            decimalSeparator=","
            allowNegative={false}
            onChange={(v) => onChange({ ...value, [area]: typeof v === 'number' ? v : '' })}
          />
        ))}
      </SimpleGrid>
    </fieldset>
  );
}
