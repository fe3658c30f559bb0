import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchExpression } from '../../../../electron/core/search/searchQuery';
import { contractCalls, openTestCore } from '../../../support/testCore';

let core: ReturnType<typeof openTestCore>;
let api: ReturnType<typeof contractCalls>;
beforeEach(() => {
  core = openTestCore();
  api = contractCalls(core);
});
afterEach(() => core.close());

const ids = async (text: string) => (await api.call('search.query', { text })).map((h) => h.title);

describe('full-text search', () => {
  it('finds by prefix, ignoring case and accents, ranked by where the words are', async () => {
    const jose = await api.call('people.create', {
      displayName: 'José Álvarez',
      email: 'jalvarez@acme.test',
    });
    await api.call('people.create', { displayName: 'Josephine Baker' });
    await api.call('people.update', {
      id: jose.id,
      patch: { keyFacts: ['Daughter named Zoë, loves crème brûlée'] },
    });
    expect(await ids('jose')).toEqual(['José Álvarez', 'Josephine Baker']);
    expect(await ids('JOSÉ')).toEqual(['José Álvarez', 'Josephine Baker']);
    expect(await ids('alva')).toEqual(['José Álvarez']);
    expect(await ids('zoe')).toEqual(['José Álvarez']);
    expect(await ids('creme brulee')).toEqual(['José Álvarez']);
    expect(await ids('acme.test')).toEqual(['José Álvarez']);
    const [hit] = await api.call('search.query', { text: 'brulee' });
    expect(hit).toMatchObject({
      kind: 'person',
      id: jose.id,
      snippet: expect.stringContaining('[[brûlée]]') as string,
    });
  });

  it('keeps the index in step with every change, inside the same transaction', async () => {
    const p = await api.call('people.create', { displayName: 'Grace Hopper' });
    await api.call('people.update', {
      id: p.id,
      patch: {
        tags: ['Navy'],
        roles: [{ organizationName: 'Eckert-Mauchly', title: 'Mathematician' }],
      },
    });
    expect(await ids('navy')).toEqual(['Grace Hopper']);
    expect(await ids('mauchly')).toEqual(['Eckert-Mauchly', 'Grace Hopper']);
    await api.call('people.update', {
      id: p.id,
      patch: { displayName: 'Rear Admiral Grace Hopper' },
    });
    expect(await ids('admiral')).toEqual(['Rear Admiral Grace Hopper']);

    // A failed update must not leave the index changed either.
    const bad = await api.attempt('people.update', {
      id: p.id,
      patch: {
        displayName: 'Compiler Queen',
        roles: [{ organizationId: '00000000-0000-4000-8000-000000000777' }],
      },
    });
    expect(bad.ok).toBe(false);
    expect(await ids('compiler')).toEqual([]);

    const [org] = await api.call('organizations.list', {});
    await api.call('organizations.update', {
      id: org?.id ?? '',
      patch: { name: 'Remington Rand' },
    });
    expect(await ids('remington')).toEqual(['Remington Rand', 'Rear Admiral Grace Hopper']);
    expect(await ids('mauchly')).toEqual([]);

    const [tag] = await api.call('tags.list', {});
    await api.call('tags.update', { id: tag?.id ?? '', name: 'US Navy Reserve' });
    expect(await ids('reserve')).toEqual(['Rear Admiral Grace Hopper']);
    await api.call('tags.delete', { id: tag?.id ?? '' });
    expect(await ids('reserve')).toEqual([]);
  });

  it('takes any typed text literally, never as FTS syntax', async () => {
    await api.call('people.create', { displayName: 'Ada NEAR Lovelace' });
    for (const text of [
      '"',
      'ada AND',
      'NOT ada',
      'title:ada',
      '(ada',
      '*',
      'ada OR -x',
      "'; DROP TABLE people; --",
    ]) {
      const result = await api.attempt('search.query', { text });
      expect(result.ok, text).toBe(true);
    }
    expect(matchExpression('  ')).toBeNull();
    expect(matchExpression('ada "love')).toBe('("ada" OR "ada"*) AND ("love" OR "love"*)');
    expect(await ids('near')).toEqual(['Ada NEAR Lovelace']);
  });

  it('filters by kind', async () => {
    await api.call('organizations.create', { name: 'Initech', domains: ['initech.com'] });
    await api.call('people.create', { displayName: 'Peter Gibbons', email: 'peter@initech.com' });
    expect(
      (await api.call('search.query', { text: 'initech', kinds: ['organization'] })).map(
        (h) => h.kind,
      ),
    ).toEqual(['organization']);
    expect(await ids('initech')).toEqual(['Initech', 'Peter Gibbons']);
  });
});
