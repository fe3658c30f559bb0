import {
  CADENCE_DAYS,
  CADENCES,
  type Cadence,
  type ReachOutItem,
} from '../../../../shared/domain/insights';
import type { CoreContext } from '../../coreContext';

export interface CadenceChoice {
  cadence: Exclude<Cadence, 'none'>;
  from: ReachOutItem['cadenceFrom'];
}

const isCadence = (value: string | null): value is Cadence =>
  value !== null && (CADENCES as readonly string[]).includes(value);

const daysOf = (cadence: Cadence) => (cadence === 'none' ? Infinity : CADENCE_DAYS[cadence]);

/**
 * A person's own cadence wins, 'none' included (so one person can opt out of a tag's
 * default). Without one, the most frequent cadence among their tags applies: someone who is
 * both a monthly Client and a quarterly Friend is kept in touch with monthly. Tags with the
 * same cadence tie; the tag whose name sorts first is named as the source. Null: no cadence.
 */
export function chooseCadence(
  own: Cadence | null,
  tags: { name: string; cadence: Cadence }[],
): CadenceChoice | null {
  if (own !== null) return own === 'none' ? null : { cadence: own, from: 'person' };
  const best = [...tags].sort(
    (a, b) =>
      daysOf(a.cadence) - daysOf(b.cadence) ||
      a.name.toLowerCase().localeCompare(b.name.toLowerCase(), 'en') ||
      a.name.localeCompare(b.name, 'en'),
  )[0];
  if (!best || best.cadence === 'none') return null;
  return { cadence: best.cadence, from: { tag: best.name } };
}

export interface CadencedPerson extends CadenceChoice {
  id: string;
  displayName: string;
}

/** Everyone not archived who has a cadence, own or from a tag: two queries. */
export function cadencedPeople(ctx: CoreContext): CadencedPerson[] {
  const { sqlite } = ctx.db;
  const people = sqlite
    .prepare(
      'SELECT id, display_name AS displayName, cadence FROM people WHERE archived_at IS NULL',
    )
    .all() as { id: string; displayName: string; cadence: string | null }[];
  const tagRows = sqlite
    .prepare(
      `SELECT pt.person_id AS personId, t.name, t.cadence
         FROM person_tags pt JOIN tags t ON t.id = pt.tag_id
        WHERE t.cadence IS NOT NULL`,
    )
    .all() as { personId: string; name: string; cadence: string }[];
  const tagsOf = new Map<string, { name: string; cadence: Cadence }[]>();
  for (const row of tagRows) {
    if (!isCadence(row.cadence)) continue;
    const list = tagsOf.get(row.personId) ?? [];
    list.push({ name: row.name, cadence: row.cadence });
    tagsOf.set(row.personId, list);
  }
  const result: CadencedPerson[] = [];
  for (const person of people) {
    const own = isCadence(person.cadence) ? person.cadence : null;
    const choice = chooseCadence(own, tagsOf.get(person.id) ?? []);
    if (choice) result.push({ id: person.id, displayName: person.displayName, ...choice });
  }
  return result;
}
