import type { ParsedInput } from '../../../shared/contract';
import type { SearchHit, SearchKind } from '../../../shared/domain/search';
import type { CoreContext } from '../coreContext';

/**
 * Turns what a person typed into an FTS5 query: every word must appear, each as a prefix
 * ("ada lov" finds Ada Lovelace), and a whole-word match counts twice so "jose" ranks José above
 * Josephine. Words are quoted, so FTS syntax in the input (AND, NEAR, "-", column filters) is
 * taken literally and can never cause a syntax error.
 */
export function matchExpression(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 16);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const quoted = `"${word.replace(/"/g, '""')}"`;
      return `(${quoted} OR ${quoted}*)`;
    })
    .join(' AND ');
}

/** Column weights for bm25: kind, entity_id (unindexed), title, subtitle, body. */
const RANK = 'bm25(search_index, 0, 0, 10.0, 4.0, 1.0)';

export function searchAll(ctx: CoreContext, input: ParsedInput<'search.query'>): SearchHit[] {
  const match = matchExpression(input.text);
  if (!match) return [];
  const kinds: SearchKind[] | undefined = input.kinds;
  const kindFilter =
    kinds && kinds.length > 0 ? `AND kind IN (${kinds.map(() => '?').join(', ')})` : '';
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT kind, entity_id AS id, title, subtitle,
              snippet(search_index, -1, '[[', ']]', '…', 12) AS snippet
         FROM search_index
        WHERE search_index MATCH ? ${kindFilter}
        ORDER BY ${RANK}
        LIMIT ?`,
    )
    .all(match, ...(kinds ?? []), input.limit) as SearchHit[];
  return rows;
}

/** Ids of one kind matching a query, best first: the people list filters with this. */
export function matchingIds(ctx: CoreContext, kind: SearchKind, text: string): string[] | null {
  const match = matchExpression(text);
  if (!match) return null;
  return ctx.db.sqlite
    .prepare(
      `SELECT entity_id FROM search_index WHERE search_index MATCH ? AND kind = ? ORDER BY ${RANK}`,
    )
    .pluck()
    .all(match, kind) as string[];
}
