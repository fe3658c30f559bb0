/** Whole days from `from` to `to`, both YYYY-MM-DD (calendar days, whatever the time zone). */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * When a follow-up is due, said relative to today: "today", "tomorrow", "in 3 days",
 * "2 days overdue".
 */
export function dueText(dueOn: string, today: string, locale?: string): string {
  const days = daysBetween(today, dueOn);
  if (days < 0) {
    const count = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'day',
      unitDisplay: 'long',
    }).format(-days);
    return `${count} overdue`;
  }
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}

/** A YYYY-MM-DD date in full, for tooltips and screen readers: "Tuesday, 1 December 2026". */
export function fullDate(isoDate: string, locale?: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(new Date(y, m - 1, d));
}

/** The user's local date, YYYY-MM-DD: what "today" means for due dates. */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
