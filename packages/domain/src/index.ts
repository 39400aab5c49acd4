export * from './model/care-data.ts';
