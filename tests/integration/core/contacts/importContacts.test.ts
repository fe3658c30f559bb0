import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractCalls, openTestCore, tempDir } from '../../../support/testCore';

// A 1×1 PNG.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const CARDS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Ada Lovelace',
  'N:Lovelace;Ada;;;',
  'EMAIL;TYPE=INTERNET;TYPE=WORK:ada@example.com',
  'TEL;TYPE=CELL:+44 20 7946 0000',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Grace Hopper',
  'N:Hopper;Grace;;;',
  'EMAIL;TYPE=INTERNET:grace@navy.example',
  'ORG:US Navy',
  'TITLE:Rear Admiral',
  'BDAY:1906-12-09',
  'CATEGORIES:Pioneers,Navy',
  `PHOTO;ENCODING=b;TYPE=PNG:${PNG}`,
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Alan Turing',
  'N:Turing;Alan;;;',
  'NOTE:Enigma',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'NOTE:a card with no name at all',
  'END:VCARD',
  '',
].join('\r\n');

let core: ReturnType<typeof openTestCore>;
let api: ReturnType<typeof contractCalls>;
let temp: ReturnType<typeof tempDir>;
let file: string;
beforeEach(async () => {
  core = openTestCore();
  api = contractCalls(core);
  temp = tempDir('farley-import-');
  file = path.join(temp.dir, 'contacts.vcf');
  writeFileSync(file, CARDS);
  await api.call('people.create', { displayName: 'Ada Lovelace', email: 'ADA@example.com' });
  await api.call('people.create', { displayName: 'Alan Turing' });
});
afterEach(() => {
  core.close();
  temp.remove();
});

const source = () => ({ format: 'vcard' as const, paths: [file] });
const peopleCount = () => core.db.sqlite.prepare('SELECT count(*) FROM people').pluck().get();

describe('importing contacts', () => {
  it('previews new people, matches by email and by name, and invalid cards, writing nothing', async () => {
    const preview = await api.call('contacts.preview', source());
    expect(preview.counts).toEqual({ new: 1, match: 2, unchanged: 0, invalid: 1 });
    expect(
      preview.rows.map((r) => [r.contact.displayName, r.status, r.match?.by ?? null, r.adds]),
    ).toEqual([
      ['Ada Lovelace', 'match', 'email', ['1 phone number', 'given name', 'family name']],
      ['Grace Hopper', 'new', null, []],
      ['Alan Turing', 'match', 'name', ['given name', 'family name', 'note']],
    ]);
    expect(preview.rows[1]?.contact.hasPhoto).toBe(true);
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]?.position).toMatch(/contacts\.vcf, card 4/);
    expect(peopleCount()).toBe(2);
  });

  it('imports in one go, and a second import of the same file changes nothing', async () => {
    const report = await api.call('contacts.import', { ...source(), decisions: {} });
    expect(report.created.map((c) => c.displayName)).toEqual(['Grace Hopper']);
    expect(report.merged.map((m) => m.displayName)).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(report.invalid).toHaveLength(1);

    const grace = await api.call('people.get', { id: report.created[0]?.personId ?? '' });
    expect(grace.emails.map((e) => e.address)).toEqual(['grace@navy.example']);
    expect(grace.roles.map((r) => [r.organizationName, r.title])).toEqual([
      ['US Navy', 'Rear Admiral'],
    ]);
    expect(grace.dates).toEqual([{ kind: 'birthday', label: '', month: 12, day: 9, year: 1906 }]);
    expect(grace.tags.map((t) => t.name).sort()).toEqual(['Navy', 'Pioneers']);
    expect(grace.photoUrl).not.toBeNull();
    const ada = await api.call('people.get', { id: report.merged[0]?.personId ?? '' });
    expect(ada.phones.map((p) => p.number)).toEqual(['+44 20 7946 0000']);
    expect(ada.emails.map((e) => e.address)).toEqual(['ADA@example.com']);

    const before = peopleCount();
    const again = await api.call('contacts.import', { ...source(), decisions: {} });
    expect(again.created).toEqual([]);
    expect(again.merged).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual([
      'Ada Lovelace is up to date',
      'Grace Hopper is up to date',
      'Alan Turing is up to date',
    ]);
    expect(peopleCount()).toBe(before);
    const preview = await api.call('contacts.preview', source());
    expect(preview.counts).toEqual({ new: 0, match: 0, unchanged: 3, invalid: 1 });
  });

  it('follows the decisions: skip a new one, create a match anew without taking its address', async () => {
    const preview = await api.call('contacts.preview', source());
    const [ada, grace] = preview.rows;
    const report = await api.call('contacts.import', {
      ...source(),
      decisions: { [ada?.position ?? '']: 'create', [grace?.position ?? '']: 'skip' },
    });
    expect(report.skipped).toEqual([{ position: grace?.position, reason: 'skipped by you' }]);
    const second = report.created.find((c) => c.displayName === 'Ada Lovelace');
    const person = await api.call('people.get', { id: second?.personId ?? '' });
    expect(person.emails).toEqual([]);
    expect(person.phones.map((p) => p.number)).toEqual(['+44 20 7946 0000']);
  });

  it('is all or nothing', async () => {
    core.db.sqlite.exec(
      `CREATE TEMP TRIGGER refuse_grace BEFORE INSERT ON people WHEN NEW.display_name = 'Grace Hopper'
       BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    const result = await api.attempt('contacts.import', { ...source(), decisions: {} });
    expect(result.ok).toBe(false);
    expect(peopleCount()).toBe(2);
    const ada = (await api.call('people.list', {})).find((p) => p.displayName === 'Ada Lovelace');
    const person = await api.call('people.get', { id: ada?.id ?? '' });
    expect(person.phones).toEqual([]);
  });

  it('imports a contact whose photo the store cannot keep without it, and says so', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1').toString('base64');
    writeFileSync(
      file,
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Gif Person',
        `PHOTO;ENCODING=b;TYPE=GIF:${gif}`,
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
    const report = await api.call('contacts.import', { ...source(), decisions: {} });
    expect(report.created.map((c) => c.displayName)).toEqual(['Gif Person']);
    expect(
      report.warnings.map((w) => [w.position.replace(/^.*(card 1).*$/, '$1'), w.reason]),
    ).toEqual([['card 1', 'imported without its photo: only PNG, JPEG and WebP photos are kept']]);
    const person = await api.call('people.get', { id: report.created[0]?.personId ?? '' });
    expect(person.photoUrl).toBeNull();
  });

  it('reports a missing file clearly and refuses garbage', async () => {
    const missing = await api.attempt('contacts.preview', {
      format: 'vcard',
      paths: [path.join(temp.dir, 'nope.vcf')],
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const garbage = await api.attempt('contacts.import', { format: 'pdf', paths: [] } as never);
    expect(garbage).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
