import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/coreContext';
import { runFarley } from '../../support/runFarley';
import { contractCalls, tempDir } from '../../support/testCore';

let temp: ReturnType<typeof tempDir>;
let dataDir: string;
beforeEach(async () => {
  temp = tempDir('farley-cli-export-');
  dataDir = path.join(temp.dir, 'data');
  const core = openCore({ dataDir, appVersion: 'test' });
  const { call } = contractCalls(core);
  // The notes are named after the user's day: a fixed zone keeps the test the same everywhere.
  await call('me.set', { timeZone: 'America/New_York' });
  const ada = await call('people.create', {
    displayName: 'Ada Lovelace',
    email: 'ada@example.com',
  });
  await call('people.create', { displayName: 'Grace Hopper', email: 'grace@navy.mil' });
  const gone = await call('people.create', { displayName: 'Charles Babbage' });
  await call('people.archive', { id: gone.id });
  await call('interactions.create', {
    kind: 'call',
    occurredAt: '2026-11-20T15:00:00.000Z',
    title: 'Engines',
    body: 'Talked about the analytical engine.',
    participantIds: [ada.id],
  });
  core.db.close();
});
afterEach(() => temp.remove());

const farley = (dir: string, ...args: string[]) =>
  runFarley([...args, '--data-dir', dir], {
    home: temp.dir,
    now: () => new Date('2026-11-23T12:00:00Z'),
  });
const file = (name: string) => path.join(temp.dir, name);

describe('farley export and import json', () => {
  it('exports everything and loads it into an empty data folder, which exports the same', async () => {
    const exported = await farley(dataDir, 'export', 'json', '--out', file('store.json'));
    expect(exported).toMatchObject({ code: 0, err: '' });
    const doc = JSON.parse(readFileSync(file('store.json'), 'utf8')) as {
      format: string;
      tables: Record<string, unknown[]>;
    };
    const rows = Object.values(doc.tables).reduce((n, t) => n + t.length, 0);
    expect(doc.format).toBe('farley-store');
    expect(exported.out).toBe(`Exported ${rows} records (every table) to ${file('store.json')}`);

    const other = path.join(temp.dir, 'other');
    const imported = await farley(other, 'import', 'json', file('store.json'));
    expect(imported).toMatchObject({ code: 0, err: '' });
    const tables = Object.values(doc.tables).filter((t) => t.length > 0).length;
    expect(imported.out).toBe(
      `Imported ${rows} records into ${tables} tables from ${file('store.json')}`,
    );
    await farley(other, 'export', 'json', '--out', file('again.json'));
    const text = (name: string) => readFileSync(file(name), 'utf8');
    expect(text('again.json')).toBe(text('store.json'));

    const search = await farley(other, 'search', 'lovelace');
    expect(search.out).toContain('Ada Lovelace');
  });

  it('refuses to load into a data folder that holds anything', async () => {
    await farley(dataDir, 'export', 'json', '--out', file('store.json'));
    const refused = await farley(dataDir, 'import', 'json', file('store.json'));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(
      /^farley import json: A JSON export can only be loaded into an empty Farley, and this one already holds people \(3\), interactions \(1\)/,
    );
  });

  it('says what is missing', async () => {
    expect(await farley(dataDir, 'export', 'json')).toMatchObject({
      code: 2,
      err: 'farley export json: --out PATH is required. Usage: farley export json --out FILE',
    });
    const missing = await farley(path.join(temp.dir, 'new'), 'import', 'json', file('nope.json'));
    expect(missing).toMatchObject({
      code: 2,
      err: `farley import json: ${file('nope.json')} does not exist.`,
    });
  });
});

describe('farley export vcard, csv and markdown', () => {
  it('writes everyone not archived as vCards', async () => {
    const result = await farley(dataDir, 'export', 'vcard', '--out', file('people.vcf'));
    expect(result).toMatchObject({
      code: 0,
      out: `Exported 2 people to ${file('people.vcf')}`,
    });
    const vcf = readFileSync(file('people.vcf'), 'utf8');
    expect(vcf).toContain('Ada Lovelace');
    expect(vcf).toContain('Grace Hopper');
    expect(vcf).not.toContain('Babbage');
  });

  it('writes only the people named with --person', async () => {
    const result = await farley(
      dataDir,
      ...['export', 'vcard', '--out', file('ada.vcf'), '--person', 'ada@example.com'],
    );
    expect(result.out).toBe(`Exported 1 person to ${file('ada.vcf')}`);
    expect(readFileSync(file('ada.vcf'), 'utf8')).not.toContain('Grace Hopper');
    const unknown = await farley(
      dataDir,
      ...['export', 'csv', '--out', file('x.csv'), '--person', 'Nobody'],
    );
    expect(unknown).toMatchObject({
      code: 2,
      err: 'farley export csv: no one is called "Nobody". Nothing was written.',
    });
  });

  it('writes everyone not archived as CSV', async () => {
    const result = await farley(dataDir, 'export', 'csv', '--out', file('people.csv'));
    expect(result).toMatchObject({ code: 0, out: `Exported 2 people to ${file('people.csv')}` });
    const csv = readFileSync(file('people.csv'), 'utf8');
    expect(csv).toContain('Ada Lovelace');
    expect(csv).toContain('Grace Hopper');
  });

  it('writes the interactions as Markdown notes into a new folder', async () => {
    const folder = file('notes');
    const result = await farley(dataDir, 'export', 'markdown', '--out', folder);
    expect(result).toMatchObject({ code: 0, out: `Exported 1 interaction to ${folder}` });
    const [name, ...rest] = readdirSync(folder);
    expect(rest).toEqual([]);
    expect(name).toMatch(/^2026-11-20-engines-[0-9a-f]{8}\.md$/);
    expect(readFileSync(path.join(folder, name ?? ''), 'utf8')).toContain(
      '---\n\nTalked about the analytical engine.\n',
    );
    const again = await farley(dataDir, 'export', 'markdown', '--out', folder);
    expect(again).toMatchObject({ code: 2 });
    expect(again.err).toContain('is not empty');
  });
});
