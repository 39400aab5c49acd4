import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Bar {
  label: string;
  value: number | null;
  text: string;
}

/**
 * Horizontal bars with the value written beside each, so the chart reads without colour; an
 * optional reference line (dashed) is named below it. The same numbers are in the table next to it.
 */
export function BarChart({ title, bars, reference }: { title: string; bars: Bar[]; reference?: { value: number; label: string } }) {
  const { t } = useTranslation('reports');
  const max = Math.max(reference?.value ?? 0, ...bars.map((b) => b.value ?? 0)) || 1;
  const at = (v: number) => `${(Math.max(0, v) / max) * 100}%`;
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
            <Box pos="relative" style={{ flex: 1, height: 18 }}>
              <Box h="100%" w={at(b.value ?? 0)} bg="blue.7" style={{ borderRadius: 2 }} />
              {reference && (
                <Box
                  pos="absolute"
                  top={-2}
                  bottom={-2}
                  left={at(reference.value)}
                  style={{ borderLeft: '2px dashed var(--mantine-color-dark-6)' }}
                />
              )}
            </Box>
            <Text size="sm" w={110} ta="right">
              {b.text}
            </Text>
          </Group>
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt={4}>
        {reference ? `╎ ${reference.label}. ` : ''}
        {t('chartNote')}
      </Text>
    </Box>
  );
}
