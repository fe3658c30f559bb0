import type { Database } from 'better-sqlite3';

/**
 * A key that changes whenever the data may have: `total_changes()` counts every row this
 * connection wrote (which `PRAGMA data_version` does not see), `PRAGMA data_version` moves when
 * another connection commits (the app and the command line at once). Insights that read the
 * whole store keep their result per connection under this key.
 */
export function dataChangeKey(sqlite: Database): string {
  const writes = sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  return `${writes}:${String(sqlite.pragma('data_version', { simple: true }))}`;
}

/**
 * A value kept per connection (a WeakMap: it goes with the connection, no state outlives it)
 * until `key` changes. The key is read before building, so a write made meanwhile shows next time.
 */
export function keptPerConnection<T>(
  cache: WeakMap<Database, { key: string; value: T }>,
  sqlite: Database,
  key: string,
  build: () => T,
): T {
  const hit = cache.get(sqlite);
  if (hit?.key === key) return hit.value;
  const value = build();
  cache.set(sqlite, { key, value });
  return value;
}
