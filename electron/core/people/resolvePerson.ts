import type { PersonRef } from '../../../shared/domain/person';
import type { CoreContext } from '../coreContext';
import { matchingAnyPhraseIds, matchingIds } from '../search/searchQuery';
import { emailKey } from './personSections';

export type PersonMatch =
  | { match: 'email' | 'name'; person: PersonRef; candidates: PersonRef[] }
  | { match: 'ambiguous'; person: null; candidates: PersonRef[] }
  | { match: 'none'; person: null; candidates: PersonRef[] };

/** Lower-case without accents: "José" and "jose" compare equal. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Who a typed name or email means: an email address first (any of a person's addresses, any
 * case), then a name exactly, then ignoring case and accents, then (when a person typed it, not
 * for invites) a first name. Never guesses between two people.
 */
export function resolvePerson(
  ctx: CoreContext,
  text: string,
  options: { firstNames?: boolean } = {},
): PersonMatch {
  const { sqlite } = ctx.db;
  const wanted = text.trim();
  if (wanted.includes('@')) {
    const byEmail = sqlite
      .prepare(
        `SELECT p.id, p.display_name AS displayName FROM person_emails e JOIN people p ON p.id = e.person_id
          WHERE e.address_key = ? AND p.archived_at IS NULL`,
      )
      .get(emailKey(wanted)) as PersonRef | undefined;
    if (byEmail) return { match: 'email', person: byEmail, candidates: [byEmail] };
  }
  const ids = matchingIds(ctx, 'person', wanted) ?? [];
  return pickByName(nameCandidates(ctx, ids.slice(0, 500)), wanted, options.firstNames ?? false);
}

type NameCandidate = PersonRef & { fullName: string; nickname: string; givenName: string };

function nameCandidates(ctx: CoreContext, ids: string[]): NameCandidate[] {
  if (ids.length === 0) return [];
  return ctx.db.sqlite
    .prepare(
      `SELECT id, display_name AS displayName, given_name || ' ' || family_name AS fullName,
              nickname, given_name AS givenName
         FROM people WHERE archived_at IS NULL AND id IN (SELECT value FROM json_each(?))
        ORDER BY display_name COLLATE NOCASE`,
    )
    .all(JSON.stringify(ids)) as NameCandidate[];
}

/** The one person a name means among candidates: exactly, then folded, then by first name. */
function pickByName(candidates: NameCandidate[], wanted: string, firstNames: boolean): PersonMatch {
  const names = (c: NameCandidate) => [c.displayName, c.fullName, c.nickname];
  const exact = candidates.filter((c) => names(c).some((n) => n.trim() === wanted));
  const folded = candidates.filter((c) =>
    names(c).some((n) => n && foldName(n) === foldName(wanted)),
  );
  const firstName = firstNames
    ? candidates.filter((c) =>
        [c.givenName, c.displayName.split(' ')[0] ?? ''].some(
          (n) => n && foldName(n) === foldName(wanted),
        ),
      )
    : [];
  const refs = (list: NameCandidate[]) => list.map(({ id, displayName }) => ({ id, displayName }));
  for (const list of [exact, folded, firstName]) {
    const [only] = list;
    if (list.length === 1 && only)
      return { match: 'name', person: refs([only])[0] ?? only, candidates: refs(list) };
    if (list.length > 1) return { match: 'ambiguous', person: null, candidates: refs(list) };
  }
  return { match: 'none', person: null, candidates: refs(candidates.slice(0, 10)) };
}

/**
 * Many names at once, as `resolvePerson` reads each without an address (an invite list): one
 * search for all of them, then each name picks among the people whose name folds to its own.
 */
export function resolveNames(ctx: CoreContext, names: string[]): Map<string, PersonMatch> {
  const wanted = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  const byFolded = new Map<string, NameCandidate[]>();
  for (const candidate of nameCandidates(ctx, matchingAnyPhraseIds(ctx, 'person', wanted))) {
    const keys = new Set(
      [candidate.displayName, candidate.fullName, candidate.nickname].filter(Boolean).map(foldName),
    );
    for (const key of keys) byFolded.set(key, [...(byFolded.get(key) ?? []), candidate]);
  }
  return new Map(
    wanted.map((name) => [name, pickByName(byFolded.get(foldName(name)) ?? [], name, false)]),
  );
}

/** Who an @mention means: as `resolvePerson` with first names, or null when unsure. */
export function resolveMention(ctx: CoreContext, name: string): PersonRef | null {
  return resolvePerson(ctx, name, { firstNames: true }).person;
}
