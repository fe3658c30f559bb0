import type { Draft, DraftContent } from '../../../shared/contract/drafts';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { writeSearchDocument } from '../search/searchIndex';

interface DraftRow {
  id: string;
  content: string;
  createdAt: string;
  updatedAt: string;
}

function fromRow(row: DraftRow): Draft {
  return {
    id: row.id,
    content: JSON.parse(row.content) as DraftContent,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * Saves the capture form as it is typed. Called every few hundred milliseconds; one statement
 * in WAL mode, so a crash loses at most the last keystrokes before the debounce.
 */
export function saveDraft(ctx: CoreContext, id: string | undefined, content: DraftContent): Draft {
  const { sqlite } = ctx.db;
  return sqlite.transaction(() => {
    const at = ctx.clock().toISOString();
    const draftId = id ?? ctx.newId();
    sqlite
      .prepare(
        `INSERT INTO drafts (id, content, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at`,
      )
      .run(draftId, JSON.stringify(content), at, at);
    writeSearchDocument(sqlite, 'draft', draftId, {
      title: content.title || 'Unfinished note',
      subtitle: 'draft',
      body: content.body,
    });
    const row = sqlite
      .prepare(
        'SELECT id, content, created_at AS createdAt, updated_at AS updatedAt FROM drafts WHERE id = ?',
      )
      .get(draftId) as DraftRow;
    return fromRow(row);
  })();
}

export function listDrafts(ctx: CoreContext): Draft[] {
  const rows = ctx.db.sqlite
    .prepare(
      'SELECT id, content, created_at AS createdAt, updated_at AS updatedAt FROM drafts ORDER BY updated_at DESC',
    )
    .all() as DraftRow[];
  return rows.map(fromRow);
}

export function discardDraft(ctx: CoreContext, id: string): { id: string } {
  const { sqlite } = ctx.db;
  return sqlite.transaction(() => {
    const gone = sqlite.prepare('DELETE FROM drafts WHERE id = ?').run(id).changes;
    if (!gone) throw new DomainError('not_found', 'This draft does not exist (any more).');
    writeSearchDocument(sqlite, 'draft', id, null);
    return { id };
  })();
}
