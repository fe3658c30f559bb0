import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runFarley } from '../../support/runFarley';
import { tempDir } from '../../support/testCore';

const fixture = (name: string) => path.resolve('tests/fixtures/contacts', name);

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir('farley-cli-import-');
});
afterEach(() => temp.remove());

const farley = (...args: string[]) =>
  runFarley([...args, '--data-dir', temp.dir], {
    home: temp.dir,
    now: () => new Date('2026-11-23T12:00:00Z'),
  });

describe('farley import', () => {
  it('previews with --dry-run and writes nothing, then imports, then finds nothing new', async () => {
    const dry = await farley('import', 'vcard', fixture('google-contacts.vcf'), '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/^Would create \d+ (person|people), merge 0/);
    const list = await farley('person', 'list', '--format', 'json');
    expect(JSON.parse(list.out)).toEqual([]);

    const done = await farley('import', 'vcard', fixture('google-contacts.vcf'));
    expect(done.code).toBe(0);
    const created = Number(/^Created (\d+)/.exec(done.out)?.[1]);
    expect(created).toBeGreaterThan(0);
    expect(JSON.parse((await farley('person', 'list', '--format', 'json')).out)).toHaveLength(
      created,
    );

    const again = await farley('import', 'vcard', fixture('google-contacts.vcf'));
    expect(again.out).toMatch(/^Created 0 people, merged 0, skipped \d+/);
  });

  it('imports a CSV with a named layout, and refuses an unknown one in one line', async () => {
    const done = await farley(
      'import',
      'csv',
      fixture('outlook-contacts.csv'),
      '--mapping',
      'outlook',
    );
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/^Created [1-9]\d* (person|people)/);
    const bad = await farley(
      'import',
      'csv',
      fixture('outlook-contacts.csv'),
      '--mapping',
      'lotus',
    );
    expect(bad.code).toBe(2);
    expect(bad.err.split('\n')).toHaveLength(1);
    const missing = await farley('import', 'vcard', path.join(temp.dir, 'nope.vcf'));
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/nope\.vcf cannot be read/);
  });
});
