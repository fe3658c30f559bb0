import type { RelationshipKind } from '../../../../shared/domain/relationship';

/**
 * How much each kind of fact says about two people knowing each other, 0–100, and how it reads.
 * Pure, so the weights are tested and tuned without a database.
 */

/** A tie between two people: how strong, and the facts it was made from. */
export interface GraphEdge {
  strength: number;
  evidence: string[];
}

/** An explicit relationship is the strongest fact: the user wrote it down. */
export const RELATIONSHIP_STRENGTH: Record<RelationshipKind, number> = {
  spouse: 90,
  partner: 90,
  parent: 85,
  manager: 80,
  friend: 75,
  colleague: 70,
  introducer: 60,
  custom: 60,
};

export const INTRODUCED_BY_STRENGTH = 60;
/** Both there now, or there at the same time by their role dates. */
export const SHARED_ORG_OVERLAP_STRENGTH = 45;
/** Both were there, but when is not known: maybe never at once. */
export const SHARED_ORG_UNDATED_STRENGTH = 25;
/** Co-attendance tends to this; "in one meeting together" alone is a weak tie. */
export const CO_ATTENDANCE_MAX = 60;

/** "Dana manages Sam" for a stored "from is <kind> of to". */
export function relationshipEvidence(
  kind: RelationshipKind,
  label: string,
  from: string,
  to: string,
): string {
  switch (kind) {
    case 'spouse':
      return 'spouses';
    case 'partner':
      return 'partners';
    case 'colleague':
      return 'colleagues';
    case 'friend':
      return 'friends';
    case 'parent':
      return `${from} is ${to}’s parent`;
    case 'manager':
      return `${from} manages ${to}`;
    case 'introducer':
      return `${from} introduced ${to}`;
    case 'custom':
      return `${from} is ${to}’s ${label}`;
  }
}

/** Diminishing returns: 1 → 13, 3 → 32, 6 → 47, 14 → 58; never above CO_ATTENDANCE_MAX. */
export function coAttendanceStrength(count: number): number {
  return count <= 0 ? 0 : Math.round(CO_ATTENDANCE_MAX * (1 - Math.exp(-count / 4)));
}

export function coAttendanceEvidence(interactions: number, meetings: number): string {
  const parts: string[] = [];
  if (interactions > 0) parts.push(`${interactions} interaction${interactions === 1 ? '' : 's'}`);
  if (meetings > 0) parts.push(`${meetings} meeting${meetings === 1 ? '' : 's'}`);
  return `together in ${parts.join(' and ')}`;
}

export interface RoleSpan {
  startDate: string | null;
  endDate: string | null;
  current: boolean;
}

/**
 * Two people's roles at one organization as a tie. Dates have free precision (YYYY, YYYY-MM,
 * YYYY-MM-DD), so they are compared as strings padded to full days: "2019" starts 2019-01-01
 * and ends 2019-12-31. Null when known dates never overlap: that is no evidence of a tie.
 */
export function sharedOrganizationTie(
  organization: string,
  a: RoleSpan,
  b: RoleSpan,
  today: string,
): { strength: number; evidence: string } | null {
  if (a.current && b.current && (!a.startDate || !b.startDate)) {
    return { strength: SHARED_ORG_OVERLAP_STRENGTH, evidence: `both at ${organization}` };
  }
  const aEnd = a.current ? today : a.endDate;
  const bEnd = b.current ? today : b.endDate;
  if (!a.startDate || !b.startDate || !aEnd || !bEnd) {
    return { strength: SHARED_ORG_UNDATED_STRENGTH, evidence: `both worked at ${organization}` };
  }
  const start = maxString(padStart(a.startDate), padStart(b.startDate));
  const end = minString(padEnd(aEnd), padEnd(bEnd));
  if (start > end) return null;
  if (a.current && b.current) {
    return {
      strength: SHARED_ORG_OVERLAP_STRENGTH,
      evidence: `both at ${organization} since ${start.slice(0, 4)}`,
    };
  }
  const from = start.slice(0, 4);
  const to = end.slice(0, 4);
  return {
    strength: SHARED_ORG_OVERLAP_STRENGTH,
    evidence: `colleagues at ${organization} ${from === to ? `in ${from}` : `${from}–${to}`}`,
  };
}

function padStart(date: string): string {
  return (date + '-01-01').slice(0, 10);
}

function padEnd(date: string): string {
  if (date.length >= 10) return date.slice(0, 10);
  // The last day of a month is not needed exactly: "-31" compares after every real day.
  return date.length === 7 ? `${date}-31` : `${date.slice(0, 4)}-12-31`;
}

function maxString(a: string, b: string): string {
  return a > b ? a : b;
}

function minString(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * Several facts about one pair make a stronger tie than any one of them, but never certainty:
 * combined as independent chances (1 − Π(1 − s/100)), rounded.
 */
export function combineStrengths(strengths: number[]): number {
  let missing = 1;
  for (const s of strengths) missing *= 1 - Math.min(100, Math.max(0, s)) / 100;
  return Math.round(100 * (1 - missing));
}
