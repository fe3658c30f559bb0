import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERACTION_KINDS } from '../../../../shared/domain/interaction';
import { DAY_MS, type ContactSignals } from '../../../../electron/core/insights/signals';
import { warmthScore } from '../../../../electron/core/insights/warmth/warmthScore';

const NOW = new Date('2026-11-24T12:00:00.000Z');

const counts = fc.dictionary(fc.constantFrom(...INTERACTION_KINDS), fc.nat({ max: 60 }));
const signals: fc.Arbitrary<ContactSignals> = fc.record({
  personId: fc.constant('p'),
  lastContactMs: fc.option(
    fc.integer({ min: 0, max: 3000 }).map((minutes) => NOW.getTime() - minutes * 3_600_000),
  ),
  interactions90: counts,
  interactions365: counts,
  meetings90: fc.nat({ max: 60 }),
  meetings365: fc.nat({ max: 60 }),
});

describe('warmthScore', () => {
  it('is an integer from 0 to 100, the sum of its parts, and the same every time', () => {
    fc.assert(
      fc.property(signals, (s) => {
        const a = warmthScore(s, NOW);
        expect(Number.isInteger(a.score)).toBe(true);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(100);
        expect(a.parts.reduce((sum, p) => sum + p.points, 0)).toBe(a.score);
        expect(warmthScore(structuredClone(s), new Date(NOW))).toEqual(a);
      }),
    );
  });

  it('never drops when the last contact is more recent', () => {
    fc.assert(
      fc.property(signals, fc.integer({ min: 0, max: 2000 }), (s, hoursLater) => {
        const last = s.lastContactMs ?? NOW.getTime() - 3000 * 3_600_000;
        const closer = Math.min(NOW.getTime(), last + hoursLater * 3_600_000);
        const before = warmthScore(s, NOW).score;
        expect(warmthScore({ ...s, lastContactMs: closer }, NOW).score).toBeGreaterThanOrEqual(
          before,
        );
      }),
    );
  });

  it('never drops with one more interaction or meeting of any kind, in any window', () => {
    const more = fc.constantFrom(
      ...INTERACTION_KINDS.flatMap((k) => [`90:${k}`, `365:${k}`]),
      'm90',
      'm365',
    );
    fc.assert(
      fc.property(signals, more, fc.integer({ min: 1, max: 20 }), (s, what, n) => {
        const next = structuredClone(s);
        if (what === 'm90') next.meetings90 += n;
        else if (what === 'm365') next.meetings365 += n;
        else {
          const [window, kind] = what.split(':') as [
            '90' | '365',
            (typeof INTERACTION_KINDS)[number],
          ];
          const bucket = window === '90' ? next.interactions90 : next.interactions365;
          bucket[kind] = (bucket[kind] ?? 0) + n;
        }
        expect(warmthScore(next, NOW).score).toBeGreaterThanOrEqual(warmthScore(s, NOW).score);
      }),
    );
  });

  it('weighs in person above a call above a message', () => {
    const one = (kind: 'in_person' | 'call' | 'message') =>
      warmthScore(
        {
          personId: 'p',
          lastContactMs: NOW.getTime() - 3 * DAY_MS,
          interactions90: { [kind]: 1 },
          interactions365: { [kind]: 1 },
          meetings90: 0,
          meetings365: 0,
        },
        NOW,
      ).score;
    expect(one('in_person')).toBeGreaterThan(one('call'));
    expect(one('call')).toBeGreaterThan(one('message'));
  });

  it('explains itself in words, and is 0 with no contact at all', () => {
    const warm = warmthScore(
      {
        personId: 'p',
        lastContactMs: NOW.getTime() - 3 * DAY_MS,
        interactions90: { call: 10, in_person: 2 },
        interactions365: { call: 20, in_person: 2 },
        meetings90: 0,
        meetings365: 0,
      },
      NOW,
    );
    expect(warm.explanation).toBe('12 interactions in 90 days, last 3 days ago');
    expect(warm.parts).toEqual([
      { label: 'Recency', points: 37 },
      { label: 'Frequency', points: 37 },
      { label: 'Kind of contact', points: 15 },
    ]);
    const cold = warmthScore(
      {
        personId: 'p',
        lastContactMs: null,
        interactions90: {},
        interactions365: {},
        meetings90: 0,
        meetings365: 0,
      },
      NOW,
    );
    expect(cold).toEqual({
      score: 0,
      parts: [
        { label: 'Recency', points: 0 },
        { label: 'Frequency', points: 0 },
        { label: 'Kind of contact', points: 0 },
      ],
      explanation: 'No contact yet',
    });
  });
});
