import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Bar {
  label: string;
  value: number | null;
  text: string;
}

/** A published figure drawn as a dashed line across the bars, and named under the chart. */
export interface Reference {
  value: number;
  label: string;
}

/** Where `value` falls on a scale up to the largest of `values` and the reference (as a CSS width). */
export function scale(values: readonly (number | null)[], reference?: Reference): (value: number | null) => string {
  const max = Math.max(reference?.value ?? 0, ...values.map((v) => v ?? 0)) || 1;
  return (v) => `${(Math.max(0, v ?? 0) / max) * 100}%`;
}

/** One bar of `width`, with the reference line across it. */
export function BarTrack({ width, fill, height, reference }: { width: string; fill: string; height: number; reference?: string | undefined }) {
  return (
    <Box pos="relative" style={{ flex: 1, height }}>
      <Box h="100%" w={width} style={{ background: fill, borderRadius: 2 }} />
      {reference !== undefined && (
        <Box pos="absolute" top={-3} bottom={-3} left={reference} style={{ borderLeft: '2px dashed var(--mantine-color-dark-6)' }} />
      )}
    </Box>
  );
}

/** Under a chart: what the dashed line is, and that the table beside it holds the same numbers. */
export function ChartNote({ reference }: { reference?: Reference | undefined }) {
  const { t } = useTranslation('reports');
  return (
    <Text size="xs" c="dimmed" mt={4}>
      {reference ? `╎ ${reference.label}. ` : ''}
      {t('chartNote')}
    </Text>
  );
}

/**
 * Horizontal bars with the value written beside each, so the chart reads without colour; an
 * optional reference line (dashed) is named below it. The same numbers are in the table next to it.
 */
export function BarChart({ title, bars, reference }: { title: string; bars: Bar[]; reference?: Reference | undefined }) {
  const at = scale(bars.map((b) => b.value), reference);
  return (
    <Box component="figure" m={0} mb="md" aria-label={title}>
      <Text component="figcaption" fw={600} mb={4}>
        {title}
      </Text>
      <Stack gap={4} aria-hidden="true">
        {bars.map((b) => (
          <Group key={b.label} gap="xs" wrap="nowrap">
            <Text size="sm" w={240} style={{ flexShrink: 0 }}>
              {b.label}
            </Text>
            <BarTrack width={at(b.value)} fill="var(--mantine-color-blue-7)" height={18} reference={reference && at(reference.value)} />
            <Text size="sm" w={110} ta="right">
              {b.text}
            </Text>
          </Group>
        ))}
      </Stack>
      <ChartNote reference={reference} />
    </Box>
  );
}
