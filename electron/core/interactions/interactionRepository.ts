import { parseMentions, parseTasks, plainMentions } from '../../../shared/capture/parseNote';
import type { ParsedInput } from '../../../shared/contract';
import type { Interaction, InteractionKind } from '../../../shared/domain/interaction';
import type { PersonRef } from '../../../shared/domain/person';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { resolveMention } from '../people/resolvePerson';
import { writeSearchDocument } from '../search/searchIndex';
import { followUpsOfInteractions, insertFollowUp } from './followUpRepository';

interface InteractionRow {
  id: string;
  kind: InteractionKind;
  occurredAt: string;
  durationMinutes: number | null;
  title: string;
  location: string;
  body: string;
  eventSource: string | null;
  eventUid: string | null;
  eventRecurrenceId: string | null;
  createdAt: string;
  updatedAt: string;
}

export const INTERACTION_SELECT = `SELECT i.id, i.kind, i.occurred_at AS occurredAt,
    i.duration_minutes AS durationMinutes, i.title, i.location, i.body,
    i.event_source AS eventSource, i.event_uid AS eventUid, i.event_recurrence_id AS eventRecurrenceId,
    i.created_at AS createdAt, i.updated_at AS updatedAt
  FROM interactions i`;

/** Instants are stored in UTC so that text order is time order. */
function toUtc(instant: string): string {
  return new Date(instant).toISOString();
}

