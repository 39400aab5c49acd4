import type { Strings } from '../../lib/i18n/i18n.ts';

export const todoStrings: Strings = {
  sv: {
    title: 'Att göra',
    empty: 'Inget väntar på dig just nu.',
    open: 'Öppna',
    kinds: {
      messages: 'Nya meddelanden',
      excess: 'Överskjutande tid att granska',
      deviations: 'Avvikelser att besluta',
      orders_pending: 'Beställningar som inte besvarats',
      decisions_expiring: 'Beslut som snart upphör',
      orders_new: 'Nya beställningar',
      exceptions: 'Undantag att åtgärda',
      deviations_rejected: 'Avslagna avvikelser',
      month_end: 'Månadsavslut',
    },
    otherKind: 'Övrigt ({{kind}})',
  },
  en: {
    title: 'To do',
    empty: 'Nothing is waiting for you right now.',
    open: 'Open',
    kinds: {
      messages: 'New messages',
      excess: 'Excess time to review',
      deviations: 'Deviations to decide',
      orders_pending: 'Orders not yet answered',
      decisions_expiring: 'Decisions about to end',
      orders_new: 'New orders',
      exceptions: 'Exceptions to resolve',
      deviations_rejected: 'Rejected deviations',
      month_end: 'Month end',
    },
    otherKind: 'Other ({{kind}})',
  },
};
