// Common Swedish given names and surnames, for demo people who do not exist.
export const GIVEN_NAMES = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Kristina', 'Lena', 'Sara', 'Emma', 'Ingrid', 'Birgitta',
  'Margareta', 'Elisabeth', 'Marie', 'Astrid', 'Greta', 'Sofia', 'Linnea', 'Aisha', 'Fatima', 'Leila',
  'Lars', 'Mikael', 'Anders', 'Johan', 'Karl', 'Erik', 'Per', 'Nils', 'Olof', 'Gunnar',
  'Sven', 'Bengt', 'Åke', 'Jonas', 'Mohammed', 'Ali', 'Ahmed', 'Omar', 'Daniel', 'Oskar',
] as const;

export const SURNAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
  'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Lindberg',
  'Lindström', 'Berg', 'Holm', 'Ek', 'Nyström', 'Haddad', 'Hussein', 'Ali', 'Mohammed', 'Sandberg',
  'Lundqvist', 'Åberg', 'Öberg', 'Wallin',
] as const;

export const STREETS = [
  'Storgatan', 'Kyrkogatan', 'Skolgatan', 'Björkvägen', 'Tallvägen', 'Ekvägen', 'Parkvägen',
  'Sjövägen', 'Ängsvägen', 'Hagagatan', 'Västra vägen', 'Östra långgatan',
] as const;

export const LIFE_STORIES = [
  'Arbetade som lärare i 40 år. Tycker om att lösa korsord och lyssna på P1 på morgonen.',
  'Uppvuxen på en gård i Småland. Vill gärna prata om hästar och trädgård.',
  'Var sjöman i ungdomen. Dricker kaffet svart och vill ha tidningen på köksbordet.',
  'Har tre barnbarn som ringer på söndagar. Tycker om att promenera när vädret tillåter.',
  'Kom till Sverige 1975 och talar arabiska och svenska. Tycker om att laga mat tillsammans.',
  'Sjöng i kyrkokör i 30 år. Uppskattar lugn och att få tid att prata en stund.',
] as const;
