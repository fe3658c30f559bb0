import { chooseCadence, isCadence, type CadenceChoice } from '../../../../shared/domain/cadence';
import type { Cadence } from '../../../../shared/domain/insights';
import type { CoreContext } from '../../coreContext';

export { chooseCadence, type CadenceChoice };

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
