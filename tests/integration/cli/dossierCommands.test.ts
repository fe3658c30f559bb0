import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runFarley } from '../../support/runFarley';
import { openCore } from '../../../electron/core/coreContext';
import { contractCalls, tempDir } from '../../support/testCore';

let temp: ReturnType<typeof tempDir>;
beforeEach(async () => {
  temp = tempDir('farley-cli-');
  const core = openCore({ dataDir: temp.dir, appVersion: 'test' });
  const { call } = contractCalls(core);
  const ada = await call('people.create', {
    displayName: 'Ada Lovelace',
    email: 'ada@example.com',
  });
  await call('people.update', {
    id: ada.id,
    patch: {
      pronouns: 'she/her',
      keyFacts: ['Daughter of Lord Byron'],
      dates: [{ kind: 'birthday', month: 12, day: 10 }],
      tags: ['Math'],
      roles: [{ organizationName: 'Analytical Engines', title: 'Programmer' }],
      phones: [{ number: '+44 20 7946 0018', label: 'mobile' }],
    },
  });
  await call('people.create', { displayName: 'José Álvarez', email: 'jose@acme.test' });
  await call('people.create', { displayName: 'Jose Alvarez', email: 'other.jose@acme.test' });
  core.db.close();
});
afterEach(() => temp.remove());

const farley = (...args: string[]) =>
  runFarley([...args, '--data-dir', temp.dir], { home: temp.dir });

describe('farley person show', () => {
  it('prints the whole dossier as text, found by name or by email', async () => {
    const byName = await farley('person', 'show', 'ada', 'lovelace');
    expect(byName.code).toBe(0);
    expect(byName.out).toBe(
      [
        'Ada Lovelace (she/her)',
        'Programmer @ Analytical Engines',
        'Tags: Math',
        '',
        'Contact',
        '  ada@example.com',
        '  +44 20 7946 0018 (mobile)',
        '',
        'Work',
        '  Programmer @ Analytical Engines (now)',
        '',
        'Key facts',
        '  - Daughter of Lord Byron',
        '',
        'Important dates',
        '  Birthday: 10 December',
      ].join('\n'),
    );
    const byEmail = await farley('person', 'show', 'ADA@example.com', '--format', 'json');
    expect(JSON.parse(byEmail.out)).toMatchObject({
      displayName: 'Ada Lovelace',
      keyFacts: ['Daughter of Lord Byron'],
    });
  });

  it('refuses to guess between two people and lists them', async () => {
    const result = await farley('person', 'show', 'jose', 'alvarez');
    expect(result).toMatchObject({ code: 2 });
    expect(result.err).toBe(
      'farley person show: "jose alvarez" could be several people: Jose Alvarez, José Álvarez. Use an email address to choose.',
    );
    expect((await farley('person', 'show', 'José', 'Álvarez')).out).toContain('jose@acme.test');
    expect(await farley('person', 'show', 'nobody')).toMatchObject({
      code: 2,
      err: 'farley person show: No one is called "nobody".',
    });
    expect(await farley('person', 'show')).toMatchObject({ code: 2 });
  });
});

describe('farley search', () => {
  it('prints ranked hits with kind, id, title and snippet', async () => {
    const json = await farley('search', 'byron', '--format', 'json');
    expect(JSON.parse(json.out)).toEqual([
      {
        kind: 'person',
        id: expect.any(String) as string,
        title: 'Ada Lovelace',
        subtitle: 'Programmer @ Analytical Engines',
        snippet: expect.stringContaining('[[Byron]]') as string,
      },
    ]);
    const text = await farley('search', 'analytical');
    expect(text.out.split('\n')[0]).toBe('organization Analytical Engines');
    expect(text.out).toContain('person       Ada Lovelace — Programmer @ Analytical Engines');
    expect((await farley('search', 'zzz')).out).toBe('Nothing matches "zzz".');
    expect(await farley('search', 'x', '--limit', 'lots')).toMatchObject({ code: 2 });
  });
});
