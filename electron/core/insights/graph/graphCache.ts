import type { Database } from 'better-sqlite3';
import type { CoreContext } from '../../coreContext';
import { warmthForPeople } from '../warmth/warmth';
import type { YourTie } from './pathSearch';
import { buildRelationshipGraph, type RelationshipGraph } from './relationshipGraph';

export interface KnownWorld {
  graph: RelationshipGraph;
  /** The user's tie to each person they know (warmth above 0). */
  yours: Map<string, YourTie>;
}

/**
 * Building the graph reads every relationship, role, interaction and meeting; a search on it
 * takes a millisecond. So the built graph is kept per connection (a WeakMap: it goes with the
 * connection, and no state outlives it) until the data or the hour changes. "Changed" is
 * `total_changes()` (every row this connection wrote, which `PRAGMA data_version` does not see)
 * plus `PRAGMA data_version` (commits by other connections: the app and the command line at
 * once). The hour is in the key because warmth and "past meetings" move with the clock.
 */
const built = new WeakMap<Database, { key: string; world: KnownWorld }>();

function changeKey(sqlite: Database, now: Date): string {
  const writes = sqlite.prepare('SELECT total_changes() AS n').get() as { n: number };
  const version = sqlite.pragma('data_version', { simple: true }) as number;
  return `${writes.n}:${version}:${now.toISOString().slice(0, 13)}`;
}

export function knownWorld(ctx: CoreContext, now: Date): KnownWorld {
  const { sqlite } = ctx.db;
  const key = changeKey(sqlite, now);
  const hit = built.get(sqlite);
  if (hit?.key === key) return hit.world;
  const graph = buildRelationshipGraph(ctx, now);
  const yours = new Map<string, YourTie>();
  for (const [id, warmth] of warmthForPeople(ctx, null, now)) {
    const strength = Math.round(warmth.score);
    if (strength > 0 && graph.names.has(id)) {
      yours.set(id, { strength, evidence: warmth.explanation ? [warmth.explanation] : [] });
    }
  }
  const world = { graph, yours };
  // Keyed by the state before the build: a write made while building shows up next time.
  built.set(sqlite, { key, world });
  return world;
}
