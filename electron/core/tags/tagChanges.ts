import type { ParsedInput } from '../../../shared/contract';
import type { TagWithUsage } from '../../../shared/domain/tag';
import type { CoreContext } from '../coreContext';
import { reindexOrganization } from '../organizations/organizationRepository';
import { reindexPerson } from '../people/personSearch';
import { renameOrRecolorTag, requireTag, taggedEntities } from './tagRepository';

function reindexTagged(ctx: CoreContext, tagged: { people: string[]; organizations: string[] }) {
  for (const id of tagged.people) reindexPerson(ctx, id);
  for (const id of tagged.organizations) reindexOrganization(ctx, id);
}

/** A renamed tag is searchable under its new name at once: tagged entries are rewritten. */
export function updateTag(ctx: CoreContext, input: ParsedInput<'tags.update'>): TagWithUsage {
  return ctx.db.sqlite.transaction(() => {
    renameOrRecolorTag(ctx, input);
    if (input.name !== undefined) reindexTagged(ctx, taggedEntities(ctx, input.id));
    return requireTag(ctx, input.id);
  })();
}

export function deleteTag(ctx: CoreContext, id: string): { id: string } {
  return ctx.db.sqlite.transaction(() => {
    requireTag(ctx, id);
    const tagged = taggedEntities(ctx, id);
    ctx.db.sqlite.prepare('DELETE FROM tags WHERE id = ?').run(id);
    reindexTagged(ctx, tagged);
    return { id };
  })();
}
