import type { ParsedInput } from '../../../shared/contract';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { requirePersonRow } from '../people/personReader';
import { touchPerson } from '../people/personWriter';

/** Symmetric kinds are stored once, whichever way round they were entered. */
const SYMMETRIC = new Set(['spouse', 'partner', 'colleague', 'friend']);

export function addRelationship(
  ctx: CoreContext,
  input: ParsedInput<'relationships.add'>,
): { id: string } {
  const { sqlite } = ctx.db;
  return sqlite.transaction(() => {
    requirePersonRow(ctx, input.fromId);
    requirePersonRow(ctx, input.toId);
    const label = input.kind === 'custom' ? input.label : '';
    const existing = sqlite
      .prepare(
        `SELECT id FROM relationships WHERE kind = ? AND label = ? AND
           ((from_person_id = ? AND to_person_id = ?) OR (? AND from_person_id = ? AND to_person_id = ?))`,
      )
      .pluck()
      .get(
        input.kind,
        label,
        input.fromId,
        input.toId,
        SYMMETRIC.has(input.kind) ? 1 : 0,
        input.toId,
        input.fromId,
      ) as string | undefined;
    if (existing) {
      throw new DomainError('conflict', 'These two people already have this relationship.');
    }
    const id = ctx.newId();
    sqlite
      .prepare(
        'INSERT INTO relationships (id, from_person_id, to_person_id, kind, label, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(id, input.fromId, input.toId, input.kind, label, ctx.clock().toISOString());
    touchPerson(ctx, input.fromId);
    touchPerson(ctx, input.toId);
    return { id };
  })();
}

export function removeRelationship(ctx: CoreContext, id: string): { id: string } {
  const { sqlite } = ctx.db;
  return sqlite.transaction(() => {
    const row = sqlite
      .prepare(
        'SELECT from_person_id AS fromId, to_person_id AS toId FROM relationships WHERE id = ?',
      )
      .get(id) as { fromId: string; toId: string } | undefined;
    if (!row) throw new DomainError('not_found', 'This relationship does not exist (any more).');
    sqlite.prepare('DELETE FROM relationships WHERE id = ?').run(id);
    touchPerson(ctx, row.fromId);
    touchPerson(ctx, row.toId);
    return { id };
  })();
}