export function interactionsFromRows(ctx: CoreContext, rows: InteractionRow[]): Interaction[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const participants = ctx.db.sqlite
    .prepare(
      `SELECT ip.interaction_id AS interactionId, p.id, p.display_name AS displayName
         FROM interaction_participants ip JOIN people p ON p.id = ip.person_id
        WHERE ip.interaction_id IN (SELECT value FROM json_each(?))
        ORDER BY p.display_name COLLATE NOCASE`,
    )
    .all(ids) as (PersonRef & { interactionId: string })[];
  const byInteraction = new Map<string, PersonRef[]>();
  for (const { interactionId, ...person } of participants) {
    byInteraction.set(interactionId, [...(byInteraction.get(interactionId) ?? []), person]);
  }
  const followUps = followUpsOfInteractions(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    occurredAt: row.occurredAt,
    durationMinutes: row.durationMinutes,
    title: row.title,
    location: row.location,
    body: row.body,
    participants: byInteraction.get(row.id) ?? [],
    followUps: followUps.get(row.id) ?? [],
    event:
      row.eventSource && row.eventUid
        ? { source: row.eventSource, uid: row.eventUid, recurrenceId: row.eventRecurrenceId ?? '' }
        : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
}

function requireRow(ctx: CoreContext, id: string): InteractionRow {
  const row = ctx.db.sqlite.prepare(`${INTERACTION_SELECT} WHERE i.id = ?`).get(id) as
    InteractionRow | undefined;
  if (!row) {
    throw new DomainError('not_found', 'This interaction does not exist (any more).');
  }
  return row;
}

export function getInteraction(ctx: CoreContext, id: string): Interaction {
  return interactionsFromRows(ctx, [requireRow(ctx, id)])[0] as Interaction;
}

/** Participants named in the text with @: by the id the type-ahead inserted, else by name. */
export function mentionedPeople(ctx: CoreContext, body: string): string[] {
  const ids: string[] = [];
  const exists = ctx.db.sqlite.prepare('SELECT 1 FROM people WHERE id = ?').pluck();
  for (const mention of parseMentions(body)) {
    if (mention.personId) {
      if (exists.get(mention.personId)) ids.push(mention.personId);
      continue;
    }
    // "@Ada Lovelace" may also be "@Ada" followed by a capitalised word that is not a name.
    const words = mention.name.split(' ');
    const attempts = words.length > 1 ? [mention.name, words[0] ?? ''] : [mention.name];
    const found = attempts.map((name) => resolveMention(ctx, name)).find(Boolean);
    if (found) ids.push(found.id);
  }
  return ids;
}

function assertPeopleExist(ctx: CoreContext, ids: string[], path: string): void {
  const exists = ctx.db.sqlite.prepare('SELECT 1 FROM people WHERE id = ?').pluck();
  ids.forEach((id, i) => {
    if (!exists.get(id)) {
      throw new DomainError(
        'not_found',
        'One of the people on this interaction no longer exists.',
        [{ path: `${path}.${i}`, message: 'No such person' }],
      );
    }
  });
}

function setParticipants(
  ctx: CoreContext,
  id: string,
  personIds: string[],
  occurredAt: string,
): void {
  const { sqlite } = ctx.db;
  sqlite.prepare('DELETE FROM interaction_participants WHERE interaction_id = ?').run(id);
  const insert = sqlite.prepare(
    'INSERT OR IGNORE INTO interaction_participants (interaction_id, person_id, occurred_at) VALUES (?, ?, ?)',
  );
  for (const personId of personIds) insert.run(id, personId, occurredAt);
}

export function reindexInteraction(ctx: CoreContext, id: string): void {
  const row = ctx.db.sqlite
    .prepare(
      `SELECT i.title, i.kind, i.body, i.location,
              (SELECT group_concat(p.display_name, ', ') FROM interaction_participants ip
                 JOIN people p ON p.id = ip.person_id WHERE ip.interaction_id = i.id) AS people
         FROM interactions i WHERE i.id = ?`,
    )
    .get(id) as
    | {
        title: string;
        kind: string;
        body: string;
        location: string;
        people: string | null;
      }
    | undefined;
  writeSearchDocument(
    ctx.db.sqlite,
    'interaction',
    id,
    row
      ? {
          title: row.title,
          subtitle: row.people ?? '',
          body: `${plainMentions(row.body)}\n${row.location}`,
        }
      : null,
  );
}

export function createInteraction(
  ctx: CoreContext,
  input: ParsedInput<'interactions.create'>,
): Interaction {
  return ctx.db.sqlite.transaction(() => getInteraction(ctx, insertInteraction(ctx, input)))();
}

/** Writes a new interaction inside the caller's transaction and returns its id. */
export function insertInteraction(
  ctx: CoreContext,
  input: ParsedInput<'interactions.create'>,
): string {
  const { sqlite } = ctx.db;
  assertPeopleExist(ctx, input.participantIds, 'participantIds');
  const id = ctx.newId();
  const at = ctx.clock().toISOString();
  const occurredAt = toUtc(input.occurredAt);
  sqlite
    .prepare(
      `INSERT INTO interactions (id, kind, occurred_at, duration_minutes, title, location, body,
           event_source, event_uid, event_recurrence_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      input.kind,
      occurredAt,
      input.durationMinutes,
      input.title,
      input.location,
      input.body,
      input.event?.source ?? null,
      input.event?.uid ?? null,
      input.event?.recurrenceId ?? null,
      at,
      at,
    );
  const participants = [...new Set([...input.participantIds, ...mentionedPeople(ctx, input.body)])];
  setParticipants(ctx, id, participants, occurredAt);

  const explicit = new Set(input.followUps.map((f) => f.title.toLowerCase()));
  const fromText = parseTasks(input.body)
    .filter((task) => !explicit.has(task.title.toLowerCase()))
    .map((task) => ({ title: task.title, dueOn: task.dueOn, personIds: [] as string[] }));
  [...input.followUps, ...fromText].forEach((followUp, position) => {
    assertPeopleExist(ctx, followUp.personIds, `followUps.${position}.personIds`);
    // A follow-up from a conversation is with the people in it unless it says otherwise.
    const personIds = followUp.personIds.length ? followUp.personIds : participants;
    insertFollowUp(ctx, { ...followUp, personIds }, id, position);
  });
  if (input.draftId) {
    sqlite.prepare('DELETE FROM drafts WHERE id = ?').run(input.draftId);
    writeSearchDocument(sqlite, 'draft', input.draftId, null);
  }
  reindexInteraction(ctx, id);
  return id;
}

export function updateInteraction(
  ctx: CoreContext,
  input: ParsedInput<'interactions.update'>,
): Interaction {
  const { sqlite } = ctx.db;
  return sqlite.transaction(() => {
    requireRow(ctx, input.id);
    assertPeopleExist(ctx, input.participantIds, 'participantIds');
    const occurredAt = toUtc(input.occurredAt);
    sqlite
      .prepare(
        `UPDATE interactions SET kind = ?, occurred_at = ?, duration_minutes = ?, title = ?, location = ?,
           body = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        input.kind,
        occurredAt,
        input.durationMinutes,
        input.title,
        input.location,
        input.body,
        ctx.clock().toISOString(),
        input.id,
      );
    const participants = [
      ...new Set([...input.participantIds, ...mentionedPeople(ctx, input.body)]),
    ];
    setParticipants(ctx, input.id, participants, occurredAt);
    reindexInteraction(ctx, input.id);
    return getInteraction(ctx, input.id);
  })();
}
