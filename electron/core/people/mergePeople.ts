import type { Person } from '../../../shared/domain/person';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { writeSearchDocument } from '../search/searchIndex';
import { getPerson } from './personReader';
import { reindexPerson } from './personSearch';
import { emailKey, replaceSection, SECTION_NAMES } from './personSections';

function unionBy<T>(first: T[], second: T[], key: (item: T) => string): T[] {
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((item) => !seen.has(key(item)))];
}

/** Scalar text fields: the kept person's value wins; an empty one is filled from the other. */
const FILLABLE = ['given_name', 'family_name', 'nickname', 'pronouns', 'how_we_met'] as const;

/**
 * Folds `mergeId` into `keepId` and deletes it, losing nothing: every list is united (exact
 * duplicates dropped), relationships and introductions are re-pointed, an "about" present on
 * both is kept in full, and the merged person's photo is used when the kept one has none.
 */
export function mergePeople(ctx: CoreContext, keepId: string, mergeId: string): Person {
  const { sqlite } = ctx.db;
  if (keepId === mergeId)
    throw new DomainError('invalid_input', 'Cannot merge a person with themselves.');
  return sqlite.transaction(() => {
    const keep = getPerson(ctx, keepId);
    const other = getPerson(ctx, mergeId);
    const run = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).run(...params);

    for (const column of FILLABLE) {
      run(
        `UPDATE people SET ${column} = (SELECT ${column} FROM people WHERE id = ?) WHERE id = ? AND ${column} = ''`,
        mergeId,
        keepId,
      );
    }
    const about = [keep.about.trim(), other.about.trim()].filter(Boolean);
    run('UPDATE people SET about = ? WHERE id = ?', [...new Set(about)].join('\n\n'), keepId);
    run(
      `UPDATE people SET met_on = coalesce(met_on, (SELECT met_on FROM people WHERE id = ?)),
         introduced_by_id = coalesce(introduced_by_id, (SELECT introduced_by_id FROM people WHERE id = ?)),
         created_at = min(created_at, (SELECT created_at FROM people WHERE id = ?)),
         updated_at = ?
       WHERE id = ?`,
      mergeId,
      mergeId,
      mergeId,
      ctx.clock().toISOString(),
      keepId,
    );
    run('UPDATE people SET introduced_by_id = ? WHERE introduced_by_id = ?', keepId, mergeId);
    run(
      'UPDATE people SET introduced_by_id = NULL WHERE id = ? AND introduced_by_id = ?',
      keepId,
      keepId,
    );

    // The merged person's rows go first, so their email addresses are free for the kept person.
    const lists = {
      emails: unionBy(
        keep.emails,
        other.emails.map((e) => ({ ...e, primary: false })),
        (e) => emailKey(e.address),
      ),
      phones: unionBy(
        keep.phones,
        other.phones.map((p) => ({ ...p, primary: false })),
        (p) => p.number.replace(/\D/g, ''),
      ),
      addresses: unionBy(keep.addresses, other.addresses, (a) => JSON.stringify(a).toLowerCase()),
      links: unionBy(keep.links, other.links, (l) => l.url.toLowerCase()),
      keyFacts: unionBy(keep.keyFacts, other.keyFacts, (f) => f.toLowerCase()),
      dates: unionBy(
        keep.dates,
        other.dates,
        (d) => `${d.kind}|${d.label}|${d.month}|${d.day}|${d.year}`,
      ),
      customFields: unionBy(keep.customFields, other.customFields, (f) => `${f.label}|${f.value}`),
      roles: unionBy(
        keep.roles,
        other.roles,
        (r) => `${r.organizationId}|${r.title}|${r.startDate}`,
      ),
      tags: unionBy(keep.tags, other.tags, (t) => t.id).map((t) => t.name),
    };
    for (const section of SECTION_NAMES) {
      replaceSection(ctx, mergeId, section, []);
    }
    for (const section of SECTION_NAMES) {
      replaceSection(ctx, keepId, section, lists[section] as never);
    }

    run(
      'UPDATE OR IGNORE relationships SET from_person_id = ? WHERE from_person_id = ?',
      keepId,
      mergeId,
    );
    run(
      'UPDATE OR IGNORE relationships SET to_person_id = ? WHERE to_person_id = ?',
      keepId,
      mergeId,
    );
    run(
      'DELETE FROM relationships WHERE from_person_id = ? OR to_person_id = ? OR from_person_id = to_person_id',
      mergeId,
      mergeId,
    );

    // Interactions and follow-ups with the merged person are with the kept one now.
    run(
      'UPDATE OR IGNORE interaction_participants SET person_id = ? WHERE person_id = ?',
      keepId,
      mergeId,
    );
    run('UPDATE OR IGNORE follow_up_people SET person_id = ? WHERE person_id = ?', keepId, mergeId);

    run(
      `INSERT OR IGNORE INTO person_photos (person_id, mime, bytes, updated_at)
       SELECT ?, mime, bytes, updated_at FROM person_photos WHERE person_id = ?`,
      keepId,
      mergeId,
    );

    run('DELETE FROM people WHERE id = ?', mergeId);
    writeSearchDocument(sqlite, 'person', mergeId, null);
    reindexPerson(ctx, keepId);
    return getPerson(ctx, keepId);
  })();
}
