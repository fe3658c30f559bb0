import type { Database } from 'better-sqlite3';
import type { CoreContext } from '../../coreContext';
import { dataChangeKey, keptPerConnection } from '../dataChangeKey';
import { everyonesWarmth } from '../warmth/warmth';
import type { YourTie } from './pathSearch';
import { buildRelationshipGraph, type RelationshipGraph } from './relationshipGraph';

export interface KnownWorld {
  graph: RelationshipGraph;
  /** The user's tie to each person they know (warmth above 0). */
  yours: Map<string, YourTie>;
}

/**
 * Building the graph reads every relationship, role, interaction and meeting; a search on it
 * takes a millisecond. So the built graph is kept per connection until the data or the hour
 * changes: the hour because warmth and "past meetings" move with the clock.
 */
const built = new WeakMap<Database, { key: string; value: KnownWorld }>();

export function knownWorld(ctx: CoreContext, now: Date): KnownWorld {
  const { sqlite } = ctx.db;
  const key = `${dataChangeKey(sqlite)}:${now.toISOString().slice(0, 13)}`;
  return keptPerConnection(built, sqlite, key, () => {
    const graph = buildRelationshipGraph(ctx, now);
    const yours = new Map<string, YourTie>();
    for (const [id, warmth] of everyonesWarmth(ctx, now)) {
      const strength = Math.round(warmth.score);
      if (strength > 0 && graph.names.has(id)) {
        yours.set(id, { strength, evidence: warmth.explanation ? [warmth.explanation] : [] });
      }
    }
    return { graph, yours };
  });
}
