import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../../db/openDatabase';
import type { RestoreResult } from '../../../shared/domain/backups';
import { DATABASE_FILE, type CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { backupsDir, fileStamp, takeBackup } from './backupFiles';
import { createBackup } from './backupService';
import { assertSqliteFile, checkRestorable, openFile, type OpenOptions } from './databaseCheck';
import { rotateBackups } from './rotation';

/** Where replaced databases are kept (what Undo brings back); not listed as backups. */
export const KEPT_ASIDE_FOLDER = 'kept-aside';
/** What the last restore kept aside. Beside the backups, not in the database being swapped. */
export const UNDO_FILE = 'restore-undo.json';
const KEEP_ASIDE = 10;
const STAGED_SUFFIX = '.incoming';
/** A database is its file plus, in WAL mode, these two beside it; they move together. */
const SIDE_FILES = ['', '-wal', '-shm'];

interface UndoState {
  keptAside: string;
  restoredFrom: string;
  restoredAt: string;
}

/** Contexts whose database is being swapped: a second restore waits for none, it is refused. */
const swapping = new WeakSet<CoreContext>();

const liveFile = (ctx: CoreContext) => path.join(ctx.dataDir, DATABASE_FILE);
const undoFile = (ctx: CoreContext) => path.join(backupsDir(ctx.dataDir), UNDO_FILE);

function moveDatabase(from: string, to: string): void {
  for (const side of SIDE_FILES) {
    if (existsSync(from + side)) renameSync(from + side, to + side);
  }
}

function removeDatabase(file: string): void {
  for (const side of SIDE_FILES) rmSync(file + side, { force: true });
}

/**
 * Copies the backup next to the live database and checks the copy; the user's file is only
 * read. A backup is not a live database, so a file copy is a faithful one (its -wal, if it was
 * taken from a running Farley by hand, goes with it). A backup from an older Farley is itself
 * backed up as 'pre-migration' before opening migrates it. Throws, leaving nothing behind, if
 * the backup is refused.
 */
async function stage(ctx: CoreContext, source: string, options: OpenOptions): Promise<string> {
  assertSqliteFile(source);
  const staged = liveFile(ctx) + STAGED_SUFFIX;
  removeDatabase(staged);
  try {
    copyFileSync(source, staged);
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${staged}-wal`);
    const sqlite = openFile(staged, options);
    try {
      const pending = checkRestorable(sqlite, path.basename(source));
      if (pending.length > 0) {
        const at = ctx.clock();
        await takeBackup(sqlite, ctx.dataDir, 'pre-migration', at);
        rotateBackups(ctx.dataDir, ctx.systemTimeZone(), at);
      }
      // Folds any -wal into the file, so the staged database is one file to move into place.
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      sqlite.close();
    }
    rmSync(`${staged}-wal`, { force: true });
    rmSync(`${staged}-shm`, { force: true });
    return staged;
  } catch (error) {
    removeDatabase(staged);
    throw error;
  }
}

function keptAsideName(dir: string, at: Date): string {
  for (let n = 1; ; n++) {
    const name = `farley-${fileStamp(at)}${n > 1 ? `-${n}` : ''}.db`;
    if (SIDE_FILES.every((side) => !existsSync(path.join(dir, name + side)))) return name;
  }
}

/**
 * Puts the staged database in place of the live one and reopens. Nothing in here awaits, so no
 * other call can run between closing the old connection and handing out the new one; and every
 * repository reads ctx.db when called, so replacing it is the whole switch (the statement cache
 * belongs to the connection and goes with it). Any failure puts the old database back.
 */
function swapIn(ctx: CoreContext, staged: string, options: OpenOptions): string {
  const live = liveFile(ctx);
  const asideDir = path.join(backupsDir(ctx.dataDir), KEPT_ASIDE_FOLDER);
  mkdirSync(asideDir, { recursive: true });
  const aside = path.join(asideDir, keptAsideName(asideDir, ctx.clock()));
  const reopen = () =>
    openDatabase(live, {
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      now: ctx.clock,
    });

  ctx.db.close();
  let movedIn = false;
  try {
    moveDatabase(live, aside);
    renameSync(staged, live);
    movedIn = true;
    ctx.db = reopen();
    return aside;
  } catch (error) {
    if (movedIn) removeDatabase(live);
    else removeDatabase(staged);
    moveDatabase(aside, live);
    try {
      ctx.db = reopen();
    } catch {
      // The old database is back in its place; the error that matters is the first one.
    }
    throw error;
  }
}

function readUndoState(ctx: CoreContext): UndoState | null {
  try {
    return JSON.parse(readFileSync(undoFile(ctx), 'utf8')) as UndoState;
  } catch {
    return null;
  }
}

function writeUndoState(ctx: CoreContext, state: UndoState | null): void {
  const file = undoFile(ctx);
  if (!state) {
    rmSync(file, { force: true });
    return;
  }
  writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2));
  renameSync(`${file}.tmp`, file);
}

/** Keeps the newest kept-aside databases, and always the one Undo would bring back. */
function pruneKeptAside(ctx: CoreContext, protect: string): void {
  const dir = path.join(backupsDir(ctx.dataDir), KEPT_ASIDE_FOLDER);
  const names = readdirSync(dir)
    .filter((name) => /^farley-.*\.db$/.test(name))
    .sort()
    .reverse();
  for (const name of names.slice(KEEP_ASIDE)) {
    if (path.join(dir, name) !== protect) removeDatabase(path.join(dir, name));
  }
}

async function replaceLiveDatabase(
  ctx: CoreContext,
  source: string,
  options: OpenOptions,
): Promise<RestoreResult> {
  if (swapping.has(ctx)) {
    throw new DomainError('conflict', 'A restore is already under way; wait for it to finish.');
  }
  swapping.add(ctx);
  try {
    const staged = await stage(ctx, source, options);
    try {
      await createBackup(ctx, 'before-restore');
    } catch {
      // The live database may be the damaged one being replaced, which the backup API cannot
      // read. It is not lost: the next step keeps its files aside exactly as they are.
    }
    const keptAside = swapIn(ctx, staged, options);
    pruneKeptAside(ctx, keptAside);
    return { restoredFrom: source, keptAside, schemaVersion: ctx.db.schemaVersion };
  } finally {
    swapping.delete(ctx);
  }
}

/**
 * Replaces the live database with a backup: checks it first (and refuses, changing nothing, a
 * file that is not a Farley database, is damaged or is from a newer Farley), backs up the live
 * database as 'before-restore', keeps its files aside and opens the backup in their place.
 */
export async function restoreBackup(
  ctx: CoreContext,
  file: string,
  options: OpenOptions = {},
): Promise<RestoreResult> {
  const source = path.resolve(file);
  if (source === path.resolve(liveFile(ctx))) {
    throw new DomainError(
      'invalid_input',
      'That is the database Farley is using now; choose a backup instead.',
    );
  }
  const result = await replaceLiveDatabase(ctx, source, options);
  writeUndoState(ctx, {
    keptAside: result.keptAside,
    restoredFrom: source,
    restoredAt: ctx.clock().toISOString(),
  });
  return result;
}

/**
 * A context for a data folder whose database does not open any more (damaged past reading):
 * its connection is already gone, which is all `restoreBackup` needs to put a backup in its
 * place. Nothing but a restore may be asked of it.
 */
export function contextWithoutDatabase(base: Omit<CoreContext, 'db'>): CoreContext {
  const gone = {
    close: () => undefined,
  } as unknown as CoreContext['db'];
  return { ...base, db: gone };
}

/** Brings back the database the last restore kept aside, the same careful way. */
export async function undoRestore(
  ctx: CoreContext,
  options: OpenOptions = {},
): Promise<RestoreResult> {
  const state = readUndoState(ctx);
  if (!state || !existsSync(state.keptAside)) {
    throw new DomainError('not_found', 'There is no restore to undo.');
  }
  const result = await replaceLiveDatabase(ctx, state.keptAside, options);
  writeUndoState(ctx, null);
  return result;
}
