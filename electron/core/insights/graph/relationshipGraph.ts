import type { RelationshipKind } from '../../../../shared/domain/relationship';
import type { CoreContext } from '../../coreContext';
import { PairFacts, compactGraph, type RelationshipGraph } from './compactGraph';
import {
  INTRODUCED_BY_STRENGTH,
  RELATIONSHIP_STRENGTH,
  relationshipEvidence,
  sharedOrganizationTie,
} from './edgeRules';

export type { RelationshipGraph } from './compactGraph';

/**
 * A crowd says little about who knows whom, and its pairs grow with the square of its size: an
 * interaction, meeting or organization with more people than these adds no tie.
 */
export const MAX_GATHERING = 12;
export const MAX_ORGANIZATION = 150;

/** Builds the whole graph with a handful of set-based queries (no query per person). */
export function buildRelationshipGraph(ctx: CoreContext, now: Date): RelationshipGraph {
  const { sqlite } = ctx.db;
  const pairs = new PairFacts();
  // The row id comes along so co-attendance can be read as numbers, not 400k id strings.
  const byRowid = new Map<number, number>();
  const peopleRows = sqlite
    .prepare('SELECT rowid, id, display_name FROM people WHERE archived_at IS NULL ORDER BY id')
    .raw()
    .all() as [number, string, string][];
  for (const [rowid, id, name] of peopleRows) {
    byRowid.set(rowid, pairs.ids.length);
    pairs.person(id, name);
  }
  const name = (id: string) => pairs.names.get(id) ?? '';

  const relationships = sqlite
    .prepare(
      `SELECT from_person_id AS fromId, to_person_id AS toId, kind, label FROM relationships
       ORDER BY kind, from_person_id, to_person_id, label`,
    )
    .all() as { fromId: string; toId: string; kind: RelationshipKind; label: string }[];
  for (const r of relationships) {
    pairs.addFact(r.fromId, r.toId, {
      strength: RELATIONSHIP_STRENGTH[r.kind] ?? RELATIONSHIP_STRENGTH.custom,
      evidence: relationshipEvidence(r.kind, r.label, name(r.fromId), name(r.toId)),
    });
  }

  const introductions = sqlite
    .prepare(
      'SELECT id, introduced_by_id AS byId FROM people WHERE introduced_by_id IS NOT NULL ORDER BY id',
    )
    .all() as { id: string; byId: string }[];
  for (const r of introductions) {
    // Worded like an `introducer` relationship so both facts about one introduction count once.
    pairs.addFact(r.byId, r.id, {
      strength: INTRODUCED_BY_STRENGTH,
      evidence: relationshipEvidence('introducer', '', name(r.byId), name(r.id)),
    });
  }

  addSharedOrganizations(ctx, pairs, now);
  addInteractionsTogether(ctx, pairs, byRowid, now);
  addMeetingsTogether(ctx, pairs, now);
  return compactGraph(pairs);
}

/**
 * Everyone's roles in one ordered read, paired within each organization here rather than by a
 * self-join in SQL: the join's wide rows (one per pair) cost more than the pairing itself.
 */
function addSharedOrganizations(ctx: CoreContext, pairs: PairFacts, now: Date): void {
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT r.organization_id, o.name, r.person_id, r.start_date, r.end_date, r.is_current
         FROM person_roles r
         JOIN organizations o ON o.id = r.organization_id AND o.archived_at IS NULL
        ORDER BY o.name_key, r.organization_id, r.person_id, r.id`,
    )
    .raw()
    .all() as [string, string, string, string | null, string | null, number][];
  const today = now.toISOString().slice(0, 10);
  forEachRun(rows, (group) => {
    if (new Set(group.map((r) => r[2])).size > MAX_ORGANIZATION) return;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i];
        const b = group[j];
        if (!a || !b || a[2] === b[2]) continue;
        const tie = sharedOrganizationTie(
          a[1],
          { startDate: a[3], endDate: a[4], current: a[5] === 1 },
          { startDate: b[3], endDate: b[4], current: b[5] === 1 },
          today,
        );
        if (tie) pairs.addFact(a[2], b[2], tie);
      }
    }
  });
}

/**
 * People in the same interaction (the user is in all of them), counted per pair. Each
 * interaction's people arrive as one list of row ids made by SQLite from the covering primary
 * key, and interactions still to come are left out by their (few) ids: reading 400k
 * (interaction, person) id pairs, or looking up each row's date, cost seconds.
 */
function addInteractionsTogether(
  ctx: CoreContext,
  pairs: PairFacts,
  byRowid: Map<number, number>,
  now: Date,
): void {
  const gatherings = ctx.db.sqlite
    .prepare(
      `SELECT group_concat(p.rowid) FROM interaction_participants ip
         JOIN people p ON p.id = ip.person_id
        WHERE ip.interaction_id NOT IN (SELECT id FROM interactions WHERE occurred_at > ?)
        GROUP BY ip.interaction_id HAVING count(*) BETWEEN 2 AND ${MAX_GATHERING}`,
    )
    .pluck()
    .all(now.toISOString()) as string[];
  for (const list of gatherings) {
    pairs.together(
      'interactions',
      list.split(',').map((rowid) => byRowid.get(Number(rowid)) ?? -1),
    );
  }
}

/**
 * People in the same past calendar meeting (attendees matched to people by email; who declined
 * was not there). An interaction logged for a meeting counts as both: a documented double
 * count, since telling them apart would cost a join on every occurrence for little change.
 * Each event is read once with its count of past occurrences: a weekly series is one row.
 */
function addMeetingsTogether(ctx: CoreContext, pairs: PairFacts, now: Date): void {
  const attendance = ctx.db.sqlite
    .prepare(
      `WITH past AS (
         SELECT event_id, count(*) AS n FROM calendar_occurrences
          WHERE status <> 'cancelled' AND (start_at < ? OR start_date < ?)
          GROUP BY event_id)
       SELECT DISTINCT past.event_id, pe.person_id, past.n
         FROM past
         JOIN calendar_events e ON e.id = past.event_id, json_each(e.attendees) j
         JOIN person_emails pe ON pe.address_key = lower(trim(json_extract(j.value, '$.email')))
        WHERE coalesce(json_extract(j.value, '$.response'), '') <> 'declined'
        ORDER BY past.event_id, pe.person_id`,
    )
    .raw()
    .all(now.getTime(), now.toISOString().slice(0, 10)) as [number, string, number][];
  forEachRun(attendance, (event) => {
    if (event.length > MAX_GATHERING) return;
    const people = event.map((r) => pairs.index.get(r[1]) ?? -1);
    pairs.together('meetings', people, event[0]?.[2] ?? 0);
  });
}

/** Calls `visit` with each run of rows that share their first column (rows come sorted by it). */
function forEachRun<Row extends unknown[]>(rows: Row[], visit: (run: Row[]) => void): void {
  let from = 0;
  while (from < rows.length) {
    const first = rows[from]?.[0];
    let to = from;
    while (to < rows.length && rows[to]?.[0] === first) to++;
    visit(rows.slice(from, to));
    from = to;
  }
}
