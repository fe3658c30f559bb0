import type { Database } from 'better-sqlite3';

export interface EmbeddedMigration {
  tag: string;
  hash: string;
  sql: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

const LEDGER = '__farley_migrations';

export function appliedMigrationTags(sqlite: Database): string[] {
  sqlite.exec(
    `CREATE TABLE IF NOT EXISTS ${LEDGER} (tag TEXT PRIMARY KEY, hash TEXT NOT NULL, applied_at TEXT NOT NULL)`,
  );
  const rows = sqlite.prepare(`SELECT tag FROM ${LEDGER} ORDER BY tag`).all() as { tag: string }[];
  return rows.map((row) => row.tag);
}

/**
 * Brings the database up to the migrations this build knows, all in one transaction, and refuses a
 * database that is ahead of or diverged from this build rather than guessing: opening a newer file
 * with older code is how data gets lost.
 */
export function migrate(
  sqlite: Database,
  migrations: readonly EmbeddedMigration[],
  now: () => Date,
): { applied: string[] } {
  const known = new Map(migrations.map((m) => [m.tag, m]));
  const applied = sqlite.transaction(() => appliedMigrationTags(sqlite))();
  const hashes = new Map(
    (
      sqlite.prepare(`SELECT tag, hash FROM ${LEDGER}`).all() as { tag: string; hash: string }[]
    ).map((r) => [r.tag, r.hash]),
  );

  const unknown = applied.filter((tag) => !known.has(tag));
  if (unknown.length > 0) {
    throw new MigrationError(
      `This data file was written by a newer version of Farley (schema ${unknown.at(-1)}). Update Farley to open it; nothing was changed.`,
    );
  }
  for (const tag of applied) {
    if (known.get(tag)?.hash !== hashes.get(tag)) {
      throw new MigrationError(
        `Schema step ${tag} in this data file differs from the one this version of Farley ships; nothing was changed.`,
      );
    }
  }

  const pending = migrations.filter((m) => !hashes.has(m.tag));
  if (pending.length === 0) return { applied: [] };
  const firstPending = pending[0];
  const lastApplied = applied.at(-1);
  if (firstPending && lastApplied && firstPending.tag < lastApplied) {
    throw new MigrationError(
      `Schema step ${firstPending.tag} is older than ${lastApplied}, which is already applied; refusing to apply steps out of order.`,
    );
  }

  // SQLite ignores `PRAGMA foreign_keys` inside a transaction, and table rebuilds need it off, so
  // it is switched off around the transaction and the constraints are re-checked before commit.
  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) as number;
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.transaction(() => {
      const record = sqlite.prepare(
        `INSERT INTO ${LEDGER} (tag, hash, applied_at) VALUES (?, ?, ?)`,
      );
      for (const migration of pending) {
        for (const statement of migration.sql.split('--> statement-breakpoint')) {
          if (statement.trim()) sqlite.exec(statement);
        }
        record.run(migration.tag, migration.hash, now().toISOString());
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new MigrationError(
          `Upgrading the data file would break ${violations.length} links between records; nothing was changed.`,
        );
      }
    })();
  } finally {
    sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return { applied: pending.map((m) => m.tag) };
}
