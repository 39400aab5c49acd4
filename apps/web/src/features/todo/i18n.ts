import type { Strings } from '../../lib/i18n/i18n.ts';

export const todoStrings: Strings = {
  sv: {
    title: 'Att göra',
    empty: 'Inget väntar på dig just nu.',
    open: 'Öppna',
    kinds: {
      new_messages: 'Nya meddelanden från utförare',
      excess_to_review: 'Överskjutande tid att granska',
      deviations_to_decide: 'Avvikelser att besluta',
      orders_awaiting_reply: 'Beställningar som inte besvarats',
      orders_declined: 'Avböjda beställningar',
      decisions_expiring: 'Beslut som snart upphör',
      new_orders: 'Nya beställningar',
      exceptions_to_resolve: 'Undantag att åtgärda',
      deviations_rejected: 'Avslagna avvikelser',
      month_end: 'Månadsavslut',
      statements_to_approve: 'Månadsunderlag att godkänna',
      statements_to_export: 'Godkända underlag att exportera',
    },
    otherKind: 'Övrigt ({{kind}})',
  },
  en: {
    title: 'To do',
    empty: 'Nothing is waiting for you right now.',
    open: 'Open',
    kinds: {
      new_messages: 'New messages from providers',
      excess_to_review: 'Excess time to review',
      deviations_to_decide: 'Deviations to decide',
      orders_awaiting_reply: 'Orders not yet answered',
      orders_declined: 'Declined orders',
      decisions_expiring: 'Decisions about to end',
      new_orders: 'New orders',
      exceptions_to_resolve: 'Exceptions to resolve',
      deviations_rejected: 'Rejected deviations',
      month_end: 'Month end',
      statements_to_approve: 'Statements to approve',
      statements_to_export: 'Approved statements to export',
    },
    otherKind: 'Other ({{kind}})',
  },
};
