import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../../db/migrations';
import { appliedMigrationTags } from '../../../../db/migrate';
import { openDatabase } from '../../../../db/openDatabase';
import { backupsDir } from '../../../../electron/core/backups/backupFiles';
import { backupIfDue, listBackups } from '../../../../electron/core/backups/backupService';
import { backupBeforeMigration } from '../../../../electron/core/backups/databaseCheck';
import { DATABASE_FILE, type CoreContext } from '../../../../electron/core/coreContext';
import { contractCalls, tempDir } from '../../../support/testCore';
import { coreAt } from './backupWorld';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanup.reverse()) fn();
  cleanup = [];
});

function folder(): string {
  const temp = tempDir('farley-backups-');
  cleanup.push(temp.remove);
  return temp.dir;
}

function open(dataDir: string, clock?: () => Date): CoreContext {
  const core = coreAt(dataDir, clock);
  cleanup.push(() => core.db.close());
  return core;
}

describe('taking and listing backups', () => {
  it('backs up the live database into the data folder and lists it, newest first', async () => {
    const dataDir = folder();
    const core = open(dataDir);
    const { call } = contractCalls(core);
    await call('people.create', { displayName: 'Ada Lovelace' });
    const first = await call('backups.create', {});
    await call('people.create', { displayName: 'Grace Hopper' });
    const second = await call('backups.create', {});

    expect(first.kind).toBe('manual');
    expect(first.fileName).toMatch(/^farley-2026-11-23T09-00-\d\dZ-manual\.db$/);
    expect(first.path).toBe(path.join(dataDir, 'backups', first.fileName));
    expect(first.fileName).toContain(first.createdAt.slice(0, 19).replaceAll(':', '-'));
    expect(first.bytes).toBeGreaterThan(0);
    expect(await call('backups.list', {})).toEqual([second, first]);
    // Nothing half-written is left beside them.
    expect(readdirSync(backupsDir(dataDir)).sort()).toEqual([first.fileName, second.fileName]);

    // Each is a complete copy of the database as it was.
    const names = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare('SELECT display_name FROM people ORDER BY display_name').pluck().all();
      } finally {
        db.close();
      }
    };
    expect(names(first.path)).toEqual(['Ada Lovelace']);
    expect(names(second.path)).toEqual(['Ada Lovelace', 'Grace Hopper']);
  });

  it('gives two backups taken in the same second different names', async () => {
    const core = open(folder(), () => new Date('2026-11-23T09:00:00.500Z'));
    const { call } = contractCalls(core);
    const a = await call('backups.create', {});
    const b = await call('backups.create', {});
    expect([a.fileName, b.fileName]).toEqual([
      'farley-2026-11-23T09-00-00Z-manual.db',
      'farley-2026-11-23T09-00-00Z-manual-2.db',
    ]);
    expect((await call('backups.list', {})).map((x) => x.fileName)).toEqual([
      b.fileName,
      a.fileName,
    ]);
  });

  it('lists only backups, not other files in the folder', async () => {
    const dataDir = folder();
    const core = open(dataDir);
    const backup = await contractCalls(core).call('backups.create', {});
    writeFileSync(path.join(backupsDir(dataDir), 'notes.txt'), 'mine');
    writeFileSync(path.join(backupsDir(dataDir), '.farley-x.db.partial'), '');
    expect(listBackups(core).map((b) => b.fileName)).toEqual([backup.fileName]);
  });
});

