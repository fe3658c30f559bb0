import { describe, expect, it } from 'vitest';
import type { IntroPath } from '../../../../../shared/domain/insights';
import { PairFacts, compactGraph } from '../../../../../electron/core/insights/graph/compactGraph';
import {
  searchIntroPaths,
  type YourTie,
} from '../../../../../electron/core/insights/graph/pathSearch';
import type { RelationshipGraph } from '../../../../../electron/core/insights/graph/compactGraph';

/** A graph from [a, b, strength, evidence] rows; ids are the lower-cased names. */
function graphOf(people: string[], ties: [string, string, number, string][]): RelationshipGraph {
  const pairs = new PairFacts();
  for (const p of people) pairs.person(p.toLowerCase(), p);
  for (const [a, b, strength, evidence] of ties) pairs.addFact(a, b, { strength, evidence });
  return compactGraph(pairs);
}

function yoursOf(entries: [string, number, string][]): Map<string, YourTie> {
  return new Map(entries.map(([id, strength, why]) => [id, { strength, evidence: [why] }]));
}

/** "you → Dana (72) → Priya (45)": enough to compare orders at a glance. */
function line(path: IntroPath): string {
  return ['you', ...path.hops.map((h) => `${h.to.displayName} (${h.strength})`)].join(' → ');
}

const people = ['Dana', 'Priya', 'Sam', 'Ada', 'Bo', 'Cy', 'Zed'];

describe('searchIntroPaths', () => {
  it('finds the warmest path with each hop’s evidence', () => {
    const graph = graphOf(people, [
      ['dana', 'priya', 45, 'colleagues at Initech 2019–2023'],
      ['sam', 'priya', 30, 'together in 3 interactions'],
    ]);
    const yours = yoursOf([
      ['dana', 72, '14 meetings'],
      ['sam', 90, '30 interactions'],
    ]);
    const paths = searchIntroPaths(graph, yours, 'priya', 3);
    expect(paths).toEqual([
      {
        strength: 45,
        hops: [
          {
            from: 'you',
            to: { id: 'dana', displayName: 'Dana' },
            strength: 72,
            evidence: ['14 meetings'],
          },
          {
            from: { id: 'dana', displayName: 'Dana' },
            to: { id: 'priya', displayName: 'Priya' },
            strength: 45,
            evidence: ['colleagues at Initech 2019–2023'],
          },
        ],
      },
      {
        strength: 30,
        hops: [
          {
            from: 'you',
            to: { id: 'sam', displayName: 'Sam' },
            strength: 90,
            evidence: ['30 interactions'],
          },
          {
            from: { id: 'sam', displayName: 'Sam' },
            to: { id: 'priya', displayName: 'Priya' },
            strength: 30,
            evidence: ['together in 3 interactions'],
          },
        ],
      },
    ]);
  });

  it('counts a person you know as a one-hop path, ranked by strength then hops', () => {
    const graph = graphOf(people, [['dana', 'priya', 80, 'colleagues']]);
    const yours = yoursOf([
      ['dana', 50, 'x'],
      ['priya', 50, 'y'],
    ]);
    expect(searchIntroPaths(graph, yours, 'priya', 5).map(line)).toEqual([
      'you → Priya (50)',
      'you → Dana (50) → Priya (80)',
    ]);
  });

  it('goes at most three hops', () => {
    // you → Ada → Bo → Cy → Zed is four hops: Zed is out of reach.
    const graph = graphOf(people, [
      ['ada', 'bo', 90, 'friends'],
      ['bo', 'cy', 90, 'friends'],
      ['cy', 'zed', 90, 'friends'],
    ]);
    const yours = yoursOf([['ada', 90, 'x']]);
    expect(searchIntroPaths(graph, yours, 'cy', 3).map(line)).toEqual([
      'you → Ada (90) → Bo (90) → Cy (90)',
    ]);
    expect(searchIntroPaths(graph, yours, 'zed', 3)).toEqual([]);
  });

  it('keeps the best path per first person and honours the limit', () => {
    const graph = graphOf(people, [
      ['dana', 'priya', 40, 'a'],
      ['dana', 'sam', 90, 'b'],
      ['sam', 'priya', 90, 'c'],
      ['ada', 'priya', 30, 'd'],
      ['bo', 'priya', 20, 'e'],
    ]);
    const yours = yoursOf([
      ['dana', 80, 'x'],
      ['ada', 80, 'x'],
      ['bo', 80, 'x'],
    ]);
    expect(searchIntroPaths(graph, yours, 'priya', 2).map(line)).toEqual([
      'you → Dana (80) → Sam (90) → Priya (90)',
      'you → Ada (80) → Priya (30)',
    ]);
  });

  it('breaks ties between equal paths by name, then id, whatever the insertion order', () => {
    const ties: [string, string, number, string][] = [
      ['sam', 'priya', 50, 'x'],
      ['dana', 'priya', 50, 'x'],
      ['bo', 'priya', 50, 'x'],
    ];
    const yours = yoursOf([
      ['sam', 60, 'x'],
      ['dana', 60, 'x'],
      ['bo', 60, 'x'],
    ]);
    const forward = searchIntroPaths(graphOf(people, ties), yours, 'priya', 3).map(line);
    const backward = searchIntroPaths(graphOf(people, ties.toReversed()), yours, 'priya', 3).map(
      line,
    );
    expect(forward).toEqual([
      'you → Bo (60) → Priya (50)',
      'you → Dana (60) → Priya (50)',
      'you → Sam (60) → Priya (50)',
    ]);
    expect(backward).toEqual(forward);
  });

  it('orders two people of the same name by id', () => {
    const graph = graphOf(
      [...people, 'Dana2'],
      [
        ['dana', 'priya', 50, 'x'],
        ['dana2', 'priya', 50, 'x'],
      ],
    );
    graph.names.set('dana2', 'Dana');
    const yours = yoursOf([
      ['dana2', 60, 'x'],
      ['dana', 60, 'x'],
    ]);
    expect(searchIntroPaths(graph, yours, 'priya', 3).map((p) => p.hops[0]?.to.id)).toEqual([
      'dana',
      'dana2',
    ]);
  });

  it('has no path to someone nobody you know knows, or to an unknown id', () => {
    const graph = graphOf(people, [['dana', 'priya', 50, 'x']]);
    expect(searchIntroPaths(graph, new Map(), 'priya', 3)).toEqual([]);
    expect(searchIntroPaths(graph, yoursOf([['dana', 50, 'x']]), 'nobody', 3)).toEqual([]);
  });
});
