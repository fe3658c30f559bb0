import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/domain/backups';
import { addDays } from '../calendar/wallTime';
import { backupsDir, freeBackupName, listBackupFiles, removeStalePartials } from './backupFiles';
import { localDate } from './dailyBackup';

/**
 * Which backups are kept. The rule:
 * - Daily: the 7 newest daily backups.
 * - Weekly: for each of the 4 newest ISO weeks (Monday to Sunday, in the computer's local time)
 *   that have a daily or weekly backup, the first backup of that week: the Monday's, or the first
 *   day's Farley was open that week. While it is still one of the 7 newest dailies it keeps its
 *   daily name; when it drops out of them it is renamed to -weekly, so the list says what it is.
 * - Manual, pre-migration and before-restore: the 10 newest of each kind. They are taken for a
 *   reason the user or an upgrade had, so they outlive the dailies, but cannot pile up forever.
 * Everything else of those kinds is deleted; files that are not backups are never touched.
 */
export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
export const KEEP_OTHER = 10;

export interface RotationEntry {
  fileName: string;
  kind: BackupKind;
  createdAt: string;
}

export interface RotationPlan {
  remove: string[];
  /** Daily backups now kept only as their week's weekly one: renamed to -weekly. */
  promote: string[];
}

/** The Monday of the ISO week a local date (YYYY-MM-DD) is in. */
export function isoWeekStart(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

const byNewest = (a: RotationEntry, b: RotationEntry) => b.createdAt.localeCompare(a.createdAt);

export function planRotation(entries: readonly RotationEntry[], timeZone: string): RotationPlan {
  const remove: string[] = [];
  const promote: string[] = [];

  const scheduled = entries.filter((e) => e.kind === 'daily' || e.kind === 'weekly');
  const dailies = new Set(
    scheduled
      .filter((e) => e.kind === 'daily')
      .sort(byNewest)
      .slice(0, KEEP_DAILY)
      .map((e) => e.fileName),
  );
  const firstOfWeek = new Map<string, RotationEntry>();
  for (const entry of [...scheduled].sort(byNewest).reverse()) {
    const week = isoWeekStart(localDate(entry.createdAt, timeZone));
    if (!firstOfWeek.has(week)) firstOfWeek.set(week, entry);
  }
  const weeklies = new Set(
    [...firstOfWeek.entries()]
      .sort(([a], [b]) => b.localeCompare(a))
      .slice(0, KEEP_WEEKLY)
      .map(([, entry]) => entry.fileName),
  );
  for (const entry of scheduled) {
    if (dailies.has(entry.fileName)) continue;
    if (!weeklies.has(entry.fileName)) remove.push(entry.fileName);
    else if (entry.kind === 'daily') promote.push(entry.fileName);
  }

  for (const kind of ['manual', 'pre-migration', 'before-restore'] as const) {
    const ofKind = entries.filter((e) => e.kind === kind).sort(byNewest);
    remove.push(...ofKind.slice(KEEP_OTHER).map((e) => e.fileName));
  }
  return { remove, promote };
}

/**
 * Applies the rotation to a data folder's backups. Best effort: a file that cannot be removed
 * or renamed now (another program has it open on Windows) is simply looked at again next time,
 * and never costs the backup that was just taken.
 */
export function rotateBackups(dataDir: string, timeZone: string, now: Date): void {
  const backups: BackupInfo[] = listBackupFiles(dataDir);
  const plan = planRotation(backups, timeZone);
  const dir = backupsDir(dataDir);
  for (const fileName of plan.remove) {
    try {
      rmSync(path.join(dir, fileName), { force: true });
    } catch {
      // See above: retried at the next rotation.
    }
  }
  for (const fileName of plan.promote) {
    const backup = backups.find((b) => b.fileName === fileName);
    if (!backup) continue;
    try {
      const weekly = freeBackupName(dir, new Date(backup.createdAt), 'weekly');
      renameSync(backup.path, path.join(dir, weekly));
    } catch {
      // Kept under its daily name until the next rotation manages the rename.
    }
  }
  removeStalePartials(dataDir, now);
}
