import { createTheme, mergeThemeOverrides } from '@mantine/core';
import { theme } from '../theme.ts';

// Mina sidor is read by people of 85 on a tablet or phone: every text a step larger than the
// office's, headings too, and the same colours (chosen for contrast, WCAG 2.1 AA).
export const minaSidorTheme = mergeThemeOverrides(theme, createTheme({
  fontSizes: { xs: '1rem', sm: '1.125rem', md: '1.25rem', lg: '1.375rem', xl: '1.5rem' },
  lineHeights: { md: '1.6' },
  headings: { sizes: { h1: { fontSize: '2rem' }, h2: { fontSize: '1.625rem' }, h3: { fontSize: '1.375rem' } } },
}));
