// Birth dates from personal numbers, per the spec ("Fees"): 12 digits carry the century; 10
// digits take it from the import date (`-`: the latest year with the birthday on or before it,
// `+`: the latest year not after import year − 100); a samordningsnummer's day is 60 more.

export function birthDate(personalNumber: string, importDate: string): string {
  const long = /^(\d{4})(\d{2})(\d{2})-?\d{4}$/.exec(personalNumber);
  const short = /^(\d{2})(\d{2})(\d{2})([-+]?)\d{4}$/.exec(personalNumber);
  let year: number, month: string, day: number;
  if (long) {
    year = Number(long[1]);
    month = long[2] ?? '';
    day = Number(long[3]);
  } else if (short) {
    month = short[2] ?? '';
    day = Number(short[3]);
    const yy = Number(short[1]);
    const dd = String(day > 60 ? day - 60 : day).padStart(2, '0');
    const importYear = Number(importDate.slice(0, 4));
    if (short[4] === '+') {
      year = importYear - 100;
      while (year % 100 !== yy) year -= 1;
    } else {
      year = importYear;
      while (year % 100 !== yy) year -= 1;
      if (`${year}-${month}-${dd}` > importDate) throw new Error(`reference: "-" fits no year: ${personalNumber}`);
    }
  } else {
    throw new Error(`reference: unreadable personal number ${personalNumber}`);
  }
  if (day > 60) day -= 60;
  return `${String(year).padStart(4, '0')}-${month}-${String(day).padStart(2, '0')}`;
}

/** Younger than `limit` on `date`: that birthday has not come yet (on the day itself one has the age). */
export function youngerThan(limit: number, birth: string, date: string): boolean {
  const by = Number(birth.slice(0, 4)), dy = Number(date.slice(0, 4));
  const age = dy - by - (date.slice(5) < birth.slice(5) ? 1 : 0);
  return age < limit;
}
