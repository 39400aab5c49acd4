import { createTheme } from '@mantine/core';

// Colours chosen for contrast (WCAG 2.1 AA) on white: the primary shade is dark enough for white
// text on buttons and for links on white.
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 6 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'sm',
  headings: { fontWeight: '650' },
});