describe('the daily backup and its rotation', () => {
  it('takes one backup per local day and keeps 7 dailies and 4 weeklies over 40 days', async () => {
    const dataDir = folder();
    let now = new Date('2026-11-02T08:00:00Z');
    const core = open(dataDir, () => now);
    await contractCalls(core).call('people.create', { displayName: 'Ada Lovelace' });

    const start = Date.parse('2026-11-02T08:00:00Z'); // a Monday
    for (let day = 0; day < 40; day++) {
      // Farley is not opened on Monday 30 November: Tuesday's backup is that week's weekly.
      if (day === 28) continue;
      now = new Date(start + day * 86_400_000);
      expect(await backupIfDue(core)).toMatchObject({ kind: 'daily' });
      expect(await backupIfDue(core)).toBeNull();
      now = new Date(start + day * 86_400_000 + 12 * 3_600_000); // 20:00 the same day
      expect(await backupIfDue(core)).toBeNull();
    }

    expect(listBackups(core).map((b) => b.fileName)).toEqual([
      'farley-2026-12-11T08-00-00Z-daily.db',
      'farley-2026-12-10T08-00-00Z-daily.db',
      'farley-2026-12-09T08-00-00Z-daily.db',
      'farley-2026-12-08T08-00-00Z-daily.db',
      'farley-2026-12-07T08-00-00Z-daily.db', // this week's weekly, still one of the 7 dailies
      'farley-2026-12-06T08-00-00Z-daily.db',
      'farley-2026-12-05T08-00-00Z-daily.db',
      'farley-2026-12-01T08-00-00Z-weekly.db',
      'farley-2026-11-23T08-00-00Z-weekly.db',
      'farley-2026-11-16T08-00-00Z-weekly.db',
    ]);
  });

  it('keeps manual backups until there are more than 10', async () => {
    const core = open(folder());
    const { call } = contractCalls(core);
    const made = [];
    for (let i = 0; i < 12; i++) made.push(await call('backups.create', {}));
    expect(listBackups(core).map((b) => b.fileName)).toEqual(
      made
        .slice(2)
        .reverse()
        .map((b) => b.fileName),
    );
  });
});

describe('the backup before a migration', () => {
  function oldDatabase(dataDir: string, steps: number): void {
    const db = openDatabase(path.join(dataDir, DATABASE_FILE), {
      migrations: migrations.slice(0, steps),
    });
    db.sqlite
      .prepare(
        "INSERT INTO people (id, display_name, created_at, updated_at) VALUES ('p1', 'Ada', 'x', 'x')",
      )
      .run();
    db.close();
  }
  const at = () => new Date('2026-11-23T07:30:00Z');

  it('is taken when this build has schema steps the database lacks, of the old database', async () => {
    const dataDir = folder();
    oldDatabase(dataDir, 3);
    const backup = await backupBeforeMigration(dataDir, undefined, at);
    expect(backup).toMatchObject({
      kind: 'pre-migration',
      fileName: 'farley-2026-11-23T07-30-00Z-pre-migration.db',
    });
    const copy = new Database(backup?.path ?? '', { readonly: true });
    cleanup.push(() => copy.close());
    expect(copy.prepare('SELECT tag FROM __farley_migrations ORDER BY tag').pluck().all()).toEqual(
      migrations.slice(0, 3).map((m) => m.tag),
    );
    expect(copy.prepare('SELECT display_name FROM people').pluck().get()).toBe('Ada');

    // Then the core opens and migrates it; the next start finds nothing pending.
    const core = open(dataDir);
    expect(appliedMigrationTags(core.db.sqlite)).toEqual(migrations.map((m) => m.tag));
    expect(await backupBeforeMigration(dataDir, undefined, at)).toBeNull();
    expect(listBackups(core)).toHaveLength(1);
  });

  it('is not taken for a new data folder, an up-to-date database or a newer one', async () => {
    const dataDir = folder();
    expect(await backupBeforeMigration(dataDir, undefined, at)).toBeNull();
    const core = open(dataDir);
    expect(await backupBeforeMigration(dataDir, undefined, at)).toBeNull();
    core.db.sqlite
      .prepare("INSERT INTO __farley_migrations VALUES ('99990101000000_future', 'f', 'x')")
      .run();
    expect(await backupBeforeMigration(dataDir, undefined, at)).toBeNull();
    expect(existsSync(backupsDir(dataDir))).toBe(false);
  });
});
