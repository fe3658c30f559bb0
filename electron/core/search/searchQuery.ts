import type { ParsedInput } from '../../../shared/contract';
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../../shared/domain/search';
import { indexOf } from './searchIndex';
import type { CoreContext } from '../coreContext';

/**
 * Turns what a person typed into an FTS5 query: every word must appear, each as a prefix
 * ("ada lov" finds Ada Lovelace), and a whole-word match counts twice so "jose" ranks José above
 * Josephine. Words are quoted, so FTS syntax in the input (AND, NEAR, "-", column filters) is
 * taken literally and can never cause a syntax error.
 */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 16);
}

export function matchExpression(text: string): string | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const quoted = `"${word.replace(/"/g, '""')}"`;
      return `(${quoted} OR ${quoted}*)`;
    })
    .join(' AND ');
}

/** Column weights for bm25: kind, entity_id (unindexed), title, subtitle, body. */
const RANK = (table: string) => `bm25(${table}, 0, 0, 10.0, 4.0, 1.0)`;

function searchTable(
  ctx: CoreContext,
  table: 'search_index' | 'notes_index',
  match: string,
  kinds: SearchKind[],
  limit: number,
): SearchHit[] {
  if (kinds.length === 0 || limit <= 0) return [];
  // Filtering on the unindexed kind column doubles the cost: skip it when every kind is wanted.
  const all = (table === 'search_index' ? ENTITY_KINDS : NOTE_KINDS).every((k) =>
    kinds.includes(k),
  );
  return ctx.db.sqlite
    .prepare(
      `SELECT kind, entity_id AS id, title, subtitle,
              snippet(${table}, -1, '[[', ']]', '…', 12) AS snippet
         FROM ${table}
        WHERE ${table} MATCH ? ${all ? '' : 'AND kind IN (SELECT value FROM json_each(?))'}
        ORDER BY ${RANK(table)}
        LIMIT ?`,
    )
    .all(match, ...(all ? [] : [JSON.stringify(kinds)]), limit) as SearchHit[];
}

const ENTITY_KINDS = SEARCH_KINDS.filter((k) => indexOf(k) === 'search_index');
const NOTE_KINDS = SEARCH_KINDS.filter((k) => indexOf(k) === 'notes_index');

/**
 * Ranked hits: people and organizations first (what a person usually looks for), then notes,
 * each group ranked by bm25 within its own index.
 */
export function searchAll(ctx: CoreContext, input: ParsedInput<'search.query'>): SearchHit[] {
  const match = matchExpression(input.text);
  if (!match) return [];
  const wanted: readonly SearchKind[] = input.kinds?.length ? input.kinds : SEARCH_KINDS;
  const entities = searchTable(
    ctx,
    'search_index',
    match,
    wanted.filter((k) => indexOf(k) === 'search_index'),
    input.limit,
  );
  const notes = searchTable(
    ctx,
    'notes_index',
    match,
    wanted.filter((k) => indexOf(k) === 'notes_index'),
    input.limit - entities.length,
  );
  return [...entities, ...notes];
}

/** Ids of one kind matching a query, best first: the people list filters with this. */
/**
 * Ids of entities whose entry holds any of several texts as a phrase (whole words in that order,
 * case and accents ignored), in one query; order not meaningful. For looking up known names,
 * where a prefix search would only find more candidates to throw away.
 */
export function matchingAnyPhraseIds(
  ctx: CoreContext,
  kind: SearchKind,
  texts: string[],
): string[] {
  const parts = texts.flatMap((text) => {
    const words = wordsOf(text);
    return words.length ? [`"${words.join(' ').replace(/"/g, '""')}"`] : [];
  });
  if (parts.length === 0) return [];
  const table = indexOf(kind);
  return ctx.db.sqlite
    .prepare(`SELECT DISTINCT entity_id FROM ${table} WHERE ${table} MATCH ? AND kind = ?`)
    .pluck()
    .all(parts.join(' OR '), kind) as string[];
}

export function matchingIds(ctx: CoreContext, kind: SearchKind, text: string): string[] | null {
  const match = matchExpression(text);
  if (!match) return null;
  const table = indexOf(kind);
  return ctx.db.sqlite
    .prepare(
      `SELECT entity_id FROM ${table} WHERE ${table} MATCH ? AND kind = ? ORDER BY ${RANK(table)}`,
    )
    .pluck()
    .all(match, kind) as string[];
}
