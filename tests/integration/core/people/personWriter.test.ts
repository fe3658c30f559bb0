import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractCalls, openTestCore } from '../../../support/testCore';

let core: ReturnType<typeof openTestCore>;
let api: ReturnType<typeof contractCalls>;
beforeEach(() => {
  core = openTestCore();
  api = contractCalls(core);
});
afterEach(() => core.close());

const count = (table: string) =>
  core.db.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('creating and reading people', () => {
  it('creates a person with a primary email and reads the whole dossier back', async () => {
    const created = await api.call('people.create', {
      displayName: 'Ada Lovelace',
      email: 'Ada@Example.com',
    });
    expect(created).toMatchObject({
      displayName: 'Ada Lovelace',
      emails: [{ address: 'Ada@Example.com', label: '', primary: true }],
      phones: [],
      tags: [],
      relationships: [],
      photoUrl: null,
      archivedAt: null,
    });
    expect(await api.call('people.get', { id: created.id })).toEqual(created);
  });

  it('answers not_found for an unknown id', async () => {
    const result = await api.attempt('people.get', { id: '00000000-0000-4000-8000-000000000099' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('lists by last change or by name, filtered by tag and organization', async () => {
    const ada = await api.call('people.create', { displayName: 'Ada Lovelace' });
    const grace = await api.call('people.create', { displayName: 'Grace Hopper' });
    const alan = await api.call('people.create', { displayName: 'alan Turing' });
    await api.call('people.update', {
      id: ada.id,
      patch: {
        tags: ['Math'],
        roles: [{ organizationName: 'Analytical Engines', title: 'Programmer' }],
      },
    });
    const names = async (input: Parameters<typeof api.call<'people.list'>>[1]) =>
      (await api.call('people.list', input)).map((p) => p.displayName);
    expect(await names({})).toEqual(['Ada Lovelace', 'alan Turing', 'Grace Hopper']);
    expect(await names({ sort: 'name' })).toEqual(['Ada Lovelace', 'alan Turing', 'Grace Hopper']);
    const [tag] = await api.call('tags.list', {});
    expect(await names({ tagId: tag?.id })).toEqual(['Ada Lovelace']);
    const [org] = await api.call('organizations.list', {});
    expect(await names({ organizationId: org?.id })).toEqual(['Ada Lovelace']);
    const [row] = await api.call('people.list', { query: 'ada' });
    expect(row).toMatchObject({
      headline: 'Programmer @ Analytical Engines',
      tags: [{ name: 'Math' }],
    });
    void grace;
    void alan;
  });
});

describe('updating a dossier', () => {
  it('replaces each section given and leaves the others alone', async () => {
    const { id } = await api.call('people.create', { displayName: 'Ada' });
    const full = await api.call('people.update', {
      id,
      patch: {
        givenName: 'Augusta Ada',
        familyName: 'King',
        pronouns: 'she/her',
        emails: [
          { address: 'ada@example.com', label: 'work' },
          { address: 'ada@home.example', label: 'home', primary: true },
        ],
        phones: [{ number: '+44 20 7946 0018', label: 'mobile' }],
        addresses: [{ label: 'home', city: 'London', country: 'UK' }],
        links: [{ label: 'LinkedIn', url: 'linkedin.com/in/ada' }],
        keyFacts: ['Daughter of Lord Byron', 'Loves mathematics'],
        dates: [{ kind: 'birthday', month: 12, day: 10 }],
        customFields: [{ label: 'Favourite engine', value: 'Analytical' }],
        roles: [
          { organizationName: 'Analytical Engines', title: 'Programmer', startDate: '1842-09' },
        ],
        tags: ['Math', 'math', 'History'],
        about: '# Notes\nFirst *programmer*.',
      },
    });
    expect(full).toMatchObject({
      givenName: 'Augusta Ada',
      emails: [
        { address: 'ada@example.com', primary: false },
        { address: 'ada@home.example', primary: true },
      ],
      phones: [{ number: '+44 20 7946 0018', primary: true }],
      links: [{ url: 'https://linkedin.com/in/ada' }],
      keyFacts: ['Daughter of Lord Byron', 'Loves mathematics'],
      dates: [{ kind: 'birthday', label: '', month: 12, day: 10, year: null }],
      roles: [
        {
          organizationName: 'Analytical Engines',
          title: 'Programmer',
          startDate: '1842-09',
          current: true,
        },
      ],
      tags: [{ name: 'History' }, { name: 'Math' }],
    });
    const after = await api.call('people.update', { id, patch: { keyFacts: ['Only this'] } });
    expect(after.keyFacts).toEqual(['Only this']);
    expect(after.emails).toHaveLength(2);
    expect(after.about).toBe('# Notes\nFirst *programmer*.');
    expect(after.updatedAt > full.updatedAt).toBe(true);
  });

  it('rejects bad input with a message per field and writes nothing', async () => {
    const { id } = await api.call('people.create', { displayName: 'Ada' });
    const before = await api.call('people.get', { id });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ displayName: '  ' }, 'patch.displayName', 'Name cannot be empty'],
      [
        { emails: [{ address: 'a@b.co' }, { address: 'nope' }] },
        'patch.emails.1.address',
        'This is not a valid email address',
      ],
      [
        { emails: [{ address: 'a@b.co' }, { address: 'A@B.co' }] },
        'patch.emails.1.address',
        'This address is listed twice',
      ],
      [
        { dates: [{ kind: 'birthday', month: 2, day: 30 }] },
        'patch.dates.0.day',
        'This date does not exist',
      ],
      [
        { dates: [{ kind: 'birthday', month: 2, day: 29, year: 2023 }] },
        'patch.dates.0.day',
        'This date does not exist',
      ],
      [{ metOn: '2024-13-01' }, 'patch.metOn', 'This date does not exist'],
      [{ about: 'x'.repeat(100_001) }, 'patch.about', 'About is longer than 100,000 characters'],
      [
        { links: [{ url: 'javascript:alert(1)' }] },
        'patch.links.0.url',
        'Links must be web addresses (https://…)',
      ],
      [
        { phones: [{ number: 'call me' }] },
        'patch.phones.0.number',
        'Use digits, spaces, + ( ) - and an optional extension',
      ],
      [{ roles: [{ title: 'CEO' }] }, 'patch.roles.0.organizationName', 'Choose an organization'],
      [
        { roles: [{ organizationName: 'X', startDate: '2024', endDate: '2020' }] },
        'patch.roles.0.endDate',
        'The role ends before it starts',
      ],
      [{ keyFacts: [''] }, 'patch.keyFacts.0', 'Key fact cannot be empty'],
    ];
    for (const [patch, path, message] of cases) {
      const result = await api.attempt('people.update', { id, patch });
      expect(result.ok, JSON.stringify(patch).slice(0, 80)).toBe(false);
      if (!result.ok) expect(result.error.issues).toContainEqual({ path, message });
    }
    expect(await api.call('people.get', { id })).toEqual(before);
  });

  it('accepts 29 February without a year or in a leap year', async () => {
    const { id } = await api.call('people.create', { displayName: 'Leap' });
    const person = await api.call('people.update', {
      id,
      patch: {
        dates: [
          { kind: 'birthday', month: 2, day: 29 },
          { kind: 'anniversary', month: 2, day: 29, year: 2024 },
        ],
      },
    });
    expect(person.dates.map((d) => d.year)).toEqual([null, 2024]);
  });

  it('refuses an email owned by someone else, names them, and changes nothing', async () => {
    const ada = await api.call('people.create', { displayName: 'Ada', email: 'ada@example.com' });
    const copy = await api.call('people.create', {
      displayName: 'Ada L.',
      email: 'ada.l@example.com',
    });
    const result = await api.attempt('people.update', {
      id: copy.id,
      patch: { displayName: 'Changed', emails: [{ address: 'ADA@example.com' }] },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'ADA@example.com already belongs to Ada',
        issues: [{ path: 'patch.emails.0.address', message: 'Already used by Ada' }],
        conflictWith: { id: ada.id, displayName: 'Ada' },
      },
    });
    expect(await api.call('people.get', { id: copy.id })).toMatchObject({
      displayName: 'Ada L.',
      emails: [{ address: 'ada.l@example.com' }],
    });
  });

  it('archives and restores, hiding archived people from the list and search', async () => {
    const { id } = await api.call('people.create', { displayName: 'Zelda Fitzgerald' });
    const archived = await api.call('people.archive', { id });
    expect(archived.archivedAt).not.toBeNull();
    expect(await api.call('people.list', {})).toEqual([]);
    expect(await api.call('search.query', { text: 'zelda' })).toEqual([]);
    expect((await api.call('people.list', { archived: true })).map((p) => p.id)).toEqual([id]);
    await api.call('people.restore', { id });
    expect((await api.call('search.query', { text: 'zelda' })).map((h) => h.id)).toEqual([id]);
  });

  it('stores a real image as a photo and refuses anything else', async () => {
    const { id } = await api.call('people.create', { displayName: 'Pic' });
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5ad6a8e0000000049454e44ae426082',
      'hex',
    );
    const withPhoto = await api.call('people.setPhoto', {
      id,
      dataUrl: `data:image/png;base64,${png.toString('base64')}`,
    });
    expect(withPhoto.photoUrl).toMatch(new RegExp(`^/photos/${id}\\?v=`));
    expect(count('person_photos')).toBe(1);
    const fake = Buffer.from('MZ this is an executable').toString('base64');
    const refused = await api.attempt('people.setPhoto', {
      id,
      dataUrl: `data:image/png;base64,${fake}`,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('not an image') as string },
    });
    expect((await api.call('people.removePhoto', { id })).photoUrl).toBeNull();
    expect(count('person_photos')).toBe(0);
  });
});
