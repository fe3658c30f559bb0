import type { CoreContext } from '../coreContext';
import { bodyOf, writeSearchDocument } from '../search/searchIndex';
import { HEADLINE_SQL, PRIMARY_EMAIL_SQL } from './personReader';

/**
 * Rewrites a person's entry in the search index from the stored data. Archived people leave the
 * index (they are found through the archive filter instead).
 */
export function reindexPerson(ctx: CoreContext, id: string): void {
  const { sqlite } = ctx.db;
  const row = sqlite
    .prepare(
      `SELECT display_name AS displayName, given_name AS givenName, family_name AS familyName,
              nickname, pronouns, how_we_met AS howWeMet, about, archived_at AS archivedAt,
              ${HEADLINE_SQL} AS headline, ${PRIMARY_EMAIL_SQL} AS primaryEmail
         FROM people WHERE id = ?`,
    )
    .get(id) as
    | {
        displayName: string;
        givenName: string;
        familyName: string;
        nickname: string;
        pronouns: string;
        howWeMet: string;
        about: string;
        archivedAt: string | null;
        headline: string | null;
        primaryEmail: string | null;
      }
    | undefined;
  if (!row || row.archivedAt) {
    writeSearchDocument(sqlite, 'person', id, null);
    return;
  }
  const column = (sql: string) => sqlite.prepare(sql).pluck().all(id) as string[];
  writeSearchDocument(sqlite, 'person', id, {
    title: row.nickname ? `${row.displayName} (${row.nickname})` : row.displayName,
    subtitle: row.headline ?? row.primaryEmail ?? '',
    body: bodyOf([
      row.givenName,
      row.familyName,
      ...column('SELECT address FROM person_emails WHERE person_id = ? ORDER BY position'),
      ...column('SELECT number FROM person_phones WHERE person_id = ? ORDER BY position'),
      ...column(
        `SELECT trim(pr.title || ' ' || o.name) FROM person_roles pr
           JOIN organizations o ON o.id = pr.organization_id WHERE pr.person_id = ?`,
      ),
      ...column('SELECT text FROM person_facts WHERE person_id = ? ORDER BY position'),
      ...column(
        'SELECT t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = ?',
      ),
      ...column(
        "SELECT trim(city || ' ' || region || ' ' || country) FROM person_addresses WHERE person_id = ?",
      ),
      ...column("SELECT label || ' ' || value FROM person_fields WHERE person_id = ?"),
      row.howWeMet,
      row.about,
    ]),
  });
}

/** Everyone whose entry mentions an organization (its name is in their headline and body). */
export function reindexPeopleOfOrganization(ctx: CoreContext, organizationId: string): void {
  const ids = ctx.db.sqlite
    .prepare('SELECT DISTINCT person_id FROM person_roles WHERE organization_id = ?')
    .pluck()
    .all(organizationId) as string[];
  for (const id of ids) reindexPerson(ctx, id);
}
