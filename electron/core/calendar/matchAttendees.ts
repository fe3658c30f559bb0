import type { AgendaAttendee } from '../../../shared/domain/calendar';
import type { CoreContext } from '../coreContext';
import { resolvePerson } from '../people/resolvePerson';
import type { RawAttendee } from './calendarTypes';

export interface Invitee extends RawAttendee {
  organizer: boolean;
}

const NOT_PEOPLE = new Set(['ROOM', 'RESOURCE', 'GROUP']);

/**
 * Who the people on an invite are: by email first (any of a person's addresses, any case),
 * then by display name exactly, then ignoring case and accents; an ambiguous name is reported
 * with its candidates, never guessed. The user themselves is marked `self`; rooms, resources
 * and groups are not people and are left out.
 */
/** Who each email or name is, remembered for one agenda: a busy day repeats the same people. */
export type MatchMemo = Map<
  string,
  Pick<AgendaAttendee, 'personId' | 'personName' | 'match' | 'candidates'>
>;

export function matchAttendees(
  ctx: CoreContext,
  invitees: Invitee[],
  myEmails: string[],
  memo: MatchMemo = new Map(),
): AgendaAttendee[] {
  const mine = new Set(myEmails.map((e) => e.toLowerCase()));
  const byEmail = ctx.db.sqlite.prepare(
    `SELECT p.id, p.display_name AS displayName FROM person_emails e JOIN people p ON p.id = e.person_id
      WHERE e.address_key = ? AND p.archived_at IS NULL`,
  );
  const result: AgendaAttendee[] = [];
  const seen = new Set<string>();
  for (const invitee of invitees) {
    if (NOT_PEOPLE.has(invitee.kind)) continue;
    const key = (invitee.email ?? invitee.name ?? '').toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const base = {
      name:
        invitee.name && invitee.name.toLowerCase() !== invitee.email?.toLowerCase()
          ? invitee.name
          : null,
      email: invitee.email,
      response: invitee.response,
      organizer: invitee.organizer,
      optional: invitee.role === 'OPT-PARTICIPANT',
      candidates: [] as { id: string; displayName: string }[],
    };
    if (invitee.email && mine.has(invitee.email.toLowerCase())) {
      result.push({ ...base, personId: null, personName: null, match: 'self' });
      continue;
    }
    const memoKey = `${invitee.email?.toLowerCase() ?? ''}|${base.name ?? ''}`;
    const known = memo.get(memoKey);
    if (known) {
      result.push({ ...base, ...known });
      continue;
    }
    const before = result.length;
    const owner = invitee.email
      ? (byEmail.get(invitee.email.trim().toLowerCase()) as
          { id: string; displayName: string } | undefined)
      : undefined;
    if (owner) {
      result.push({ ...base, personId: owner.id, personName: owner.displayName, match: 'email' });
      continue;
    }
    const found = base.name ? resolvePerson(ctx, base.name) : null;
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
    const added = result[before];
    if (added) {
      memo.set(memoKey, {
        personId: added.personId,
        personName: added.personName,
        match: added.match,
        candidates: added.candidates,
      });
    }
  }
  return result;
}
