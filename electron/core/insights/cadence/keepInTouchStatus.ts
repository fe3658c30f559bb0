import { chooseCadence, isCadence } from '../../../../shared/domain/cadence';
import { CADENCE_DAYS, type Cadence, type KeepInTouch } from '../../../../shared/domain/insights';
import { addDays } from '../../calendar/wallTime';
import type { CoreContext } from '../../coreContext';
import { requirePersonRow } from '../../people/personReader';
import { getMe } from '../../settings/meRepository';
import { daysBetween, lastContacts, localDate } from '../signals';

/**
 * One person's keep-in-touch state for their dossier, by the rules the Reach out list uses: the
 * effective cadence (their own, else their tags'), due on the local date of the last contact
 * plus the cadence's days, or today when never in touch. Unlike the list it answers when
 * nothing is due yet too (daysOverdue negative), and for someone who opted out ('none').
 */
export function keepInTouchStatus(ctx: CoreContext, personId: string): KeepInTouch {
  requirePersonRow(ctx, personId);
  const { sqlite } = ctx.db;
  const ownValue = sqlite
    .prepare('SELECT cadence FROM people WHERE id = ?')
    .pluck()
    .get(personId) as string | null;
  const own = isCadence(ownValue) ? ownValue : null;
  const tags = (
    sqlite
      .prepare(
        `SELECT t.name, t.cadence FROM person_tags pt JOIN tags t ON t.id = pt.tag_id
          WHERE pt.person_id = ? AND t.cadence IS NOT NULL`,
      )
      .all(personId) as { name: string; cadence: string }[]
  ).flatMap((t) => (isCadence(t.cadence) ? [{ name: t.name, cadence: t.cadence }] : []));

  const now = ctx.clock();
  const zone = getMe(ctx).timeZone;
  const lastMs = lastContacts(ctx, [personId], now).get(personId) ?? null;
  const lastContactAt = lastMs === null ? null : new Date(lastMs).toISOString();
  const choice = chooseCadence(own, tags);
  if (!choice) {
    // Opted out on their own page ('none'), or no cadence anywhere: never due.
    const cadence: Cadence | null = own === 'none' ? 'none' : null;
    return {
      cadence,
      from: cadence ? 'person' : null,
      lastContactAt,
      dueOn: null,
      daysOverdue: null,
    };
  }
  const today = localDate(now.getTime(), zone);
  const dueOn =
    lastMs === null ? today : addDays(localDate(lastMs, zone), CADENCE_DAYS[choice.cadence]);
  return {
    cadence: choice.cadence,
    from: choice.from,
    lastContactAt,
    dueOn,
    daysOverdue: daysBetween(dueOn, today),
  };
}
