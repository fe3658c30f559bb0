import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/domain/person';
import { contractCalls, openTestCore, tempDir } from '../../../support/testCore';

// A 1×1 PNG.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let from: ReturnType<typeof openTestCore>;
let to: ReturnType<typeof openTestCore>;
let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  from = openTestCore();
  to = openTestCore();
  temp = tempDir('farley-vcard-trip-');
});
afterEach(() => {
  from.close();
  to.close();
  temp.remove();
});

/** What vCard carries of a dossier; ids, timestamps and Farley-only fields aside. */
function carried(p: Person) {
  return {
    displayName: p.displayName,
    givenName: p.givenName,
    familyName: p.familyName,
    nickname: p.nickname,
    emails: p.emails,
    phones: p.phones,
    addresses: p.addresses,
    links: p.links,
    roles: p.roles.filter((r) => r.current).map((r) => [r.organizationName, r.title]),
    about: p.about,
    dates: p.dates,
    tags: p.tags.map((t) => t.name).sort(),
    hasPhoto: p.photoUrl !== null,
  };
}

describe('vCard export, then import into an empty store', () => {
  it('reproduces every field vCard carries', async () => {
    const a = contractCalls(from);
    const ada = await a.call('people.create', { displayName: 'Ada Lovelace' });
    await a.call('people.update', {
      id: ada.id,
      patch: {
        givenName: 'Ada',
        familyName: 'Lovelace',
        nickname: 'Countess; of Lovelace',
        emails: [
          { address: 'ada@example.com', label: 'work', primary: true },
          { address: 'ada.home@example.org', label: 'home', primary: false },
        ],
        phones: [{ number: '+44 20 7946 0000', label: 'mobile', primary: true }],
        addresses: [
          {
            label: 'home',
            street: '12 St James’s Square',
            city: 'London',
            region: '',
            postalCode: 'SW1Y 4JH',
            country: 'United Kingdom',
          },
        ],
        links: [{ label: 'website', url: 'https://ada.example.com/notes,analytical' }],
        roles: [{ organizationName: 'Analytical Engines, Ltd.', title: 'Mathematician' }],
        about: 'Wrote the first program.\nLoves poetry, horses; and maths — ✨',
        dates: [
          { kind: 'birthday', label: '', month: 12, day: 10, year: 1815 },
          { kind: 'anniversary', label: '', month: 7, day: 8, year: null },
        ],
        tags: ['Pioneers', 'Math, Science'],
      },
    });
    await a.call('people.setPhoto', { id: ada.id, dataUrl: `data:image/png;base64,${PNG}` });
    const grace = await a.call('people.create', {
      displayName: 'Grace Hopper',
      email: 'grace@navy.example',
    });

    const file = path.join(temp.dir, 'people.vcf');
    const exported = await a.call('data.export', { format: 'vcard', path: file });
    expect(exported.count).toBe(2);

    const b = contractCalls(to);
    const report = await b.call('contacts.import', {
      format: 'vcard',
      paths: [file],
      decisions: {},
    });
    expect(report.invalid).toEqual([]);
    expect(report.created.map((c) => c.displayName).sort()).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
    ]);
    for (const original of [ada.id, grace.id]) {
      const before = await a.call('people.get', { id: original });
      const twin = report.created.find((c) => c.displayName === before.displayName);
      const after = await b.call('people.get', { id: twin?.personId ?? '' });
      expect(carried(after)).toEqual(carried(before));
    }
    const again = await b.call('contacts.preview', { format: 'vcard', paths: [file] });
    expect(again.counts).toMatchObject({ new: 0, match: 0, unchanged: 2 });
  });
});
