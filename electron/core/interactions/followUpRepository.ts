import type { ParsedInput } from '../../../shared/contract';
import type { FollowUp, FollowUpBuckets } from '../../../shared/domain/interaction';
import type { PersonRef } from '../../../shared/domain/person';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { writeSearchDocument } from '../search/searchIndex';

interface FollowUpRow {
  id: string;
  title: string;
  dueOn: string | null;
  doneAt: string | null;
  interactionId: string | null;
  createdAt: string;
}

const SELECT = `SELECT f.id, f.title, f.due_on AS dueOn, f.done_at AS doneAt,
                       f.interaction_id AS interactionId, f.created_at AS createdAt
                  FROM follow_ups f`;

export function followUpsFromRows(ctx: CoreContext, rows: FollowUpRow[]): FollowUp[] {
  if (rows.length === 0) return [];
  const people = ctx.db.sqlite
    .prepare(
      `SELECT fp.follow_up_id AS followUpId, p.id, p.display_name AS displayName
         FROM follow_up_people fp JOIN people p ON p.id = fp.person_id
        WHERE fp.follow_up_id IN (SELECT value FROM json_each(?))
        ORDER BY p.display_name COLLATE NOCASE`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as (PersonRef & { followUpId: string })[];
  const byFollowUp = new Map<string, PersonRef[]>();
  for (const { followUpId, ...person } of people) {
    byFollowUp.set(followUpId, [...(byFollowUp.get(followUpId) ?? []), person]);
  }
  return rows.map((row) => ({ ...row, people: byFollowUp.get(row.id) ?? [] }));
}

export function getFollowUp(ctx: CoreContext, id: string): FollowUp {
  const row = ctx.db.sqlite.prepare(`${SELECT} WHERE f.id = ?`).get(id) as FollowUpRow | undefined;
  if (!row) throw new DomainError('not_found', 'This follow-up does not exist (any more).');
  return followUpsFromRows(ctx, [row])[0] as FollowUp;
}

/** Follow-ups of many interactions in two queries, by interaction id. */
export function followUpsOfInteractions(
  ctx: CoreContext,
  interactionIds: string[],
): Map<string, FollowUp[]> {
  const rows = ctx.db.sqlite
    .prepare(
      `${SELECT} WHERE f.interaction_id IN (SELECT value FROM json_each(?))
        ORDER BY f.position, f.created_at`,
    )
    .all(JSON.stringify(interactionIds)) as FollowUpRow[];
  const byInteraction = new Map<string, FollowUp[]>();
  for (const followUp of followUpsFromRows(ctx, rows)) {
    const key = followUp.interactionId ?? '';
    byInteraction.set(key, [...(byInteraction.get(key) ?? []), followUp]);
  }
  return byInteraction;
}

export function reindexFollowUp(ctx: CoreContext, id: string): void {
  const row = ctx.db.sqlite
    .prepare(
      `SELECT f.title, f.done_at AS doneAt,
              (SELECT group_concat(p.display_name, ', ') FROM follow_up_people fp
                 JOIN people p ON p.id = fp.person_id WHERE fp.follow_up_id = f.id) AS people
         FROM follow_ups f WHERE f.id = ?`,
    )
    .get(id) as { title: string; doneAt: string | null; people: string | null } | undefined;
  writeSearchDocument(
    ctx.db.sqlite,
    'followUp',
    id,
    row
      ? { title: row.title, subtitle: row.people ?? '', body: row.doneAt ? 'done' : 'open' }
      : null,
  );
}

function setPeople(ctx: CoreContext, id: string, personIds: string[]): void {
  const { sqlite } = ctx.db;
  sqlite.prepare('DELETE FROM follow_up_people WHERE follow_up_id = ?').run(id);
  const insert = sqlite.prepare(
    'INSERT OR IGNORE INTO follow_up_people (follow_up_id, person_id) VALUES (?, ?)',
  );
  for (const personId of personIds) insert.run(id, personId);
}

/** Inserts a follow-up; runs inside the caller's transaction when there is one. */
export function insertFollowUp(
  ctx: CoreContext,
  draft: { title: string; dueOn: string | null; personIds: string[] },
  interactionId: string | null,
  position: number,
): string {
  const id = ctx.newId();
  const at = ctx.clock().toISOString();
  ctx.db.sqlite
    .prepare(
      `INSERT INTO follow_ups (id, title, due_on, interaction_id, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, draft.title, draft.dueOn, interactionId, position, at, at);
  setPeople(ctx, id, draft.personIds);
  reindexFollowUp(ctx, id);
  return id;
}

export function createFollowUp(ctx: CoreContext, input: ParsedInput<'followUps.create'>): FollowUp {
  return ctx.db.sqlite.transaction(() => getFollowUp(ctx, insertFollowUp(ctx, input, null, 0)))();
}

export function updateFollowUp(ctx: CoreContext, input: ParsedInput<'followUps.update'>): FollowUp {
  const { sqlite } = ctx.db;
  return sqlite.transaction(() => {
    const before = getFollowUp(ctx, input.id);
    const at = ctx.clock().toISOString();
    const doneAt =
      input.done === undefined ? before.doneAt : input.done ? (before.doneAt ?? at) : null;
    sqlite
      .prepare(
        'UPDATE follow_ups SET title = ?, due_on = ?, done_at = ?, updated_at = ? WHERE id = ?',
      )
      .run(
        input.title ?? before.title,
        input.dueOn === undefined ? before.dueOn : input.dueOn,
        doneAt,
        at,
        input.id,
      );
    if (input.personIds) setPeople(ctx, input.id, input.personIds);
    reindexFollowUp(ctx, input.id);
    return getFollowUp(ctx, input.id);
  })();
}

export function deleteFollowUp(ctx: CoreContext, id: string): { id: string } {
  return ctx.db.sqlite.transaction(() => {
    getFollowUp(ctx, id);
    ctx.db.sqlite.prepare('DELETE FROM follow_ups WHERE id = ?').run(id);
    writeSearchDocument(ctx.db.sqlite, 'followUp', id, null);
    return { id };
  })();
}

/**
 * Follow-ups sorted for the Follow-ups view, relative to the user's `today` (a local date, so
 * the caller's time zone decides what "overdue" means). Open ones soonest first; done ones
 * most recently done first.
 */
export function listFollowUps(
  ctx: CoreContext,
  input: ParsedInput<'followUps.list'>,
): FollowUpBuckets {
  const filter = input.personId
    ? 'WHERE EXISTS (SELECT 1 FROM follow_up_people fp WHERE fp.follow_up_id = f.id AND fp.person_id = ?)'
    : '';
  const rows = ctx.db.sqlite
    .prepare(`${SELECT} ${filter} ORDER BY f.due_on IS NULL, f.due_on, f.created_at`)
    .all(...(input.personId ? [input.personId] : [])) as FollowUpRow[];
  const all = followUpsFromRows(ctx, rows);
  const buckets: FollowUpBuckets = { overdue: [], today: [], upcoming: [], someday: [], done: [] };
  for (const item of all) {
    if (item.doneAt) buckets.done.push(item);
    else if (!item.dueOn) buckets.someday.push(item);
    else if (item.dueOn < input.today) buckets.overdue.push(item);
    else if (item.dueOn === input.today) buckets.today.push(item);
    else buckets.upcoming.push(item);
  }
  buckets.done.sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? ''));
  return buckets;
}
