import type { CalendarSource } from '../../../shared/domain/calendar';
import type { Person } from '../../../shared/domain/person';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { getPerson } from '../people/personReader';
import { createPerson, updatePerson } from '../people/personWriter';

/**
 * Every source with its status. Only files with problems are listed one by one: a synced vdir
 * holds tens of thousands of files, and listing them all was most of what adding one cost.
 */
export function listSources(ctx: CoreContext): CalendarSource[] {
  const { sqlite } = ctx.db;
  const sources = sqlite
    .prepare(
      `SELECT id, kind, path, name, added_at AS addedAt, last_read_at AS lastReadAt, error,
              (SELECT coalesce(sum(event_count), 0) FROM calendar_files f WHERE f.source_id = s.id) AS eventCount,
              (SELECT count(*) FROM calendar_files f WHERE f.source_id = s.id) AS fileCount
         FROM calendar_sources s ORDER BY name COLLATE NOCASE`,
    )
    .all() as Omit<CalendarSource, 'files'>[];
  const files = sqlite.prepare(
    `SELECT file, event_count AS eventCount, error, warnings, read_at AS readAt
       FROM calendar_files WHERE source_id = ? AND (error IS NOT NULL OR warnings <> '[]')
      ORDER BY file`,
  );
  return sources.map((source) => ({
    ...source,
    files: (
      files.all(source.id) as (Omit<CalendarSource['files'][number], 'warnings'> & {
        warnings: string;
      })[]
    ).map((f) => ({ ...f, warnings: JSON.parse(f.warnings) as string[] })),
  }));
}

export function requireSource(ctx: CoreContext, id: string): CalendarSource {
  const source = listSources(ctx).find((s) => s.id === id);
  if (!source) throw new DomainError('not_found', 'This calendar does not exist (any more).');
  return source;
}

/** Removing a source removes its events (the files on disk are never touched). */
export function removeSource(ctx: CoreContext, id: string): { id: string } {
  return ctx.db.sqlite.transaction(() => {
    requireSource(ctx, id);
    ctx.db.sqlite.prepare('DELETE FROM calendar_sources WHERE id = ?').run(id);
    return { id };
  })();
}

/** Remembers an invite's address on a person, so the next invite matches by email. */
export function linkAttendee(ctx: CoreContext, email: string, personId: string): Person {
  const person = getPerson(ctx, personId);
  if (person.emails.some((e) => e.address.toLowerCase() === email.toLowerCase())) return person;
  return updatePerson(ctx, personId, {
    emails: [
      ...person.emails,
      { address: email, label: 'from calendar', primary: person.emails.length === 0 },
    ],
  });
}

/**
 * A new dossier from an invite: the name and email it carries, and a current role at the
 * organization that owns the email's domain, when there is one.
 */
export function createPersonFromAttendee(ctx: CoreContext, name: string, email: string): Person {
  return ctx.db.sqlite.transaction(() => {
    const displayName = name.trim() || email.split('@')[0]?.replace(/[._-]+/g, ' ') || email;
    const person = createPerson(ctx, { displayName, email });
    const domain = email.split('@')[1]?.toLowerCase() ?? '';
    const organizationId = ctx.db.sqlite
      .prepare(
        "SELECT organization_id FROM organization_domains WHERE domain = ? OR ? LIKE '%.' || domain",
      )
      .pluck()
      .get(domain, domain) as string | undefined;
    if (!organizationId) return person;
    return updatePerson(ctx, person.id, {
      roles: [{ organizationId, title: '', startDate: null, endDate: null, current: true }],
    });
  })();
}
