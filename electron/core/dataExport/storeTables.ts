import type { Database } from 'better-sqlite3';

/** A table of the store as the JSON export sees it. */
export interface StoreTable {
  name: string;
  columns: string[];
  /** The primary key's columns in key order; empty when the table has none (ordered by rowid). */
  primaryKey: string[];
}

/**
 * Tables that are kept but not exported. The migration ledger belongs to the database file, not
 * to the user's data (the document carries the schema version instead), and `search_docs` only
 * numbers the rows of the full-text indexes, which an import rebuilds from the imported rows.
 */
const NOT_EXPORTED = new Set(['__farley_migrations', 'search_docs']);

/**
 * Every table that holds the user's data, discovered from the database itself rather than
 * listed by hand, so a table added by a later migration is exported without anyone remembering
 * to add it here. Virtual tables (the FTS5 indexes) and their shadow tables are derived data;
 * `sqlite_*` tables belong to SQLite (`sqlite_sequence` follows the imported ids by itself).
 */
export function storeTables(sqlite: Database): StoreTable[] {
  const tables = sqlite
    .prepare("SELECT name, type FROM pragma_table_list WHERE schema = 'main'")
    .all() as {
    name: string;
    type: string;
  }[];
  return tables
    .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_') && !NOT_EXPORTED.has(t.name))
    .map((t) => t.name)
    .sort()
    .map((name) => {
      const info = sqlite.prepare('SELECT name, pk FROM pragma_table_info(?)').all(name) as {
        name: string;
        pk: number;
      }[];
      return {
        name,
        columns: info.map((c) => c.name),
        primaryKey: info
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name),
      };
    });
}

/** Quotes an identifier read from the schema, for SQL built around table and column names. */
export function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
