import { draftContent } from '../../../shared/contract/drafts';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { reindexFollowUp } from '../interactions/followUpRepository';
import { reindexInteraction } from '../interactions/interactionRepository';
import { reindexOrganization } from '../organizations/organizationRepository';
import { reindexPerson } from '../people/personSearch';
import { writeSearchDocument } from '../search/searchIndex';

/**
 * Writes the full-text entries of everything searchable from the stored rows, with the same
 * functions the repositories call after each change, so an imported store searches exactly
 * like one built by hand. Runs inside the import's transaction.
 */
export function rebuildSearchIndexes(ctx: CoreContext): void {
  const { sqlite } = ctx.db;
  const ids = (table: string) =>
    sqlite.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as string[];
  for (const id of ids('people')) reindexPerson(ctx, id);
  for (const id of ids('organizations')) reindexOrganization(ctx, id);
  for (const id of ids('interactions')) reindexInteraction(ctx, id);
  for (const id of ids('follow_ups')) reindexFollowUp(ctx, id);
  reindexDrafts(ctx);
}

/**
 * The draft repository writes a draft's entry inline when it saves one (it has no reindex
 * function); this mirrors that entry. A draft whose content is not a saved draft would break
 * the capture window's list, so it refuses the import instead of being loaded.
 */
function reindexDrafts(ctx: CoreContext): void {
  const { sqlite } = ctx.db;
  const drafts = sqlite.prepare('SELECT id, content FROM drafts ORDER BY id').all() as {
    id: string;
    content: string;
  }[];
  for (const draft of drafts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(draft.content);
    } catch {
      parsed = undefined;
    }
    const content = draftContent.safeParse(parsed);
    if (!content.success) {
      throw new DomainError(
        'invalid_input',
        `The export's draft ${draft.id} does not hold a saved draft; nothing was changed.`,
      );
    }
    writeSearchDocument(sqlite, 'draft', draft.id, {
      title: content.data.title || 'Unfinished note',
      subtitle: 'draft',
      body: content.data.body,
    });
  }
}
