import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/domain/backups';
import { DATABASE_FILE, type CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { listBackupFiles, takeBackup, writeOnlineBackup } from './backupFiles';
import { isDailyBackupDue } from './dailyBackup';
import { openFile, type OpenOptions } from './databaseCheck';
import { rotateBackups } from './rotation';

/** The backups kept in the data folder, newest first. */
export function listBackups(ctx: CoreContext): BackupInfo[] {
  return listBackupFiles(ctx.dataDir);
}

/**
 * Backs up the live database into the backups folder with the online backup API, then rotates.
 * The local day of the rotation is the computer's (ctx.systemTimeZone), not the zone set in
 * Settings: it is read without the database, which may be the thing that is broken.
 */
export async function createBackup(
  ctx: CoreContext,
  kind: BackupKind,
  at: Date = ctx.clock(),
): Promise<BackupInfo> {
  const backup = await takeBackup(ctx.db.sqlite, ctx.dataDir, kind, at);
  rotateBackups(ctx.dataDir, ctx.systemTimeZone(), at);
  return backup;
}

/**
 * Takes the day's automatic backup unless one was already taken today (local time). Called at
 * start, every hour and on resume, so a Farley left open across midnight still gets one a day.
 */
export async function backupIfDue(ctx: CoreContext): Promise<BackupInfo | null> {
  const now = ctx.clock();
  const latest = listBackups(ctx).find((b) => b.kind === 'daily' || b.kind === 'weekly');
  if (!isDailyBackupDue(now, ctx.systemTimeZone(), latest?.createdAt ?? null)) return null;
  return createBackup(ctx, 'daily', now);
}

/**
 * An online backup of a data folder's database to a file of the user's choosing (the command
 * line's `--out`), through a connection of its own. An existing file is never overwritten.
 */
export async function backupDataFolderTo(
  dataDir: string,
  target: string,
  options: OpenOptions = {},
): Promise<{ path: string; bytes: number }> {
  const file = path.resolve(target);
  if (existsSync(file)) {
    throw new DomainError('conflict', `${file} already exists; choose a new file name.`);
  }
  if (!existsSync(path.dirname(file))) {
    throw new DomainError('not_found', `The folder ${path.dirname(file)} does not exist.`);
  }
  const sqlite = openFile(path.join(dataDir, DATABASE_FILE), options);
  try {
    await writeOnlineBackup(sqlite, file);
  } finally {
    sqlite.close();
  }
  return { path: file, bytes: statSync(file).size };
}
