import type { InteractionKind } from '../../../../shared/domain/interaction';
import { DAY_MS, daysBetween, localDate, type ContactSignals, type KindCounts } from '../signals';

/**
 * How much one contact of each kind says about a tie: being in the same room most, a note
 * written about someone least. A logged "meeting" and an attended calendar meeting sit just
 * below in person: usually face to face, but often with others in the room.
 */
export const KIND_WEIGHTS: Record<InteractionKind, number> = {
  in_person: 1,
  meeting: 0.9,
  video: 0.8,
  call: 0.7,
  email: 0.4,
  message: 0.4,
  note: 0.2,
};
export const ATTENDED_MEETING_WEIGHT = 0.9;

/** The three parts and their ceilings; they add up to at most 100. */
export const RECENCY_POINTS = 40;
export const FREQUENCY_POINTS = 45;
export const KIND_POINTS = 15;
/** Recency halves every 30 days without contact. */
export const RECENCY_HALF_LIFE_DAYS = 30;
/** Weighted contacts at which frequency reaches 63% of its points (1 − 1/e). */
export const FREQUENCY_SCALE = 6;
/** The last 90 days count fully; contacts earlier in the year count a quarter. */
const YEAR_SHARE = 0.25;

export interface WarmthResult {
  score: number;
  parts: { label: string; points: number }[];
  explanation: string;
}

const sum = (counts: KindCounts) => Object.values(counts).reduce((a, n) => a + (n ?? 0), 0);

function weighted(counts: KindCounts): number {
  let total = 0;
  for (const [kind, n] of Object.entries(counts) as [InteractionKind, number | undefined][]) {
    total += KIND_WEIGHTS[kind] * (n ?? 0);
  }
  return total;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function ago(days: number): string {
  if (days <= 0) return 'today';
  return `${plural(days, 'day')} ago`;
}

/**
 * The warmth of a tie, 0–100, from its contact signals as of `now` (pure and deterministic).
 * Each part is rounded on its own (rounding never reverses an order), so the score is exactly
 * the sum of the parts shown, and more recent or more frequent contact never lowers it.
 */
export function warmthScore(signals: ContactSignals, now: Date, zone = 'UTC'): WarmthResult {
  const last = signals.lastContactMs;
  const elapsedDays = last === null ? null : Math.max(0, (now.getTime() - last) / DAY_MS);
  const recency =
    elapsedDays === null ? 0 : RECENCY_POINTS * Math.pow(0.5, elapsedDays / RECENCY_HALF_LIFE_DAYS);

  // Counted in both windows: the last 90 days weigh 1 in total, the year's a quarter.
  const weightedContacts =
    (1 - YEAR_SHARE) *
      (weighted(signals.interactions90) + ATTENDED_MEETING_WEIGHT * signals.meetings90) +
    YEAR_SHARE *
      (weighted(signals.interactions365) + ATTENDED_MEETING_WEIGHT * signals.meetings365);
  const frequency = FREQUENCY_POINTS * (1 - Math.exp(-weightedContacts / FREQUENCY_SCALE));

  const kindsSeen = (Object.keys(KIND_WEIGHTS) as InteractionKind[]).filter(
    (k) => (signals.interactions365[k] ?? 0) > 0 || (signals.interactions90[k] ?? 0) > 0,
  );
  const deepest = Math.max(
    0,
    ...kindsSeen.map((k) => KIND_WEIGHTS[k]),
    signals.meetings365 > 0 || signals.meetings90 > 0 ? ATTENDED_MEETING_WEIGHT : 0,
  );
  const kind = KIND_POINTS * deepest;

  const parts = [
    { label: 'Recency', points: Math.round(recency) },
    { label: 'Frequency', points: Math.round(frequency) },
    { label: 'Kind of contact', points: Math.round(kind) },
  ];
  const score = Math.min(
    100,
    parts.reduce((a, p) => a + p.points, 0),
  );
  return { score, parts, explanation: explain(signals, now, zone) };
}

/** "12 interactions and 2 meetings in 90 days, last 3 days ago". */
function explain(signals: ContactSignals, now: Date, zone: string): string {
  if (signals.lastContactMs === null) return 'No contact yet';
  const interactions = sum(signals.interactions90);
  const meetings = signals.meetings90;
  const counted =
    meetings > 0
      ? `${plural(interactions, 'interaction')} and ${plural(meetings, 'meeting')}`
      : plural(interactions, 'interaction');
  const days = daysBetween(localDate(signals.lastContactMs, zone), localDate(now.getTime(), zone));
  return `${counted} in 90 days, last ${ago(days)}`;
}
