/**
 * BDAY and ANNIVERSARY values, as vCards write them: `1985-04-15`, `19850415`, with a time after
 * them, or without a year as `--0415` / `--04-15`. ical.js turns 3.0 dates into the dashed forms
 * and a date that is not one into nonsense ("April 15" becomes "Apri-l -15"), so both the raw and
 * the dashed forms are read here and anything else is not a date.
 */
export interface DateParts {
  month: number;
  day: number;
  year: number | null;
}

const WITH_YEAR = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/;
const WITHOUT_YEAR = /^--(\d{2})-?(\d{2})(?:T.*)?$/;

function daysIn(month: number, year: number | null): number {
  // Without a year February has its 29th: the birthday of someone born on a leap day.
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

/**
 * @param omitYear Apple's X-APPLE-OMIT-YEAR: the placeholder year (1604) its year-less dates carry.
 */
export function readDate(raw: string, omitYear: string | null): DateParts | null {
  const text = raw.trim();
  const full = WITH_YEAR.exec(text);
  const partial = full ? null : WITHOUT_YEAR.exec(text);
  const [month, day] = full ? [full[2], full[3]] : [partial?.[1], partial?.[2]];
  if (!month || !day) return null;
  let year = full?.[1] ? Number(full[1]) : null;
  // Year 0 is a placeholder too (some phones write 0000 for "no year").
  if (year === 0 || (year !== null && omitYear !== null && Number(omitYear) === year)) year = null;
  const parts = { month: Number(month), day: Number(day), year };
  if (parts.month < 1 || parts.month > 12) return null;
  if (parts.day < 1 || parts.day > daysIn(parts.month, parts.year)) return null;
  return parts;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** vCard 4.0's basic form: `19850415`, or `--0415` without a year. */
export function formatDate(date: DateParts): string {
  const monthDay = `${pad(date.month, 2)}${pad(date.day, 2)}`;
  return date.year === null ? `--${monthDay}` : `${pad(date.year, 4)}${monthDay}`;
}
