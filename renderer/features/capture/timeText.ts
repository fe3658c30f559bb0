import { localDate } from './captureForm';

/** When a draft was last touched, as short as it can be: "10:42", or "24 Nov, 10:42". */
export function savedAtText(iso: string, now: Date, locale?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'earlier';
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
  if (localDate(at) === localDate(now)) return time;
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (localDate(at) === localDate(yesterday)) {
    const word = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-1, 'day');
    return `${word}, ${time}`;
  }
  const date = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(at.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  }).format(at);
  return `${date}, ${time}`;
}

/** A YYYY-MM-DD date as the user reads it: "Tue 1 Dec" (with the year when not this one). */
export function dayText(isoDate: string, today: string, locale?: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const at = new Date(y, m - 1, d);
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(today.slice(0, 4) === isoDate.slice(0, 4) ? {} : { year: 'numeric' }),
  }).format(at);
}
