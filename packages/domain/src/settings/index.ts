export { changePreview } from './change-preview.ts';
export type { ChangePreview, PricePoint } from './change-preview.ts';
export { bandWeek } from './band-week.ts';
export type { BandWeekDay } from './band-week.ts';
