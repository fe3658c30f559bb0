import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractCalls, openTestCore } from '../../../support/testCore';

let core: ReturnType<typeof openTestCore>;
let api: ReturnType<typeof contractCalls>;
beforeEach(() => {
  core = openTestCore();
  api = contractCalls(core);
});
afterEach(() => core.close());

describe('merging two people', () => {
  it('keeps every field, tag and relationship of both', async () => {
    const keep = await api.call('people.create', {
      displayName: 'Ada Lovelace',
      email: 'ada@example.com',
    });
    const dupe = await api.call('people.create', {
      displayName: 'A. Lovelace',
      email: 'countess@example.com',
    });
    const friend = await api.call('people.create', { displayName: 'Charles Babbage' });
    const child = await api.call('people.create', { displayName: 'Byron King' });
    await api.call('people.update', {
      id: keep.id,
      patch: {
        keyFacts: ['Loves maths'],
        tags: ['Math'],
        about: 'Kept about',
        phones: [{ number: '+44 1' }],
      },
    });
    await api.call('people.update', {
      id: dupe.id,
      patch: {
        givenName: 'Augusta',
        pronouns: 'she/her',
        keyFacts: ['loves maths', 'Plays the harp'],
        tags: ['Poetry', 'Math'],
        about: 'Merged about',
        phones: [{ number: '+44 2' }],
        dates: [{ kind: 'birthday', month: 12, day: 10, year: 1815 }],
        roles: [{ organizationName: 'Analytical Engines', title: 'Programmer' }],
        links: [{ url: 'https://example.com/ada' }],
        customFields: [{ label: 'Title', value: 'Countess' }],
        metOn: '1833-06-05',
      },
    });
    await api.call('relationships.add', { fromId: dupe.id, toId: friend.id, kind: 'friend' });
    await api.call('relationships.add', { fromId: keep.id, toId: friend.id, kind: 'friend' });
    await api.call('relationships.add', { fromId: dupe.id, toId: child.id, kind: 'parent' });
    await api.call('relationships.add', { fromId: keep.id, toId: dupe.id, kind: 'colleague' });
    await api.call('people.update', { id: friend.id, patch: { introducedById: dupe.id } });

    const merged = await api.call('people.merge', { keepId: keep.id, mergeId: dupe.id });

    expect(merged).toMatchObject({
      id: keep.id,
      displayName: 'Ada Lovelace',
      givenName: 'Augusta',
      pronouns: 'she/her',
      metOn: '1833-06-05',
      emails: [
        { address: 'ada@example.com', primary: true },
        { address: 'countess@example.com', primary: false },
      ],
      phones: [{ number: '+44 1' }, { number: '+44 2' }],
      keyFacts: ['Loves maths', 'Plays the harp'],
      tags: [{ name: 'Math' }, { name: 'Poetry' }],
      about: 'Kept about\n\nMerged about',
      dates: [{ kind: 'birthday', year: 1815 }],
      roles: [{ organizationName: 'Analytical Engines' }],
      links: [{ url: 'https://example.com/ada' }],
      customFields: [{ label: 'Title', value: 'Countess' }],
    });
    expect(merged.relationships.map((r) => [r.label, r.other.displayName])).toEqual([
      ['Friend', 'Charles Babbage'],
      ['Child', 'Byron King'],
    ]);
    expect((await api.call('people.get', { id: friend.id })).introducedBy).toEqual({
      id: keep.id,
      displayName: 'Ada Lovelace',
    });
    expect(await api.attempt('people.get', { id: dupe.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const hits = await api.call('search.query', { text: 'harp' });
    expect(hits.map((h) => h.id)).toEqual([keep.id]);
    expect(await api.call('search.query', { text: 'A. Lovelace countess' })).toHaveLength(1);
  });

  it('refuses to merge a person with themselves or with someone missing, changing nothing', async () => {
    const ada = await api.call('people.create', { displayName: 'Ada' });
    expect(await api.attempt('people.merge', { keepId: ada.id, mergeId: ada.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const missing = '00000000-0000-4000-8000-000000000999';
    expect(await api.attempt('people.merge', { keepId: ada.id, mergeId: missing })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await api.call('people.get', { id: ada.id })).toMatchObject({ displayName: 'Ada' });
  });
});
