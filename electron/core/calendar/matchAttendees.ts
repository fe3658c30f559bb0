import type { AgendaAttendee } from '../../../shared/domain/calendar';
import type { PersonRef } from '../../../shared/domain/person';
import type { CoreContext } from '../coreContext';
import { resolveNames, type PersonMatch } from '../people/resolvePerson';
import type { RawAttendee } from './calendarTypes';

export interface Invitee extends RawAttendee {
  organizer: boolean;
}

const NOT_PEOPLE = new Set(['ROOM', 'RESOURCE', 'GROUP']);

/**
 * Who the addresses and names of a day's invites are, read in two queries for the whole day
 * (a busy day has hundreds of attendees; one query each was most of an agenda's time).
 */
export interface MatchSession {
  owners: Map<string, PersonRef>;
  names: Map<string, PersonMatch>;
}

/** The name an invite shows, unless it only repeats the address. */
function displayedName(invitee: Pick<RawAttendee, 'name' | 'email'>): string | null {
  return invitee.name && invitee.name.toLowerCase() !== invitee.email?.toLowerCase()
    ? invitee.name
    : null;
}

export function matchSession(
  ctx: CoreContext,
  invitees: Pick<RawAttendee, 'name' | 'email' | 'kind'>[],
): MatchSession {
  const people = invitees.filter((i) => !NOT_PEOPLE.has(i.kind));
  const keys = [...new Set(people.flatMap((i) => (i.email ? [i.email.trim().toLowerCase()] : [])))];
  const owners = new Map<string, PersonRef>();
  if (keys.length) {
    const rows = ctx.db.sqlite
      .prepare(
        `SELECT e.address_key AS address, p.id, p.display_name AS displayName
           FROM person_emails e JOIN people p ON p.id = e.person_id
          WHERE e.address_key IN (SELECT value FROM json_each(?)) AND p.archived_at IS NULL`,
      )
      .all(JSON.stringify(keys)) as (PersonRef & { address: string })[];
    for (const { address, id, displayName } of rows) owners.set(address, { id, displayName });
  }
  const unnamedByEmail = people.filter(
    (i) => !(i.email && owners.has(i.email.trim().toLowerCase())),
  );
  const names = resolveNames(
    ctx,
    unnamedByEmail.flatMap((i) => {
      const name = displayedName(i);
      return name ? [name] : [];
    }),
  );
  return { owners, names };
}

/**
 * Who the people on an invite are: by email first (any of a person's addresses, any case),
 * then by display name exactly, then ignoring case and accents; an ambiguous name is reported
 * with its candidates, never guessed. The user themselves is marked `self`; rooms, resources
 * and groups are not people and are left out.
 */
export function matchAttendees(
  ctx: CoreContext,
  invitees: Invitee[],
  myEmails: string[],
  session: MatchSession = matchSession(ctx, invitees),
): AgendaAttendee[] {
  const mine = new Set(myEmails.map((e) => e.toLowerCase()));
  const result: AgendaAttendee[] = [];
  const seen = new Set<string>();
  for (const invitee of invitees) {
    if (NOT_PEOPLE.has(invitee.kind)) continue;
    const key = (invitee.email ?? invitee.name ?? '').toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const base = {
      name: displayedName(invitee),
      email: invitee.email,
      response: invitee.response,
      organizer: invitee.organizer,
      optional: invitee.role === 'OPT-PARTICIPANT',
      candidates: [] as PersonRef[],
    };
    if (invitee.email && mine.has(invitee.email.toLowerCase())) {
      result.push({ ...base, personId: null, personName: null, match: 'self' });
      continue;
    }
    const owner = invitee.email ? session.owners.get(invitee.email.trim().toLowerCase()) : null;
    if (owner) {
      result.push({ ...base, personId: owner.id, personName: owner.displayName, match: 'email' });
      continue;
    }
    const found = base.name ? session.names.get(base.name.trim()) : undefined;
    if (found?.person) {
      result.push({
        ...base,
        personId: found.person.id,
        personName: found.person.displayName,
        match: 'name',
      });
    } else if (found?.match === 'ambiguous') {
      result.push({
        ...base,
        personId: null,
        personName: null,
        match: 'ambiguous',
        candidates: found.candidates,
      });
    } else {
      result.push({ ...base, personId: null, personName: null, match: 'none' });
    }
  }
  return result;
}
