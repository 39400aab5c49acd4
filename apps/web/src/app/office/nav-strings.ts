import type { Strings } from '../../lib/i18n/i18n.ts';

// The office menu's labels (namespace `nav`), keyed by the `nav` of each screen in screens.tsx.
export const navStrings: Strings = {
  sv: {
    todo: 'Att göra',
    clients: 'Klienter',
    inbox: 'Meddelanden',
    followUp: 'Uppföljning',
    monthClose: 'Månadsavslut',
    fees: 'Avgifter',
    whatIf: 'Konsekvensanalys',
    reports: 'Rapporter',
    adminSettings: 'Inställningar',
    adminRegister: 'Distrikt och utförare',
    adminAccounts: 'Konton',
    adminTags: 'NFC-taggar',
    adminAudit: 'Loggen',
    visitRequests: 'Förfrågningar',
  },
  en: {
    todo: 'To do',
    clients: 'Clients',
    inbox: 'Messages',
    followUp: 'Follow-up',
    monthClose: 'Month close',
    fees: 'Fees',
    whatIf: 'What if',
    reports: 'Reports',
    adminSettings: 'Settings',
    adminRegister: 'Districts and providers',
    adminAccounts: 'Accounts',
    adminTags: 'NFC tags',
    adminAudit: 'The log',
    visitRequests: 'Requests',
  },
};
