import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveNames, resolvePerson } from '../../../../electron/core/people/resolvePerson';
import { contractCalls, openTestCore } from '../../../support/testCore';

let core: ReturnType<typeof openTestCore>;
let api: ReturnType<typeof contractCalls>;
beforeEach(() => {
  core = openTestCore();
  api = contractCalls(core);
});
afterEach(() => core.close());

describe('resolving many invite names at once', () => {
  it('answers each name as resolvePerson does, in one search', async () => {
    await api.call('people.create', { displayName: 'José Álvarez' });
    await api.call('people.create', { displayName: 'Jose Alvarez' });
    await api.call('people.create', { displayName: 'Zoë Brandt' });
    await api.call('people.create', { displayName: 'Alex Kim' });
    await api.call('people.create', { displayName: 'Alex Kim' });
    await api.call('people.create', { displayName: 'Mary-Jane Watson' });
    await api.call('people.create', { displayName: 'Personal 12' });
    const bob = await api.call('people.create', { displayName: 'Bob Smith' });
    await api.call('people.update', {
      id: bob.id,
      patch: { givenName: 'Robert', familyName: 'Smith', nickname: 'Bobby' },
    });
    const gone = await api.call('people.create', { displayName: 'Archie Old' });
    await api.call('people.archive', { id: gone.id });

    const names = [
      'José Álvarez', // exact beats the folded twin
      'JOSE ALVAREZ', // folded: two people, so ambiguous
      'zoe brandt', // folded, one person
      'Alex Kim', // two people of that exact name
      'Mary-Jane Watson',
      'Robert Smith', // the full name
      'Bobby', // the nickname
      'Person 12', // a prefix of "Personal" is no name match
      'Archie Old', // archived people are not matched
      'Nobody Here',
    ];
    const batch = resolveNames(core, names);
    const summary = (m: { match: string; person: { displayName: string } | null }) => ({
      match: m.match,
      person: m.person?.displayName ?? null,
    });
    for (const name of names) {
      const one = resolvePerson(core, name);
      const many = batch.get(name);
      expect(many, name).toBeDefined();
      if (!many) continue;
      expect(summary(many), name).toEqual(summary(one));
      if (one.match === 'ambiguous') expect(many.candidates, name).toEqual(one.candidates);
    }
    expect(summary(batch.get('José Álvarez') ?? resolvePerson(core, ''))).toEqual({
      match: 'name',
      person: 'José Álvarez',
    });
    expect(batch.get('JOSE ALVAREZ')?.match).toBe('ambiguous');
    expect(batch.get('Robert Smith')?.person?.id).toBe(bob.id);
    expect(batch.get('Person 12')?.match).toBe('none');
    expect(batch.get('Archie Old')?.match).toBe('none');
  });
});
