import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrations as embeddedMigrations } from './migrations';
import { migrate, type EmbeddedMigration } from './migrate';
import { cacheStatements } from './statementCache';
import * as schema from './schema';

export type Orm = BetterSQLite3Database<typeof schema>;

export interface FarleyDb {
  sqlite: Database.Database;
  orm: Orm;
  schemaVersion: string;
  close(): void;
}

export interface OpenDatabaseOptions {
  /**
   * Path of a better-sqlite3 binary built for the running runtime. Electron passes its own build;
   * Node (tests, CLI) leaves it out and gets the one npm compiled.
   */
  nativeBinding?: string;
  now?: () => Date;
  /** Only for tests of the migrator: the migrations to apply instead of the shipped ones. */
  migrations?: readonly EmbeddedMigration[];
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): FarleyDb {
  const sqlite = new Database(
    file,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const list = options.migrations ?? embeddedMigrations;
    migrate(sqlite, list, options.now ?? (() => new Date()));
    cacheStatements(sqlite);
    return {
      sqlite,
      orm: drizzle(sqlite, { schema }),
      schemaVersion: list.at(-1)?.tag ?? 'empty',
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
