const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "3 minutes ago", "yesterday", then the date: when something last happened. */
export function relativeTime(iso: string, now: number, locale?: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const seconds = Math.round((at - now) / 1000);
  const size = Math.abs(seconds);
  if (size < 45) return 'just now';
  const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (size < HOUR) return words.format(Math.round(seconds / MINUTE), 'minute');
  if (size < DAY) return words.format(Math.round(seconds / HOUR), 'hour');
  if (size < 7 * DAY) return words.format(Math.round(seconds / DAY), 'day');
  return `on ${new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(at)}`;
}

/** The exact moment, for a tooltip beside a relative time. */
export function exactTime(iso: string, locale?: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(at);
}
