// Swedish labels that screens and exported files share. No zod here: the web app imports these
// as values (the API schemas it imports as types only, so no zod reaches its bundle).

/** Each follow-up report's Swedish name, as the reports screen and the exported files title it. */
export const REPORT_TITLES_SV = {
  continuity: 'Personalkontinuitet per månad',
  'continuity-14': 'Kontinuitetsindikatorn, 14 dagar',
  'time-at-clients': 'Tid hos klienter',
  'ordered-performed': 'Beställd och utförd tid',
  declined: 'Avböjda besök',
  excess: 'Överskjutande tid',
  'manual-registrations': 'Manuella registreringar',
  paid: 'Utbetalt belopp',
} as const;
