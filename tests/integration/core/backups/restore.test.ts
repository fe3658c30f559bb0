import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../../db/migrations';
import { appliedMigrationTags } from '../../../../db/migrate';
import { openDatabase } from '../../../../db/openDatabase';
import { backupsDir } from '../../../../electron/core/backups/backupFiles';
import { listBackups } from '../../../../electron/core/backups/backupService';
import { DATABASE_FILE, type CoreContext } from '../../../../electron/core/coreContext';
import type { BackupInfo } from '../../../../shared/domain/backups';
import { contractCalls, tempDir } from '../../../support/testCore';
import { buildWorld, coreAt, damage, dumpTables } from './backupWorld';

let dataDir: string;
let outside: string;
let core: CoreContext;
let api: ReturnType<typeof contractCalls>;
let cleanup: (() => void)[] = [];

beforeEach(async () => {
  const temp = tempDir('farley-restore-');
  const other = tempDir('farley-elsewhere-');
  cleanup.push(temp.remove, other.remove);
  dataDir = temp.dir;
  outside = other.dir;
  core = coreAt(dataDir);
  // The restore replaces core.db; whatever is current at the end is closed.
  cleanup.push(() => core.db.close());
  api = contractCalls(core);
  await buildWorld(core);
});
afterEach(() => {
  for (const fn of cleanup.reverse()) fn();
  cleanup = [];
});

const liveFile = () => path.join(dataDir, DATABASE_FILE);
const names = () =>
  core.db.sqlite.prepare('SELECT display_name FROM people ORDER BY display_name').pluck().all();

function integrityOf(file: string): string {
  const db = new Database(file);
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('\n');
  } catch (error) {
    return (error as Error).message;
  } finally {
    db.close();
  }
}

describe('restoring a backup over a damaged database', () => {
  it.each(['overwrite', 'truncate'] as const)('brings every row back (damage: %s)', async (how) => {
    const before = dumpTables(core.db.sqlite);
    const backup = await api.call('backups.create', {});

    // The app is closed and the file damaged, so badly that it cannot be opened again: the
    // restore runs on a core whose connection is closed, as after a failed start.
    core.db.close();
    damage(liveFile(), how);
    expect(integrityOf(liveFile())).not.toBe('ok');
    expect(() => openDatabase(liveFile(), { now: core.clock })).toThrow(/malformed/);

    const result = await api.call('backups.restore', { path: backup.path });
    expect(result).toMatchObject({
      restoredFrom: backup.path,
      schemaVersion: migrations.at(-1)?.tag,
    });
    expect(dumpTables(core.db.sqlite)).toEqual(before);
    expect(core.db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // The repositories work on the new connection, through the contract.
    expect(await api.call('people.list', {})).toHaveLength(40);
    const search = await api.call('search.query', { text: 'Send the deck 12' });
    expect(JSON.stringify(search)).toContain('Send the deck 12');

    // The damaged database was kept aside exactly as it was, not thrown away.
    expect(path.dirname(result.keptAside)).toBe(path.join(backupsDir(dataDir), 'kept-aside'));
    expect(integrityOf(result.keptAside)).not.toBe('ok');
    expect(existsSync(`${liveFile()}.incoming`)).toBe(false);
  });

  it('keeps the live database as a before-restore backup and aside, and Undo brings it back', async () => {
    const backup = await api.call('backups.create', {});
    await api.call('people.create', { displayName: 'Zelda Added Later' });
    const current = dumpTables(core.db.sqlite);

    const result = await api.call('backups.restore', { path: backup.path });
    expect(names()).not.toContain('Zelda Added Later');
    const beforeRestore = listBackups(core).find((b) => b.kind === 'before-restore');
    expect(beforeRestore).toBeDefined();
    const copy = new Database(beforeRestore?.path ?? '', { readonly: true });
    expect(dumpTables(copy)).toEqual(current);
    copy.close();

    const undone = await api.call('backups.undoRestore', {});
    expect(undone.restoredFrom).toBe(result.keptAside);
    expect(dumpTables(core.db.sqlite)).toEqual(current);
    expect(names()).toContain('Zelda Added Later');
    // The database Undo replaced is kept aside in turn; there is nothing more to undo.
    expect(existsSync(undone.keptAside)).toBe(true);
    expect(await api.attempt('backups.undoRestore', {})).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'There is no restore to undo.' },
    });
  });

  it('migrates a backup from an older Farley, after a pre-migration backup of it', async () => {
    const old = path.join(outside, 'old.db');
    const db = openDatabase(old, { migrations: migrations.slice(0, 2) });
    db.sqlite
      .prepare(
        "INSERT INTO people (id, display_name, created_at, updated_at) VALUES ('p1', 'Ada From Before', 'x', 'x')",
      )
      .run();
    db.close();

    const result = await api.call('backups.restore', { path: old });
    expect(result.schemaVersion).toBe(migrations.at(-1)?.tag);
    expect(appliedMigrationTags(core.db.sqlite)).toEqual(migrations.map((m) => m.tag));
    expect(names()).toEqual(['Ada From Before']);
    const preMigration = listBackups(core).find((b) => b.kind === 'pre-migration');
    const copy = new Database(preMigration?.path ?? '', { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM __farley_migrations').pluck().get()).toBe(2);
    copy.close();
  });
});

