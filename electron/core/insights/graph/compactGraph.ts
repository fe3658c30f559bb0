import {
  coAttendanceEvidence,
  coAttendanceStrength,
  combineStrengths,
  type GraphEdge,
} from './edgeRules';

/** Who knows whom among the people kept (archived people left out). */
export interface RelationshipGraph {
  names: Map<string, string>;
  /** Everyone tied to `id`, with how strong the tie is. */
  neighbours(id: string): Iterable<[id: string, strength: number]>;
  /** The tie between two people with its evidence; undefined when there is none. */
  edge(a: string, b: string): GraphEdge | undefined;
}

/** One written-down fact about a pair: a relationship, an introduction, an organization. */
export interface Fact {
  strength: number;
  evidence: string;
}

/**
 * Facts gathered per unordered pair of people, the pair keyed by one number (low index × n +
 * high index): a world of 10k people has some 300k pairs, and string keys, fact arrays and
 * evidence sentences for each of them were most of the build's time and garbage. Co-attendance
 * is kept as two counts per pair; its sentence is written only for a tie that is shown.
 */
export class PairFacts {
  readonly ids: string[] = [];
  readonly index = new Map<string, number>();
  readonly names = new Map<string, string>();
  readonly facts = new Map<number, Fact[]>();
  readonly interactions = new Map<number, number>();
  readonly meetings = new Map<number, number>();

  person(id: string, name: string): void {
    this.index.set(id, this.ids.length);
    this.ids.push(id);
    this.names.set(id, name);
  }

  /** The pair's key, or -1 when either is not kept or both are one person. */
  key(x: number | undefined, y: number | undefined): number {
    if (x === undefined || y === undefined || x < 0 || y < 0 || x === y) return -1;
    const n = this.ids.length;
    return x < y ? x * n + y : y * n + x;
  }

  addFact(x: string, y: string, fact: Fact): void {
    const key = this.key(this.index.get(x), this.index.get(y));
    if (key < 0) return;
    const list = this.facts.get(key);
    if (!list) this.facts.set(key, [fact]);
    else if (!list.some((f) => f.evidence === fact.evidence)) list.push(fact);
  }

  /** One more interaction, or `times` more meetings, for every pair of these people (indices; -1: not kept). */
  together(kind: 'interactions' | 'meetings', people: number[], times = 1): void {
    const counts = this[kind];
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const key = this.key(people[i], people[j]);
        if (key >= 0) counts.set(key, (counts.get(key) ?? 0) + times);
      }
    }
  }

  /** The tie's strength alone: no sentences for the hundreds of thousands never shown. */
  edgeStrength(key: number): number {
    const together = (this.interactions.get(key) ?? 0) + (this.meetings.get(key) ?? 0);
    const facts = this.facts.get(key);
    // Most pairs have only met: one fact, whose combination is itself (no array per pair).
    if (!facts) return coAttendanceStrength(together);
    const strengths = facts.map((f) => f.strength);
    if (together > 0) strengths.push(coAttendanceStrength(together));
    return combineStrengths(strengths);
  }

  edgeOf(key: number): GraphEdge | undefined {
    const facts = this.facts.get(key) ?? [];
    const interactions = this.interactions.get(key) ?? 0;
    const meetings = this.meetings.get(key) ?? 0;
    const strengths = facts.map((f) => f.strength);
    const evidence = facts.map((f) => f.evidence);
    if (interactions + meetings > 0) {
      strengths.push(coAttendanceStrength(interactions + meetings));
      evidence.push(coAttendanceEvidence(interactions, meetings));
    }
    return evidence.length > 0 ? { strength: combineStrengths(strengths), evidence } : undefined;
  }
}

/**
 * The pairs as adjacency arrays (compressed rows: each person's neighbours side by side), so a
 * walk over someone's ties reads two typed arrays.
 */
export function compactGraph(pairs: PairFacts): RelationshipGraph {
  const n = pairs.ids.length;
  // Every pair once: those with counts of interactions, then of meetings only, then facts only.
  const keys: number[] = [...pairs.interactions.keys()];
  for (const key of pairs.meetings.keys()) if (!pairs.interactions.has(key)) keys.push(key);
  for (const key of pairs.facts.keys()) {
    if (!pairs.interactions.has(key) && !pairs.meetings.has(key)) keys.push(key);
  }
  const strengthOf = keys.map((key) => pairs.edgeStrength(key));
  const degree = new Int32Array(n + 1);
  keys.forEach((key, k) => {
    if ((strengthOf[k] ?? 0) <= 0) return;
    const a = Math.floor(key / n);
    const b = key % n;
    degree[a] = (degree[a] ?? 0) + 1;
    degree[b] = (degree[b] ?? 0) + 1;
  });
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = (start[i] ?? 0) + (degree[i] ?? 0);
  const next = start.slice(0, n);
  const targets = new Int32Array(start[n] ?? 0);
  const strengths = new Uint8Array(start[n] ?? 0);
  const place = (from: number, to: number, strength: number) => {
    const at = next[from] ?? 0;
    targets[at] = to;
    strengths[at] = strength;
    next[from] = at + 1;
  };
  keys.forEach((key, k) => {
    const strength = strengthOf[k] ?? 0;
    if (strength <= 0) return;
    const a = Math.floor(key / n);
    const b = key % n;
    place(a, b, strength);
    place(b, a, strength);
  });

  return {
    names: pairs.names,
    *neighbours(id) {
      const i = pairs.index.get(id);
      if (i === undefined) return;
      for (let at = start[i] ?? 0; at < (start[i + 1] ?? 0); at++) {
        yield [pairs.ids[targets[at] ?? 0] ?? '', strengths[at] ?? 0];
      }
    },
    edge(a, b) {
      const key = pairs.key(pairs.index.get(a), pairs.index.get(b));
      return key < 0 ? undefined : pairs.edgeOf(key);
    },
  };
}
