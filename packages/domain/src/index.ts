export * from './model/care-data.ts';
export * from './model/service-offer.ts';
