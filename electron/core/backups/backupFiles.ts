import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { BACKUP_KINDS, type BackupInfo, type BackupKind } from '../../../shared/domain/backups';

/** Backups live beside the database, so moving the data folder moves them too. */
export const BACKUPS_FOLDER = 'backups';

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, BACKUPS_FOLDER);
}

const KIND_PATTERN = BACKUP_KINDS.join('|');
/** farley-2026-11-23T07-30-00Z-daily.db, and -2, -3… for a second one in the same second. */
const NAME = new RegExp(
  `^farley-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})Z-(${KIND_PATTERN})(?:-(\\d+))?\\.db$`,
);
/** A backup being written. Not matched by NAME, so it is never listed or restored half-done. */
const PARTIAL_SUFFIX = '.partial';

export interface BackupName {
  kind: BackupKind;
  createdAt: string;
  /** 1 for the first backup of its kind in a second; orders backups taken in the same second. */
  sequence: number;
}

export function parseBackupName(fileName: string): BackupName | null {
  const match = NAME.exec(fileName);
  if (!match) return null;
  const [, date, hour, minute, second, kind, sequence] = match;
  return {
    kind: kind as BackupKind,
    createdAt: new Date(`${date}T${hour}:${minute}:${second}Z`).toISOString(),
    sequence: sequence ? Number(sequence) : 1,
  };
}

/** The second an instant falls in, as file names can hold it (no colons on Windows). */
export function fileStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
}

export function backupName(at: Date, kind: BackupKind, sequence = 1): string {
  return `farley-${fileStamp(at)}-${kind}${sequence > 1 ? `-${sequence}` : ''}.db`;
}

/** A name in `dir` that no backup has yet. */
export function freeBackupName(dir: string, at: Date, kind: BackupKind): string {
  for (let sequence = 1; ; sequence++) {
    const name = backupName(at, kind, sequence);
    if (!existsSync(path.join(dir, name))) return name;
  }
}

/** Newest first; backups from the same second by their sequence number. */
export function newestFirst(a: BackupName, b: BackupName): number {
  return b.createdAt.localeCompare(a.createdAt) || b.sequence - a.sequence;
}

/** The backups in a data folder, newest first. Files that are not backups are left out. */
export function listBackupFiles(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  const found: (BackupInfo & BackupName)[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const parsed = entry.isFile() ? parseBackupName(entry.name) : null;
    if (!parsed) continue;
    const file = path.join(dir, entry.name);
    found.push({ ...parsed, path: file, fileName: entry.name, bytes: statSync(file).size });
  }
  return found.sort(newestFirst).map(({ path: file, fileName, kind, createdAt, bytes }) => ({
    path: file,
    fileName,
    kind,
    createdAt,
    bytes,
  }));
}

/**
 * Copies a database with SQLite's online backup API, which reads a consistent snapshot page by
 * page while the app keeps writing; copying the file of a live WAL database can catch it
 * between a write and its checkpoint. It is written under a temporary name and renamed when
 * complete, so a backup cut short (a crash, a full disk) never looks like a good one.
 */
export async function writeOnlineBackup(sqlite: Database, target: string): Promise<void> {
  const partial = path.join(path.dirname(target), `.${path.basename(target)}${PARTIAL_SUFFIX}`);
  try {
    await sqlite.backup(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Takes a backup of `sqlite` into the backups folder of `dataDir`. */
export async function takeBackup(
  sqlite: Database,
  dataDir: string,
  kind: BackupKind,
  at: Date,
): Promise<BackupInfo> {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const fileName = freeBackupName(dir, at, kind);
  const file = path.join(dir, fileName);
  await writeOnlineBackup(sqlite, file);
  return {
    path: file,
    fileName,
    kind,
    createdAt: parseBackupName(fileName)?.createdAt ?? at.toISOString(),
    bytes: statSync(file).size,
  };
}

/** Partial files older than this are left over from a crash, not a backup still being written. */
const STALE_PARTIAL_MS = 24 * 60 * 60_000;

export function removeStalePartials(dataDir: string, now: Date): void {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(PARTIAL_SUFFIX)) continue;
    const file = path.join(dir, name);
    try {
      if (now.getTime() - statSync(file).mtimeMs > STALE_PARTIAL_MS) rmSync(file, { force: true });
    } catch {
      // Gone already, or not ours to remove: either way the next rotation looks again.
    }
  }
}
