// Generates packages/domain/src/time/swedish-holidays-1900-2200.json ONCE from the
// `date-holidays` package (an outside calendar, not this project's rules), with its known errors
// for Sweden corrected. The test in holiday-table.test.ts compares the project's holiday function
// with the committed table for every year; this script is only run again to regenerate it:
//
//   npx tsx bench/tools/generate-holiday-table.ts
//
// Each correction below names what the package gets wrong and the law that says otherwise
// (docs/decisions.md, "Holidays have history", gives the sources). The script prints how many
// dates each correction changed, and refuses to write if a correction changes nothing: that
// would mean the package was fixed upstream and the correction must be looked at again.

import { readFileSync, writeFileSync } from 'node:fs';
import Holidays from 'date-holidays';

const FIRST = 1900;
const LAST = 2200;
const OUT = new URL('../../packages/domain/src/time/swedish-holidays-1900-2200.json', import.meta.url);

type Entry = [date: string, name: string];

// The package's Swedish names of the days the project counts, by the project's names.
const PUBLIC_NAMES: Record<string, string> = {
  'nyårsdagen': 'new_years_day',
  'trettondedag jul': 'epiphany',
  'långfredagen': 'good_friday',
  'påskdagen': 'easter_sunday',
  'annandag påsk': 'easter_monday',
  'första maj': 'may_day',
  'Kristi himmelsfärdsdag': 'ascension_day',
  'pingstdagen': 'whit_sunday',
  'nationaldagen': 'national_day',
  'midsommardagen': 'midsummer_day',
  'alla helgons dag': 'all_saints_day',
  'juldagen': 'christmas_day',
  'annandag jul': 'boxing_day',
};
const EVE_NAMES: Record<string, string> = {
  'midsommarafton': 'midsummer_eve',
  'julafton': 'christmas_eve',
  'nyårsafton': 'new_years_eve',
};

interface YearTable {
  holidays: Entry[];
  eves: Entry[];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
/** The first date on or after y-m-d that is the weekday (0 = Sunday, as Date counts). */
function firstWeekday(y: number, m: number, d: number, weekday: number): string {
  const date = utc(y, m, d);
  date.setUTCDate(date.getUTCDate() + ((weekday - date.getUTCDay() + 7) % 7));
  return iso(date);
}
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return iso(d);
}

function fromPackage(hd: Holidays, year: number): YearTable & { whitMonday: string; annunciation: string } {
  const table: YearTable = { holidays: [], eves: [] };
  let whitMonday = '';
  let annunciation = '';
  for (const h of hd.getHolidays(year, 'sv')) {
    const date = h.date.slice(0, 10);
    const publicName = PUBLIC_NAMES[h.name];
    const eveName = EVE_NAMES[h.name];
    if (h.type === 'public' && publicName) table.holidays.push([date, publicName]);
    else if (eveName) table.eves.push([date, eveName]);
    else if (h.name === 'annandag pingst') whitMonday = date;
    else if (h.name === 'Marie bebådelsedag') annunciation = date;
  }
  if (!whitMonday && year <= 2004) throw new Error(`${year}: the package no longer lists Whit Monday`);
  if (!annunciation && year < 1953) throw new Error(`${year}: the package no longer lists Annunciation Day`);
  return { ...table, whitMonday, annunciation };
}

interface Correction {
  what: string;
  apply(year: number, table: YearTable, found: { whitMonday: string; annunciation: string }): number;
}

function replace(entries: Entry[], name: string, date: string): number {
  const entry = entries.find((e) => e[1] === name);
  if (!entry) throw new Error(`no ${name} to correct`);
  if (entry[0] === date) return 0;
  entry[0] = date;
  return 1;
}

const CORRECTIONS: Correction[] = [
  {
    what: 'Whit Monday (annandag pingst) was a public holiday until 2004 (lag 1989:253 as first enacted; removed by SFS 2004:1320 from 2005); the package only ever lists it as an observance',
    apply: (year, t, found) => (year <= 2004 ? (t.holidays.push([found.whitMonday, 'whit_monday']), 1) : 0),
  },
  {
    what: 'May Day became a public holiday in 1939; the package counts it in every year',
    apply: (year, t) => {
      if (year >= 1939) return 0;
      const before = t.holidays.length;
      t.holidays = t.holidays.filter((e) => e[1] !== 'may_day');
      return before - t.holidays.length;
    },
  },
  {
    what: 'Before the 1953 calendar reform Midsummer Day was 24 June and its eve 23 June; the package applies the Saturday 20–26 June rule to every year',
    apply: (year, t) =>
      year < 1953 ? replace(t.holidays, 'midsummer_day', `${year}-06-24`) + replace(t.eves, 'midsummer_eve', `${year}-06-23`) : 0,
  },
  {
    what: 'Before the 1953 reform All Saints\u2019 Day was kept on the first Sunday of November (since 1772); the package applies the Saturday 31 Oct–6 Nov rule to every year',
    apply: (year, t) => (year < 1953 ? replace(t.holidays, 'all_saints_day', firstWeekday(year, 11, 1, 0)) : 0),
  },
  {
    what: 'Annunciation Day (Marie bebådelsedag) was a public holiday on 25 March until the 1953 reform moved it to a Sunday; the package lists it as an observance',
    apply: (year, t, found) => (year < 1953 ? (t.holidays.push([found.annunciation, 'annunciation_day']), 1) : 0),
  },
];

function main(): void {
  const hd = new Holidays('SE');
  const counts = CORRECTIONS.map(() => 0);
  const years: Record<string, YearTable> = {};
  for (let year = FIRST; year <= LAST; year++) {
    const { whitMonday, annunciation, ...table } = fromPackage(hd, year);
    CORRECTIONS.forEach((c, i) => (counts[i] = (counts[i] ?? 0) + c.apply(year, table, { whitMonday, annunciation })));
    const byDate = (a: Entry, b: Entry): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    table.holidays.sort(byDate);
    table.eves.sort(byDate);
    // The eves the package gives must sit where the law's rule puts them, or the table is wrong.
    const midsummer = table.holidays.find((e) => e[1] === 'midsummer_day')?.[0] ?? '';
    if (table.eves.find((e) => e[1] === 'midsummer_eve')?.[0] !== dayBefore(midsummer)) throw new Error(`${year}: midsummer eve is not the day before midsummer`);
    years[year] = table;
  }
  CORRECTIONS.forEach((c, i) => {
    if (counts[i] === 0) throw new Error(`correction changed nothing: ${c.what}`);
  });
  const corrections = CORRECTIONS.map((c, i) => ({ what: c.what, datesChanged: counts[i] }));
  const lines = [
    '{',
    `  "source": "date-holidays ${packageVersion()} (country SE): type public, and the eves midsommarafton, julafton, nyårsafton",`,
    '  "generatedBy": "bench/tools/generate-holiday-table.ts",',
    `  "corrections": ${JSON.stringify(corrections)},`,
    '  "years": {',
    Object.entries(years).map(([y, t]) => `    "${y}": ${JSON.stringify(t)}`).join(',\n'),
    '  }',
    '}',
  ];
  writeFileSync(OUT, `${lines.join('\n')}\n`);
  for (const c of corrections) console.log(`${String(c.datesChanged).padStart(4)}  ${c.what}`);
}

function packageVersion(): string {
  const url = new URL('../../node_modules/date-holidays/package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

main();
