import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/rpc/dispatch';
import { createHandlers } from '../../../electron/core/rpc/handlers';
import {
  createPerson,
  findEmailOwner,
  getPerson,
  listPeople,
} from '../../../electron/core/people/peopleRepository';
import { DomainError } from '../../../electron/core/domainError';
import { openTestCore } from '../../support/testCore';

let core: ReturnType<typeof openTestCore>;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.close());

describe('people repository', () => {
  it('creates a person with a primary email and reads it back', () => {
    const created = createPerson(core, { displayName: 'Ada Lovelace', email: 'Ada@Example.com' });
    expect(created).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      displayName: 'Ada Lovelace',
      emails: [{ address: 'Ada@Example.com', label: '', primary: true }],
      createdAt: expect.stringMatching(/^2026-11-23T09:00:0\d\.000Z$/) as string,
      updatedAt: created.createdAt,
    });
    expect(getPerson(core, created.id)).toEqual(created);
  });

  it('lists the most recently changed first, with the primary email', () => {
    createPerson(core, { displayName: 'Ada Lovelace', email: 'ada@example.com' });
    createPerson(core, { displayName: 'Grace Hopper' });
    expect(listPeople(core, {}).map((p) => [p.displayName, p.primaryEmail])).toEqual([
      ['Grace Hopper', null],
      ['Ada Lovelace', 'ada@example.com'],
    ]);
  });

  it('filters by name or email, treating % and _ literally', () => {
    createPerson(core, { displayName: 'Ada Lovelace', email: 'ada@example.com' });
    createPerson(core, { displayName: 'Grace Hopper', email: 'grace@navy.mil' });
    createPerson(core, { displayName: '100% Real' });
    expect(listPeople(core, { query: 'hop' }).map((p) => p.displayName)).toEqual(['Grace Hopper']);
    expect(listPeople(core, { query: 'NAVY.MIL' }).map((p) => p.displayName)).toEqual([
      'Grace Hopper',
    ]);
    expect(listPeople(core, { query: '%' }).map((p) => p.displayName)).toEqual(['100% Real']);
    expect(listPeople(core, { query: '_' })).toEqual([]);
  });

  it('refuses an email that belongs to someone else, whatever its case, and writes nothing', () => {
    createPerson(core, { displayName: 'Ada Lovelace', email: 'ada@example.com' });
    expect(() => createPerson(core, { displayName: 'Impostor', email: 'ADA@example.COM' })).toThrow(
      DomainError,
    );
    expect(listPeople(core, {}).map((p) => p.displayName)).toEqual(['Ada Lovelace']);
    expect(findEmailOwner(core, ' ADA@EXAMPLE.COM ')?.displayName).toBe('Ada Lovelace');
  });

  it('answers not_found for an unknown id through the contract', async () => {
    const dispatch = createDispatcher(createHandlers(core));
    const result = await dispatch('people.get', { id: '00000000-0000-4000-8000-000000000099' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('validates through the contract: blank name, bad email, conflict with a field', async () => {
    const dispatch = createDispatcher(createHandlers(core));
    expect(await dispatch('people.create', { displayName: '   ' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: 'displayName', message: 'Name cannot be empty' }],
      },
    });
    expect(await dispatch('people.create', { displayName: 'A', email: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'email' }] },
    });
    expect(await dispatch('people.create', { displayName: 'A', email: '' })).toMatchObject({
      ok: true,
      data: { emails: [] },
    });
    await dispatch('people.create', { displayName: 'Ada', email: 'ada@example.com' });
    expect(
      await dispatch('people.create', { displayName: 'B', email: 'ADA@example.com' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ path: 'email', message: 'Already used by Ada' }] },
    });
  });

  it('reports its version and data folder', async () => {
    const dispatch = createDispatcher(createHandlers(core));
    expect(await dispatch('app.info', {})).toMatchObject({
      ok: true,
      data: { version: 'test', dataDir: core.dataDir },
    });
  });
});
