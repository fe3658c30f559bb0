import type { IntroHop, IntroPath } from '../../../../shared/domain/insights';
import type { RelationshipGraph } from './relationshipGraph';

/** The user's own tie to a person: their warmth, and why. */
export interface YourTie {
  strength: number;
  evidence: string[];
}

export const MAX_HOPS = 3;

interface Candidate {
  /** People after "you", the target last. */
  ids: string[];
  strength: number;
}

/**
 * The warmest paths from the user to `targetId` of at most three hops. A path is as warm as its
 * weakest tie; ties between paths go to fewer hops, then to the names along the path, then ids,
 * so the same graph always gives the same order.
 *
 * Three hops from "you" are two steps out from the target, so the search walks the target's
 * neighbours and theirs (bounded by two neighbour lists, not the whole graph) and keeps the
 * best path per first person: "ask Dana" once, not once per route Dana could take.
 */
export function searchIntroPaths(
  graph: RelationshipGraph,
  yours: Map<string, YourTie>,
  targetId: string,
  limit: number,
): IntroPath[] {
  if (!graph.names.has(targetId)) return [];
  const best = new Map<string, Candidate>();
  const offer = (candidate: Candidate) => {
    if (candidate.strength <= 0) return;
    const first = candidate.ids[0] ?? '';
    const current = best.get(first);
    if (!current || compareCandidates(graph, candidate, current) < 0) best.set(first, candidate);
  };
  const yourStrength = (id: string) => yours.get(id)?.strength ?? 0;

  offer({ ids: [targetId], strength: yourStrength(targetId) });
  for (const [middle, last] of graph.neighbours(targetId)) {
    offer({ ids: [middle, targetId], strength: Math.min(yourStrength(middle), last) });
    for (const [first, strength] of graph.neighbours(middle)) {
      if (first === targetId) continue;
      offer({
        ids: [first, middle, targetId],
        strength: Math.min(yourStrength(first), strength, last),
      });
    }
  }
  return [...best.values()]
    .sort((a, b) => compareCandidates(graph, a, b))
    .slice(0, limit)
    .map((c) => toPath(graph, yours, c));
}

function compareCandidates(graph: RelationshipGraph, a: Candidate, b: Candidate): number {
  if (a.strength !== b.strength) return b.strength - a.strength;
  if (a.ids.length !== b.ids.length) return a.ids.length - b.ids.length;
  for (let i = 0; i < a.ids.length; i++) {
    const byName = compareText(
      graph.names.get(a.ids[i] ?? '') ?? '',
      graph.names.get(b.ids[i] ?? '') ?? '',
    );
    if (byName !== 0) return byName;
  }
  for (let i = 0; i < a.ids.length; i++) {
    const byId = compareText(a.ids[i] ?? '', b.ids[i] ?? '');
    if (byId !== 0) return byId;
  }
  return 0;
}

/** Code-point order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toPath(graph: RelationshipGraph, yours: Map<string, YourTie>, c: Candidate): IntroPath {
  const ref = (id: string) => ({ id, displayName: graph.names.get(id) ?? '' });
  const hops: IntroHop[] = c.ids.map((id, i) => {
    const previous = i === 0 ? null : (c.ids[i - 1] ?? null);
    if (previous === null) {
      const tie = yours.get(id);
      return {
        from: 'you',
        to: ref(id),
        strength: tie?.strength ?? 0,
        evidence: tie?.evidence ?? [],
      };
    }
    const edge = graph.edge(previous, id);
    return {
      from: ref(previous),
      to: ref(id),
      strength: edge?.strength ?? 0,
      evidence: edge?.evidence ?? [],
    };
  });
  return { hops, strength: c.strength };
}
