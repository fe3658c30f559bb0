import type { Interaction } from '../../../shared/domain/interaction';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { writeSearchDocument } from '../search/searchIndex';
import { reindexFollowUp } from './followUpRepository';
import { getInteraction, reindexInteraction } from './interactionRepository';

interface InteractionSnapshot {
  interaction: Record<string, unknown>;
  participants: Record<string, unknown>[];
  followUps: Record<string, unknown>[];
  followUpPeople: Record<string, unknown>[];
}

function insertRows(ctx: CoreContext, table: string, rows: Record<string, unknown>[]): void {
  for (const row of rows) {
    const columns = Object.keys(row);
    ctx.db.sqlite
      .prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      )
      .run(...columns.map((c) => row[c]));
  }
}

/**
 * Deletes an interaction with its follow-ups, keeping an exact copy in the trash so the
 * "Undo" offered right after can put everything back, ids and all.
 */
export function deleteInteraction(ctx: CoreContext, id: string): { id: string } {
  const { sqlite } = ctx.db;
  return sqlite.transaction(() => {
    const all = (sql: string) => sqlite.prepare(sql).all(id) as Record<string, unknown>[];
    const [interaction] = all('SELECT * FROM interactions WHERE id = ?');
    if (!interaction)
      throw new DomainError('not_found', 'This interaction does not exist (any more).');
    const followUps = all('SELECT * FROM follow_ups WHERE interaction_id = ?');
    const snapshot: InteractionSnapshot = {
      interaction,
      participants: all('SELECT * FROM interaction_participants WHERE interaction_id = ?'),
      followUps,
      followUpPeople: all(
        'SELECT fp.* FROM follow_up_people fp JOIN follow_ups f ON f.id = fp.follow_up_id WHERE f.interaction_id = ?',
      ),
    };
    sqlite
      .prepare(
        `INSERT INTO trash (id, kind, payload, deleted_at) VALUES (?, 'interaction', ?, ?)
         ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, deleted_at = excluded.deleted_at`,
      )
      .run(id, JSON.stringify(snapshot), ctx.clock().toISOString());
    sqlite.prepare('DELETE FROM follow_ups WHERE interaction_id = ?').run(id);
    sqlite.prepare('DELETE FROM interactions WHERE id = ?').run(id);
    writeSearchDocument(sqlite, 'interaction', id, null);
    for (const followUp of followUps)
      writeSearchDocument(sqlite, 'followUp', String(followUp.id), null);
    return { id };
  })();
}

/** Puts a deleted interaction back exactly as it was. */
export function undeleteInteraction(ctx: CoreContext, id: string): Interaction {
  const { sqlite } = ctx.db;
  return sqlite.transaction(() => {
    const payload = sqlite
      .prepare("SELECT payload FROM trash WHERE id = ? AND kind = 'interaction'")
      .pluck()
      .get(id) as string | undefined;
    if (!payload)
      throw new DomainError('not_found', 'There is nothing to undo for this interaction.');
    const snapshot = JSON.parse(payload) as InteractionSnapshot;
    const exists = sqlite.prepare('SELECT 1 FROM people WHERE id = ?').pluck();
    const present = (row: Record<string, unknown>) => Boolean(exists.get(String(row.person_id)));
    // Someone deleted or merged away since is left out rather than blocking the undo.
    insertRows(ctx, 'interactions', [snapshot.interaction]);
    insertRows(ctx, 'interaction_participants', snapshot.participants.filter(present));
    insertRows(ctx, 'follow_ups', snapshot.followUps);
    insertRows(ctx, 'follow_up_people', snapshot.followUpPeople.filter(present));
    sqlite.prepare('DELETE FROM trash WHERE id = ?').run(id);
    reindexInteraction(ctx, id);
    for (const followUp of snapshot.followUps) reindexFollowUp(ctx, String(followUp.id));
    return getInteraction(ctx, id);
  })();
}
