// The choice of a provider's kind in the register and on a provider's page, in one order.

export const providerKindOptions = (t: (key: string) => string) => [
  { value: 'private' as const, label: t('common:providerKinds.private') },
  { value: 'municipal' as const, label: t('common:providerKinds.municipal') },
];
