import type { Database, Statement } from 'better-sqlite3';

/**
 * Makes `sqlite.prepare(sql)` reuse one compiled statement per SQL text. The repositories
 * prepare at the point of use (clearer than a registry of statements), and compiling the same
 * SQL thousands of times was most of the cost of a write. A reused statement has its
 * pluck/raw/expand modes reset, so every call site sees a fresh statement's behaviour.
 */
export function cacheStatements(sqlite: Database, limit = 500): void {
  const compile = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Statement>();
  const cached = (source: string): Statement => {
    const hit = cache.get(source);
    if (hit && !hit.busy) {
      if (hit.reader) hit.pluck(false).expand(false).raw(false);
      return hit;
    }
    const statement = compile(source);
    if (!hit) {
      if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
      cache.set(source, statement);
    }
    return statement;
  };
  sqlite.prepare = cached as typeof sqlite.prepare;
}
