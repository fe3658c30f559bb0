import type { RelationshipKind } from '../../../../shared/domain/relationship';
import type { CoreContext } from '../../coreContext';
import {
  INTRODUCED_BY_STRENGTH,
  RELATIONSHIP_STRENGTH,
  coAttendanceEvidence,
  coAttendanceStrength,
  combineStrengths,
  relationshipEvidence,
  sharedOrganizationTie,
  type GraphEdge,
} from './edgeRules';

/** Who knows whom among the people kept (archived people left out), both directions stored. */
export interface RelationshipGraph {
  names: Map<string, string>;
  edges: Map<string, Map<string, GraphEdge>>;
}

/**
 * A crowd says little about who knows whom, and its pairs grow with the square of its size: an
 * interaction, meeting or organization with more people than these adds no tie.
 */
export const MAX_GATHERING = 12;
export const MAX_ORGANIZATION = 150;

interface Fact {
  strength: number;
  evidence: string;
}

/** Collects facts per unordered pair, then folds each pair's facts into one edge. */
class EdgeBuilder {
  private readonly facts = new Map<string, { a: string; b: string; facts: Fact[] }>();
  constructor(private readonly names: Map<string, string>) {}

  add(x: string, y: string, fact: Fact): void {
    if (x === y || !this.names.has(x) || !this.names.has(y)) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    const entry = this.facts.get(key) ?? { a, b, facts: [] };
    if (!entry.facts.some((f) => f.evidence === fact.evidence)) entry.facts.push(fact);
    this.facts.set(key, entry);
  }

  build(): Map<string, Map<string, GraphEdge>> {
    const edges = new Map<string, Map<string, GraphEdge>>();
    const link = (from: string, to: string, edge: GraphEdge) => {
      const out = edges.get(from) ?? new Map<string, GraphEdge>();
      out.set(to, edge);
      edges.set(from, out);
    };
    for (const { a, b, facts } of this.facts.values()) {
      const edge: GraphEdge = {
        strength: combineStrengths(facts.map((f) => f.strength)),
        evidence: facts.map((f) => f.evidence),
      };
      link(a, b, edge);
      link(b, a, edge);
    }
    return edges;
  }
}

/** Builds the whole graph with a handful of set-based queries (no query per person). */
export function buildRelationshipGraph(ctx: CoreContext, now: Date): RelationshipGraph {
  const { sqlite } = ctx.db;
  const names = new Map<string, string>();
  const peopleRows = sqlite
    .prepare('SELECT id, display_name AS name FROM people WHERE archived_at IS NULL')
    .all() as { id: string; name: string }[];
  for (const row of peopleRows) names.set(row.id, row.name);
  const name = (id: string) => names.get(id) ?? '';
  const builder = new EdgeBuilder(names);

  const relationships = sqlite
    .prepare(
      `SELECT from_person_id AS fromId, to_person_id AS toId, kind, label FROM relationships
       ORDER BY kind, from_person_id, to_person_id, label`,
    )
    .all() as { fromId: string; toId: string; kind: RelationshipKind; label: string }[];
  for (const r of relationships) {
    builder.add(r.fromId, r.toId, {
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
    builder.add(r.byId, r.id, {
      strength: INTRODUCED_BY_STRENGTH,
      evidence: relationshipEvidence('introducer', '', name(r.byId), name(r.id)),
    });
  }

  addSharedOrganizations(ctx, builder, now);
  addCoAttendance(ctx, builder, now);
  return { names, edges: builder.build() };
}

/**
 * Everyone's roles in one ordered read, paired within each organization here rather than by a
 * self-join in SQL: the join's wide rows (one per pair) cost more than the pairing itself.
 */
function addSharedOrganizations(ctx: CoreContext, builder: EdgeBuilder, now: Date): void {
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
  let from = 0;
  while (from < rows.length) {
    const organizationId = rows[from]?.[0];
    let to = from;
    while (to < rows.length && rows[to]?.[0] === organizationId) to++;
    const group = rows.slice(from, to);
    from = to;
    if (new Set(group.map((r) => r[2])).size > MAX_ORGANIZATION) continue;
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
        if (tie) builder.add(a[2], b[2], tie);
      }
    }
  }
}

/**
 * People in the same interaction (the user is in all of them) or the same past calendar
 * meeting (attendees matched to people by email; who declined was not there), counted per
 * pair. An interaction logged for a meeting counts as both: a documented double count, since
 * telling them apart would cost a join on every occurrence for little change in order.
 */
function addCoAttendance(ctx: CoreContext, builder: EdgeBuilder, now: Date): void {
  const { sqlite } = ctx.db;
  const counts = new Map<
    string,
    { a: string; b: string; interactions: number; meetings: number }
  >();
  const count = (x: string, y: string) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    const entry = counts.get(key) ?? { a, b, interactions: 0, meetings: 0 };
    counts.set(key, entry);
    return entry;
  };
  // Read in primary-key order (interaction, person) and paired here: cheaper than a self-join.
  const participants = sqlite
    .prepare(
      `SELECT interaction_id, person_id FROM interaction_participants WHERE occurred_at <= ?
        ORDER BY interaction_id, person_id`,
    )
    .raw()
    .all(now.toISOString()) as [string, string][];
  forEachGathering(participants, (people) => {
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        count(people[i] ?? '', people[j] ?? '').interactions++;
      }
    }
  });

  // Each event once with its count of past occurrences: a weekly series is one row, not 52.
  const attendance = sqlite
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
  const occurrences = new Map(attendance.map((r) => [r[0], r[2]]));
  forEachGathering(attendance, (people, eventId) => {
    const n = occurrences.get(eventId) ?? 0;
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        count(people[i] ?? '', people[j] ?? '').meetings += n;
      }
    }
  });

  for (const c of counts.values()) {
    builder.add(c.a, c.b, {
      strength: coAttendanceStrength(c.interactions + c.meetings),
      evidence: coAttendanceEvidence(c.interactions, c.meetings),
    });
  }
}

/** Calls `visit` with the people of each gathering of 2 to MAX_GATHERING, rows grouped by it. */
function forEachGathering<Id>(
  rows: [Id, string, ...unknown[]][],
  visit: (people: string[], id: Id) => void,
): void {
  let from = 0;
  while (from < rows.length) {
    const id = rows[from]?.[0] as Id;
    let to = from;
    while (to < rows.length && rows[to]?.[0] === id) to++;
    if (to - from >= 2 && to - from <= MAX_GATHERING) {
      visit(
        rows.slice(from, to).map((r) => r[1]),
        id,
      );
    }
    from = to;
  }
}
