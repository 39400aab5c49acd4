import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../lib/format.ts';

interface Bar {
  label: string;
  realOre: number;
  changedOre: number;
}

const REAL = '#3b5b92';
const CHANGED = '#b8570f';
const ROW = 44;
const LABEL = 230;
const WIDTH = 900;

/**
 * Real against changed pay per provider as horizontal bars, drawn as plain SVG: a title and a
 * description for screen readers, each bar with its amount written beside it, and the table
 * below the chart holding the same figures.
 */
export function DifferenceChart({ bars }: { bars: Bar[] }) {
  const { t } = useTranslation('whatIf');
  const max = Math.max(1, ...bars.flatMap((b) => [b.realOre, b.changedOre]));
  const scale = (ore: number) => Math.max(0, (ore / max) * (WIDTH - LABEL - 150));
  const height = bars.length * ROW + 30;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="wi-chart-title wi-chart-desc"
      >
        <title id="wi-chart-title">{t('chartTitle')}</title>
        <desc id="wi-chart-desc">{t('chartDesc')}</desc>
        {bars.map((b, i) => {
          const y = i * ROW;
          return (
            <g key={b.label}>
              <text x={0} y={y + 22} fontSize={14} fill="#1a1b1e">
                {b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label}
              </text>
              <rect x={LABEL} y={y + 6} width={scale(b.realOre)} height={14} fill={REAL} />
              <text x={LABEL + scale(b.realOre) + 6} y={y + 18} fontSize={12} fill="#1a1b1e">
                {formatMoney(b.realOre)}
              </text>
              <rect x={LABEL} y={y + 22} width={scale(b.changedOre)} height={14} fill={CHANGED} />
              <text x={LABEL + scale(b.changedOre) + 6} y={y + 34} fontSize={12} fill="#1a1b1e">
                {formatMoney(b.changedOre)}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL}, ${height - 10})`}>
          <rect width={12} height={12} y={-10} fill={REAL} />
          <text x={18} fontSize={12} fill="#1a1b1e">
            {t('real')}
          </text>
          <rect x={110} width={12} height={12} y={-10} fill={CHANGED} />
          <text x={128} fontSize={12} fill="#1a1b1e">
            {t('changed')}
          </text>
        </g>
      </svg>
      <Text component="figcaption" size="sm" c="dimmed">
        {t('chartTitle')}
      </Text>
    </figure>
  );
}
