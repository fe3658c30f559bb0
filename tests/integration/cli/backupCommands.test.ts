import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../db/migrations';
import { sizeText } from '../../../electron/cli/commands/backupCommands';
import { openDatabase } from '../../../db/openDatabase';
import { openCore } from '../../../electron/core/coreContext';
import { runFarley } from '../../support/runFarley';
import { contractCalls, tempDir } from '../../support/testCore';

let temp: ReturnType<typeof tempDir>;
let outside: ReturnType<typeof tempDir>;
beforeEach(async () => {
  temp = tempDir('farley-cli-backup-');
  outside = tempDir('farley-cli-elsewhere-');
  const core = openCore({ dataDir: temp.dir, appVersion: 'test' });
  const { call } = contractCalls(core);
  await call('people.create', { displayName: 'Ada Lovelace', email: 'ada@example.com' });
  await call('people.create', { displayName: 'Grace Hopper' });
  core.db.close();
});
afterEach(() => {
  temp.remove();
  outside.remove();
});

const farley = (...args: string[]) =>
  runFarley([...args, '--data-dir', temp.dir], {
    home: temp.dir,
    now: () => new Date('2026-11-23T12:00:00Z'),
  });

async function people(): Promise<string[]> {
  const result = await farley('person', 'list', '--format', 'json');
  return (JSON.parse(result.out) as { displayName: string }[]).map((p) => p.displayName).sort();
}

const sizeOf = (file: string) => sizeText(statSync(file).size);

function namesIn(file: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT display_name FROM people ORDER BY display_name').pluck().all();
  } finally {
    db.close();
  }
}

describe('farley backup', () => {
  it('backs up into the backups folder of the data folder and says where', async () => {
    const result = await farley('backup');
    const file = path.join(temp.dir, 'backups', 'farley-2026-11-23T12-00-00Z-manual.db');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^Backed up to .* \(\d+ KB\)\.$/);
    expect(result.out).toContain(file);
    expect(namesIn(file)).toEqual(['Ada Lovelace', 'Grace Hopper']);
  });

  it('backs up to the file given with --out, and never over an existing one', async () => {
    const file = path.join(outside.dir, 'copy.db');
    const result = await farley('backup', '--out', file);
    expect(result).toEqual({ code: 0, err: '', out: `Backed up to ${file} (${sizeOf(file)}).` });
    expect(namesIn(file)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(existsSync(path.join(temp.dir, 'backups'))).toBe(false);

    const again = await farley('backup', '--out', file);
    expect(again).toEqual({
      code: 2,
      out: '',
      err: `farley backup: ${file} already exists; choose a new file name.`,
    });
    const nowhere = await farley('backup', '--out', path.join(outside.dir, 'no', 'x.db'));
    expect(nowhere.code).toBe(2);
    expect(nowhere.err).toMatch(/^farley backup: The folder .* does not exist\.$/);
  });
});

describe('farley restore', () => {
  it('restores a backup, keeping the current database aside', async () => {
    const file = path.join(outside.dir, 'before.db');
    expect((await farley('backup', '--out', file)).code).toBe(0);
    await farley('person', 'add', '--name', 'Alan Turing');
    expect(await people()).toEqual(['Ada Lovelace', 'Alan Turing', 'Grace Hopper']);

    const result = await farley('restore', file);
    expect(result).toMatchObject({ code: 0, err: '' });
    const lines = result.out.split('\n');
    expect(lines[0]).toBe(`Restored ${file} (schema ${migrations.at(-1)?.tag}).`);
    expect(lines[1]).toMatch(/^The database you had before is kept at .*kept-aside.*\.db\.$/);
    expect(await people()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    // What was replaced is still there, Alan Turing and all.
    const keptAside = lines[1]?.replace(/^.* kept at (.*)\.$/, '$1') ?? '';
    expect(namesIn(keptAside)).toEqual(['Ada Lovelace', 'Alan Turing', 'Grace Hopper']);
  });

  it('refuses a file that is not a backup with one line, and changes nothing', async () => {
    const file = path.join(outside.dir, 'notes.db');
    writeFileSync(file, 'not a database at all, just some text that is long enough');
    const result = await farley('restore', file);
    expect(result).toEqual({
      code: 2,
      out: '',
      err: 'farley restore: “notes.db” is not a Farley backup: it is not an SQLite database. Nothing was changed.',
    });
    expect(await people()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(existsSync(path.join(temp.dir, 'backups'))).toBe(false);
  });

  it('restores over a database too damaged to open', async () => {
    const backup = await farley('backup', '--out', path.join(outside.dir, 'safe.db'));
    expect(backup.code).toBe(0);
    for (const side of ['-wal', '-shm'])
      rmSync(path.join(temp.dir, `farley.db${side}`), { force: true });
    // Garbage over the header: SQLite no longer even sees a database.
    writeFileSync(path.join(temp.dir, 'farley.db'), Buffer.alloc(4096, 0x5a), { flag: 'r+' });
    const broken = await farley('person', 'list');
    expect(broken.code).not.toBe(0);

    const restored = await farley('restore', path.join(outside.dir, 'safe.db'));
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    expect(await people()).toEqual(['Ada Lovelace', 'Grace Hopper']);
  });

  it('needs the file', async () => {
    const result = await farley('restore');
    expect(result.code).toBe(2);
    expect(result.err).toBe('farley restore: FILE is required. Usage: farley restore FILE');
  });
});

describe('any command on a database from an older Farley', () => {
  it('backs it up before migrating it', async () => {
    const old = tempDir('farley-cli-old-');
    try {
      const db = openDatabase(path.join(old.dir, 'farley.db'), {
        migrations: migrations.slice(0, 2),
      });
      db.close();
      const result = await runFarley(['person', 'list', '--data-dir', old.dir], {
        home: old.dir,
        now: () => new Date('2026-11-23T12:00:00Z'),
      });
      expect(result.code).toBe(0);
      expect(readdirSync(path.join(old.dir, 'backups'))).toEqual([
        'farley-2026-11-23T12-00-00Z-pre-migration.db',
      ]);
    } finally {
      old.remove();
    }
  });
});