describe('a backup that cannot be restored', () => {
  let backup: BackupInfo;
  beforeEach(async () => {
    backup = await api.call('backups.create', {});
  });

  /** The file, what the refusal says, and that nothing at all changed. */
  async function expectRefused(file: string, message: RegExp): Promise<void> {
    const connection = core.db;
    const rows = dumpTables(core.db.sqlite);
    const backupsBefore = readdirSync(backupsDir(dataDir)).sort();
    const dataBefore = readdirSync(dataDir).sort();

    const result = await api.attempt('backups.restore', { path: file });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(result.ok ? '' : result.error.message).toMatch(message);

    expect(core.db).toBe(connection);
    expect(dumpTables(core.db.sqlite)).toEqual(rows);
    expect(readdirSync(backupsDir(dataDir)).sort()).toEqual(backupsBefore);
    expect(readdirSync(dataDir).sort()).toEqual(dataBefore);
    expect(await api.attempt('backups.undoRestore', {})).toMatchObject({ ok: false });
  }

  it('refuses a file that is not an SQLite database', async () => {
    const file = path.join(outside, 'notes.db');
    writeFileSync(file, 'These are my notes, not a database.\n'.repeat(20));
    await expectRefused(file, /“notes\.db” is not a Farley backup: it is not an SQLite database/);
    const empty = path.join(outside, 'empty.db');
    writeFileSync(empty, '');
    await expectRefused(empty, /not an SQLite database/);
  });

  it('refuses a damaged backup, whose integrity check fails', async () => {
    const file = path.join(outside, 'damaged.db');
    copyFileSync(backup.path, file);
    damage(file, 'overwrite');
    await expectRefused(
      file,
      /^“damaged\.db” is damaged \(SQLite’s integrity check: .+\)\. Nothing was changed\.$/,
    );
  });

  it('refuses a backup written by a newer Farley', async () => {
    const file = path.join(outside, 'future.db');
    copyFileSync(backup.path, file);
    const db = new Database(file);
    db.prepare("INSERT INTO __farley_migrations VALUES ('99990101000000_future', 'f', 'x')").run();
    db.close();
    await expectRefused(
      file,
      /^“future\.db” was written by a newer version of Farley \(schema 99990101000000_future\)\. Update Farley to restore it; nothing was changed\.$/,
    );
  });

  it('refuses an SQLite database that is not Farley’s, and the live database itself', async () => {
    const file = path.join(outside, 'other.db');
    const db = new Database(file);
    db.exec('CREATE TABLE things (x)');
    db.close();
    await expectRefused(file, /is an SQLite database but not one of Farley’s/);
    await expectRefused(liveFile(), /That is the database Farley is using now/);
  });
});
