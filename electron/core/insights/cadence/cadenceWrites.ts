import type { Cadence } from '../../../../shared/domain/insights';
import type { Person } from '../../../../shared/domain/person';
import type { Tag } from '../../../../shared/domain/tag';
import type { CoreContext } from '../../coreContext';
import { getPerson, requirePersonRow } from '../../people/personReader';
import { requireTag } from '../../tags/tagRepository';

/** Sets (or with null clears, to follow the tags again) how often to keep in touch. */
export function setPersonCadence(ctx: CoreContext, id: string, cadence: Cadence | null): Person {
  return ctx.db.sqlite.transaction(() => {
    requirePersonRow(ctx, id);
    ctx.db.sqlite
      .prepare('UPDATE people SET cadence = ?, updated_at = ? WHERE id = ?')
      .run(cadence, ctx.clock().toISOString(), id);
    return getPerson(ctx, id);
  })();
}

/** The default cadence of everyone with this tag who has none of their own. */
export function setTagCadence(ctx: CoreContext, id: string, cadence: Cadence | null): Tag {
  return ctx.db.sqlite.transaction(() => {
    requireTag(ctx, id);
    ctx.db.sqlite.prepare('UPDATE tags SET cadence = ? WHERE id = ?').run(cadence, id);
    const { name, color } = requireTag(ctx, id);
    return { id, name, color, cadence };
  })();
}
