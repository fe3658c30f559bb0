import { dateString, instantToWall } from '../calendar/wallTime';

/** The local calendar day (YYYY-MM-DD) an ISO instant falls on in a zone. */
export function localDate(iso: string, timeZone: string): string {
  return dateString(instantToWall(Date.parse(iso), timeZone));
}

/**
 * Whether the day's automatic backup is still to be taken. Pure: the clock reading, the zone
 * and the newest daily (or weekly) backup are passed in.
 *
 * One per local calendar day: due when no scheduled backup was taken on today's local date.
 * "A different day" rather than "an earlier day", so a clock that was once set years ahead
 * does not stop the backups until that date comes round.
 */
export function isDailyBackupDue(now: Date, timeZone: string, latest: string | null): boolean {
  if (latest === null) return true;
  return localDate(latest, timeZone) !== localDate(now.toISOString(), timeZone);
}
