import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractCalls, openTestCore } from '../../../support/testCore';

let core: ReturnType<typeof openTestCore>;
let api: ReturnType<typeof contractCalls>;
beforeEach(() => {
  core = openTestCore();
  api = contractCalls(core);
});
afterEach(() => core.close());

describe('organizations', () => {
  it('normalises domains, refuses a domain or name twice, and lists people with roles', async () => {
    const initech = await api.call('organizations.create', {
      name: 'Initech',
      domains: ['https://www.Initech.com/about', 'initech.com', 'initrode.net'],
      industry: 'Software',
    });
    expect(initech.domains).toEqual(['initech.com', 'initrode.net']);
    expect(await api.attempt('organizations.create', { name: 'initech' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ path: 'name' }] },
    });
    const other = await api.call('organizations.create', { name: 'Initrode' });
    expect(
      await api.attempt('organizations.update', {
        id: other.id,
        patch: { domains: ['initrode.net'] },
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        issues: [{ path: 'patch.domains.0', message: 'Already used by Initech' }],
      },
    });
    expect(
      await api.attempt('organizations.update', {
        id: other.id,
        patch: { domains: ['not a domain'] },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'patch.domains.0' }] },
    });

    const peter = await api.call('people.create', { displayName: 'Peter Gibbons' });
    const bill = await api.call('people.create', { displayName: 'Bill Lumbergh' });
    await api.call('people.update', {
      id: peter.id,
      patch: {
        roles: [
          {
            organizationId: initech.id,
            title: 'Engineer',
            startDate: '1997',
            endDate: '1999',
            current: false,
          },
        ],
      },
    });
    await api.call('people.update', {
      id: bill.id,
      patch: { roles: [{ organizationName: 'INITECH', title: 'VP' }] },
    });
    const full = await api.call('organizations.get', { id: initech.id });
    expect(full.members.map((m) => [m.displayName, m.title, m.current])).toEqual([
      ['Bill Lumbergh', 'VP', true],
      ['Peter Gibbons', 'Engineer', false],
    ]);
    const list = await api.call('organizations.list', {});
    expect(list.map((o) => [o.name, o.currentPeople])).toEqual([
      ['Initech', 1],
      ['Initrode', 0],
    ]);
    const updated = await api.call('organizations.update', {
      id: initech.id,
      patch: { tags: ['Client'], notes: 'TPS reports' },
    });
    expect(updated).toMatchObject({ tags: [{ name: 'Client' }], notes: 'TPS reports' });
    expect((await api.call('organizations.list', { query: 'tps' })).map((o) => o.name)).toEqual([
      'Initech',
    ]);
  });
});

describe('relationships', () => {
  it('reads from both sides, and refuses duplicates and self-links', async () => {
    const alice = await api.call('people.create', { displayName: 'Alice' });
    const bob = await api.call('people.create', { displayName: 'Bob' });
    const carol = await api.call('people.create', { displayName: 'Carol' });
    await api.call('relationships.add', { fromId: alice.id, toId: bob.id, kind: 'manager' });
    await api.call('relationships.add', { fromId: carol.id, toId: bob.id, kind: 'introducer' });
    await api.call('relationships.add', {
      fromId: alice.id,
      toId: carol.id,
      kind: 'custom',
      label: 'Mentor',
    });
    const labels = async (id: string) =>
      (await api.call('people.get', { id })).relationships.map(
        (r) => `${r.label}: ${r.other.displayName}`,
      );
    expect(await labels(bob.id)).toEqual(['Manager: Alice', 'Introduced by: Carol']);
    expect(await labels(alice.id)).toEqual(['Report: Bob', 'Mentor: Carol']);
    expect(await labels(carol.id)).toEqual(['Introduced: Bob', 'Mentor: Alice']);

    await api.call('relationships.add', { fromId: alice.id, toId: bob.id, kind: 'friend' });
    expect(
      await api.attempt('relationships.add', { fromId: bob.id, toId: alice.id, kind: 'friend' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await api.attempt('relationships.add', { fromId: bob.id, toId: bob.id, kind: 'friend' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await api.attempt('relationships.add', { fromId: bob.id, toId: alice.id, kind: 'custom' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'label' }] },
    });
    const [first] = (await api.call('people.get', { id: bob.id })).relationships;
    await api.call('relationships.remove', { id: first?.id ?? '' });
    expect(await labels(bob.id)).toEqual(['Introduced by: Carol', 'Friend: Alice']);
  });
});

describe('tags', () => {
  it('are unique by name whatever the case, renamed and recoloured in one place', async () => {
    const p = await api.call('people.create', { displayName: 'P' });
    await api.call('people.update', { id: p.id, patch: { tags: ['Investor', 'investor '] } });
    const [tag] = await api.call('tags.list', {});
    expect(tag).toMatchObject({ name: 'Investor', people: 1, organizations: 0 });
    await api.call('people.update', { id: p.id, patch: { tags: ['VIP'] } });
    const [vip] = (await api.call('tags.list', {})).filter((t) => t.name === 'VIP');
    expect(await api.attempt('tags.update', { id: vip?.id ?? '', name: 'investor' })).toMatchObject(
      {
        ok: false,
        error: { code: 'conflict' },
      },
    );
    expect(await api.call('tags.update', { id: vip?.id ?? '', color: 'purple' })).toMatchObject({
      color: 'purple',
    });
    expect(
      await api.attempt('tags.update', { id: vip?.id ?? '', color: 'chartreuse' as never }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
