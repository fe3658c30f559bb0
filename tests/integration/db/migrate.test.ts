import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../db/migrations';
import { appliedMigrationTags, migrate, MigrationError } from '../../../db/migrate';
import { openDatabase } from '../../../db/openDatabase';
// @ts-expect-error: a plain .mjs build script without type declarations
import { embeddedMigrationsSource } from '../../../build/scripts/embed-migrations.mjs';
import { tempDir } from '../../support/testCore';

const now = () => new Date('2026-11-23T09:00:00Z');
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanup.reverse()) fn();
  cleanup = [];
});

function tempFile(): string {
  const temp = tempDir();
  cleanup.push(temp.remove);
  return path.join(temp.dir, 'farley.db');
}

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

describe('migrations', () => {
  it('ships exactly what drizzle-kit generated (run npm run db:generate after a schema change)', () => {
    const folder = path.resolve('db/migrations');
    const source = (embeddedMigrationsSource as (dir: string) => string)(folder);
    expect(readFileSync(path.join(folder, 'index.ts'), 'utf8')).toBe(source);
  });

  it('creates a new database with WAL, foreign keys and a busy timeout', () => {
    const db = openDatabase(tempFile(), { now });
    cleanup.push(() => db.close());
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(tables(db.sqlite)).toEqual(expect.arrayContaining(['people', 'person_emails']));
    expect(appliedMigrationTags(db.sqlite)).toEqual(migrations.map((m) => m.tag));
  });

  it('upgrades from every earlier version, keeping the data', () => {
    for (let upTo = 1; upTo < migrations.length; upTo++) {
      const file = tempFile();
      const old = openDatabase(file, { now, migrations: migrations.slice(0, upTo) });
      old.sqlite
        .prepare(
          "INSERT INTO people (id, display_name, created_at, updated_at) VALUES ('p1', 'Ada', 'x', 'x')",
        )
        .run();
      old.close();
      const upgraded = openDatabase(file, { now });
      expect(appliedMigrationTags(upgraded.sqlite)).toEqual(migrations.map((m) => m.tag));
      expect(upgraded.sqlite.prepare('SELECT display_name FROM people').pluck().get()).toBe('Ada');
      upgraded.close();
    }
  });

  it('reopening an up-to-date database applies nothing', () => {
    const file = tempFile();
    openDatabase(file, { now }).close();
    const sqlite = new Database(file);
    cleanup.push(() => sqlite.close());
    expect(migrate(sqlite, migrations, now)).toEqual({ applied: [] });
  });

  it('refuses a database written by a newer version and changes nothing', () => {
    const file = tempFile();
    const future = [
      ...migrations,
      { tag: '99990101000000_future', hash: 'f', sql: 'CREATE TABLE future (x);' },
    ];
    openDatabase(file, { now, migrations: future }).close();
    expect(() => openDatabase(file, { now })).toThrow(/newer version of Farley/);
    const sqlite = new Database(file);
    cleanup.push(() => sqlite.close());
    expect(tables(sqlite)).toContain('future');
  });

  it('refuses a database whose applied step differs from the shipped one', () => {
    const file = tempFile();
    const first = migrations[0];
    if (!first) throw new Error('no migrations');
    openDatabase(file, { now, migrations: [{ ...first, hash: 'tampered' }] }).close();
    expect(() => openDatabase(file, { now })).toThrow(MigrationError);
  });

  it('rolls back a migration that fails half-way', () => {
    const file = tempFile();
    openDatabase(file, { now }).close();
    const broken = [
      ...migrations,
      {
        tag: '99990101000000_broken',
        hash: 'b',
        sql: 'CREATE TABLE half (x);\n--> statement-breakpoint\nTHIS IS NOT SQL;',
      },
    ];
    expect(() => openDatabase(file, { now, migrations: broken })).toThrow();
    const sqlite = new Database(file);
    cleanup.push(() => sqlite.close());
    expect(tables(sqlite)).not.toContain('half');
    expect(appliedMigrationTags(sqlite)).toEqual(migrations.map((m) => m.tag));
  });
});
