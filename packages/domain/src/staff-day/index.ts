export * from './visit-status.ts';
