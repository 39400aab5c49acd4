import type { Strings } from '../../lib/i18n/i18n.ts';

// The office menu's labels (namespace `nav`), keyed by the `nav` of each screen in screens.tsx.
export const navStrings: Strings = {
  sv: {
    todo: 'Att göra',
    clients: 'Klienter',
    inbox: 'Meddelanden',
    followUp: 'Uppföljning',
    providerOrders: 'Klienter och beställningar',
    providerExceptions: 'Undantag',
    providerDeviations: 'Avvikelser',
    providerMonthEnd: 'Månadsslut',
  },
  en: {
    todo: 'To do',
    clients: 'Clients',
    inbox: 'Messages',
    followUp: 'Follow-up',
    providerOrders: 'Clients and orders',
    providerExceptions: 'Exceptions',
    providerDeviations: 'Deviations',
    providerMonthEnd: 'Month end',
  },
};
