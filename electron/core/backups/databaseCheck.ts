import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations as embeddedMigrations } from '../../../db/migrations';
import type { EmbeddedMigration } from '../../../db/migrate';
import type { BackupInfo } from '../../../shared/domain/backups';
import { DATABASE_FILE } from '../coreContext';
import { DomainError } from '../domainError';
import { takeBackup } from './backupFiles';
import { rotateBackups } from './rotation';

/** Must match db/migrate.ts, which records every applied schema step there. */
const LEDGER = '__farley_migrations';
const SQLITE_MAGIC = 'SQLite format 3\0';

export interface OpenOptions {
  /** better-sqlite3 built for the running runtime (Electron's); Node leaves it out. */
  nativeBinding?: string;
}

export function openFile(file: string, options: OpenOptions): Database.Database {
  return new Database(file, {
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

/** Refuses anything that is not an SQLite database before a byte of it is copied. */
export function assertSqliteFile(file: string): void {
  const name = path.basename(file);
  if (!existsSync(file)) throw new DomainError('not_found', `There is no file at ${file}.`);
  const header = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (read < header.length || header.toString('latin1') !== SQLITE_MAGIC) {
    throw new DomainError(
      'invalid_input',
      `“${name}” is not a Farley backup: it is not an SQLite database. Nothing was changed.`,
    );
  }
}

interface LedgerRow {
  tag: string;
  hash: string;
}

/** The applied schema steps, read without creating the ledger (migrate's reader would). */
function readLedger(sqlite: Database.Database): LedgerRow[] | null {
  const exists = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(LEDGER);
  if (!exists) return null;
  return sqlite.prepare(`SELECT tag, hash FROM ${LEDGER} ORDER BY tag`).all() as LedgerRow[];
}

type Comparison =
  | { state: 'compatible'; pending: EmbeddedMigration[] }
  | { state: 'newer'; tag: string }
  | { state: 'diverged'; tag: string };

/** A database this build can open has applied exactly a prefix of its schema steps. */
function compareWithBuild(
  applied: readonly LedgerRow[],
  migrations: readonly EmbeddedMigration[] = embeddedMigrations,
): Comparison {
  const known = new Set(migrations.map((m) => m.tag));
  const unknown = applied.filter((row) => !known.has(row.tag));
  const newest = unknown.at(-1);
  if (newest) return { state: 'newer', tag: newest.tag };
  for (const [i, row] of applied.entries()) {
    const ours = migrations[i];
    if (ours?.tag !== row.tag || ours.hash !== row.hash) return { state: 'diverged', tag: row.tag };
  }
  return { state: 'compatible', pending: migrations.slice(applied.length) };
}

/**
 * Everything a restore checks before it touches the live database: SQLite's integrity check
 * passes, it is a Farley database, and this version can open it (not written by a newer Farley,
 * no schema step that differs from ours). Throws a DomainError with the reason; returns the
 * schema steps opening it will apply.
 */
export function checkRestorable(sqlite: Database.Database, name: string): EmbeddedMigration[] {
  let problems: string[];
  try {
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    problems = rows.map((r) => r.integrity_check).filter((text) => text !== 'ok');
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  if (problems.length > 0) {
    // The first row starts with a "*** in database main ***" header; the finding follows it.
    const first = problems
      .flatMap((text) => text.split('\n'))
      .find((line) => line.trim() && !line.startsWith('***'));
    throw new DomainError(
      'invalid_input',
      `“${name}” is damaged (SQLite’s integrity check: ${first ?? 'failed'}). Nothing was changed.`,
    );
  }
  const ledger = readLedger(sqlite);
  if (!ledger) {
    throw new DomainError(
      'invalid_input',
      `“${name}” is an SQLite database but not one of Farley’s. Nothing was changed.`,
    );
  }
  const comparison = compareWithBuild(ledger);
  if (comparison.state === 'newer') {
    throw new DomainError(
      'invalid_input',
      `“${name}” was written by a newer version of Farley (schema ${comparison.tag}). Update Farley to restore it; nothing was changed.`,
    );
  }
  if (comparison.state === 'diverged') {
    throw new DomainError(
      'invalid_input',
      `Schema step ${comparison.tag} in “${name}” differs from the one this version of Farley ships, so it cannot be restored. Nothing was changed.`,
    );
  }
  return comparison.pending;
}

/**
 * Before the app or the command line opens (and so migrates) the data folder's database: if
 * this build has schema steps the database has not applied yet, take a 'pre-migration' backup
 * of it with the online backup API. openDatabase is synchronous and the backup API is not, so
 * callers run this first. A database this build will refuse (newer, diverged) is left alone:
 * nothing is going to change it.
 */
export async function backupBeforeMigration(
  dataDir: string,
  nativeBinding?: string,
  now: () => Date = () => new Date(),
): Promise<BackupInfo | null> {
  const file = path.join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) return null;
  const sqlite = openFile(file, nativeBinding ? { nativeBinding } : {});
  try {
    const ledger = readLedger(sqlite);
    if (!ledger) {
      // A file nothing was ever written to (a first start cut short) has nothing to keep.
      const tables = sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
      if ((tables.pluck().get() as number) === 0) return null;
    }
    const comparison = compareWithBuild(ledger ?? []);
    if (comparison.state !== 'compatible' || comparison.pending.length === 0) return null;
    const at = now();
    const backup = await takeBackup(sqlite, dataDir, 'pre-migration', at);
    rotateBackups(dataDir, Intl.DateTimeFormat().resolvedOptions().timeZone, at);
    return backup;
  } finally {
    sqlite.close();
  }
}
