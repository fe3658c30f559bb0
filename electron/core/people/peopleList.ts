import type { ParsedInput } from '../../../shared/contract';
import type { PersonSummary } from '../../../shared/domain/person';
import type { CoreContext } from '../coreContext';
import { everyonesWarmth, warmthForPeople } from '../insights/warmth/warmth';
import { matchingIds } from '../search/searchQuery';
import { tagsOfPeople } from '../tags/tagRepository';
import { HEADLINE_SQL, photoUrl, PRIMARY_EMAIL_SQL } from './personReader';

/** Above this many rows (of active people), reading everyone's signals at once is cheaper. */
const MANY = 500;

interface SummaryRow {
  id: string;
  displayName: string;
  primaryEmail: string | null;
  headline: string | null;
  photoAt: string | null;
  lastContactedAt: string | null;
  updatedAt: string;
  archivedAt: string | null;
}

/**
 * The people list: every match at once (the renderer virtualizes), filtered by the full-text
 * index when there is a query and ranked by it unless a sort is asked for. Sorted by warmth,
 * the warmest come first (ties by name) and each row carries its score; other sorts leave it
 * null, as scoring everyone costs most of a second on ten thousand people.
 */
export function listPeople(ctx: CoreContext, input: ParsedInput<'people.list'>): PersonSummary[] {
  const where: string[] = [
    input.archived ? 'people.archived_at IS NOT NULL' : 'people.archived_at IS NULL',
  ];
  const params: unknown[] = [];
  let rank: Map<string, number> | null = null;

  if (input.query?.trim()) {
    const ids = matchingIds(ctx, 'person', input.query);
    if (ids) {
      if (ids.length === 0) return [];
      rank = new Map(ids.map((id, i) => [id, i]));
      where.push(`people.id IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(ids));
    }
  }
  if (input.tagId) {
    where.push(
      'EXISTS (SELECT 1 FROM person_tags pt WHERE pt.person_id = people.id AND pt.tag_id = ?)',
    );
    params.push(input.tagId);
  }
  if (input.organizationId) {
    where.push(
      'EXISTS (SELECT 1 FROM person_roles pr WHERE pr.person_id = people.id AND pr.organization_id = ?)',
    );
    params.push(input.organizationId);
  }
  // By warmth: sorted by name here, so the stable sort by score below leaves ties by name.
  const order =
    input.sort === 'updated'
      ? 'people.updated_at DESC, people.id'
      : 'people.display_name COLLATE NOCASE, people.id';
  const now = ctx.clock();

  const rows = ctx.db.sqlite
    .prepare(
      `SELECT people.id, people.display_name AS displayName, ${PRIMARY_EMAIL_SQL} AS primaryEmail,
              ${HEADLINE_SQL} AS headline, ph.updated_at AS photoAt,
              (SELECT max(ip.occurred_at) FROM interaction_participants ip
                WHERE ip.person_id = people.id AND ip.occurred_at <= ?) AS lastContactedAt,
              people.updated_at AS updatedAt, people.archived_at AS archivedAt
         FROM people LEFT JOIN person_photos ph ON ph.person_id = people.id
        WHERE ${where.join(' AND ')}
        ORDER BY ${order}`,
    )
    .all(now.toISOString(), ...params) as SummaryRow[];

  // A search with no explicit sort (name or warmth) lists the best matches first.
  if (rank && input.sort === 'updated') {
    const position = rank;
    rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  }
  const warmth = input.sort === 'warmth' ? warmthOf(ctx, rows, input.archived, now) : null;
  if (warmth) rows.sort((a, b) => (warmth.get(b.id) ?? 0) - (warmth.get(a.id) ?? 0));
  const tags = tagsOfPeople(ctx, rows.length > 2000 ? null : rows.map((r) => r.id));
  return rows.map((row) => ({
    id: row.id,
    displayName: row.displayName,
    primaryEmail: row.primaryEmail,
    headline: row.headline ?? '',
    photoUrl: photoUrl(row.id, row.photoAt),
    tags: tags.get(row.id) ?? [],
    lastContactedAt: row.lastContactedAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
    warmth: warmth?.get(row.id) ?? null,
  }));
}

/** Each row's warmth score; everyone's at once when the rows are most of the active people. */
function warmthOf(
  ctx: CoreContext,
  rows: SummaryRow[],
  archived: boolean,
  now: Date,
): Map<string, number> {
  // Everyone's means the active people only, so archived rows are always asked for by id.
  // Everyone's is kept until the data change, so sorting the whole list again costs nothing.
  const all = rows.length > MANY && !archived;
  const warmth = all
    ? everyonesWarmth(ctx, now)
    : warmthForPeople(
        ctx,
        rows.map((r) => r.id),
        now,
      );
  const scores = new Map<string, number>();
  for (const [id, w] of warmth) scores.set(id, w.score);
  return scores;
}
