import type { Strings } from '../../lib/i18n/i18n.ts';

// The requests screen (namespace `visitRequests`).
export const visitRequestStrings: Strings = {
  sv: {
    title: 'Förfrågningar från brukare',
    intro: 'Brukare och anhöriga ber om att flytta eller avboka besök från Mina sidor. En bekräftad avbokning registreras som avböjt i förväg.',
    pending: 'Väntar på svar',
    decided: 'Besvarade',
    none: 'Inga förfrågningar.',
    kinds: { cancel: 'Avboka', move: 'Flytta' },
    visit: '{{day}} kl. {{from}}–{{to}}',
    askedBy: 'Från {{name}}, {{at}}',
    wish: 'Önskemål: {{wish}}',
    confirm: 'Bekräfta',
    decline: 'Kan inte ordnas',
    status: { pending: 'Väntar', confirmed: 'Bekräftad', declined: 'Nekad' },
    registered: 'Registrerat som avböjt i förväg',
  },
  en: {
    title: 'Requests from clients',
    intro: 'Clients and relatives ask to move or cancel visits from My pages. A confirmed cancellation is registered as declined in advance.',
    pending: 'Waiting for an answer',
    decided: 'Answered',
    none: 'No requests.',
    kinds: { cancel: 'Cancel', move: 'Move' },
    visit: '{{day}} at {{from}}–{{to}}',
    askedBy: 'From {{name}}, {{at}}',
    wish: 'Wish: {{wish}}',
    confirm: 'Confirm',
    decline: 'Cannot be arranged',
    status: { pending: 'Waiting', confirmed: 'Confirmed', declined: 'Declined' },
    registered: 'Registered as declined in advance',
  },
};
