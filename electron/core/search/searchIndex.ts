import type { Database } from 'better-sqlite3';
import type { SearchKind } from '../../../shared/domain/search';

export interface SearchDocument {
  title: string;
  subtitle: string;
  body: string;
}

/** People and organizations have one index; the far more numerous notes another. */
export function indexOf(kind: SearchKind): 'search_index' | 'notes_index' {
  return kind === 'person' || kind === 'organization' ? 'search_index' : 'notes_index';
}

/**
 * Writes one entity's entry in the full-text index. Called by the repositories inside the same
 * transaction as the change, so the index can never disagree with the data it describes.
 */
export function writeSearchDocument(
  sqlite: Database,
  kind: SearchKind,
  entityId: string,
  doc: SearchDocument | null,
): void {
  const existing = sqlite
    .prepare('SELECT id FROM search_docs WHERE kind = ? AND entity_id = ?')
    .pluck()
    .get(kind, entityId) as number | undefined;
  if (existing !== undefined) {
    sqlite.prepare(`DELETE FROM ${indexOf(kind)} WHERE rowid = ?`).run(existing);
  }
  if (!doc) {
    if (existing !== undefined)
      sqlite.prepare('DELETE FROM search_docs WHERE id = ?').run(existing);
    return;
  }
  const rowid =
    existing ??
    Number(
      sqlite.prepare('INSERT INTO search_docs (kind, entity_id) VALUES (?, ?)').run(kind, entityId)
        .lastInsertRowid,
    );
  sqlite
    .prepare(
      `INSERT INTO ${indexOf(kind)} (rowid, kind, entity_id, title, subtitle, body) VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(rowid, kind, entityId, doc.title, doc.subtitle, doc.body);
}

/** Joins the non-empty parts of a document body, one per line. */
export function bodyOf(parts: (string | null | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join('\n');
}
