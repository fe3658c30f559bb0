import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/coreContext';
import type { Warmth } from '../../../shared/domain/insights';
import { runFarley } from '../../support/runFarley';
import { contractCalls, tempDir } from '../../support/testCore';

const NOW = new Date('2026-11-23T12:00:00Z');

let temp: ReturnType<typeof tempDir>;
let danaWarmth: Warmth;
beforeEach(async () => {
  temp = tempDir('farley-cli-');
  const core = openCore({ dataDir: temp.dir, appVersion: 'test', clock: () => NOW });
  const { call } = contractCalls(core);
  const dana = await call('people.create', { displayName: 'Dana Scully', email: 'dana@x.test' });
  const priya = await call('people.create', {
    displayName: 'Priya Patel',
    email: 'priya@initech.com',
  });
  await call('organizations.create', { name: 'Initech', domains: ['initech.com'] });
  const role = { organizationName: 'Initech', startDate: '2019', endDate: '2023', current: false };
  await call('people.update', { id: dana.id, patch: { roles: [{ ...role, title: 'Engineer' }] } });
  await call('people.update', { id: priya.id, patch: { roles: [{ ...role, title: 'Designer' }] } });
  for (const day of ['02', '09', '16']) {
    await call('interactions.create', {
      kind: 'call',
      occurredAt: `2026-11-${day}T10:00:00Z`,
      participantIds: [dana.id],
    });
  }
  danaWarmth = await call('insights.warmth', { personId: dana.id });
  core.db.close();
});
afterEach(() => temp.remove());

const farley = (...args: string[]) =>
  runFarley([...args, '--data-dir', temp.dir], { home: temp.dir, now: () => NOW });

describe('farley intro', () => {
  it('prints each path with the evidence under each hop', async () => {
    const w = danaWarmth.score;
    const result = await farley('intro', 'Priya', 'Patel');
    expect(result).toEqual({
      code: 0,
      err: '',
      out: [
        'Ways to reach Priya Patel, warmest first:',
        '',
        `you → Dana Scully (${w}) → Priya Patel (45)   strength ${Math.min(w, 45)}`,
        `    you ↔ Dana Scully: ${danaWarmth.explanation}`,
        '    Dana Scully ↔ Priya Patel: colleagues at Initech 2019–2023',
      ].join('\n'),
    });
  });

  it('prints JSON, by email too', async () => {
    const result = await farley('intro', 'priya@initech.com', '--format', 'json');
    expect(result.code).toBe(0);
    const paths = JSON.parse(result.out) as { strength: number; hops: unknown[] }[];
    expect(paths).toHaveLength(1);
    expect(paths[0]?.hops).toHaveLength(2);
  });

  it('says when no one is in reach, and refuses unknown names and bad limits', async () => {
    expect((await farley('intro', 'Dana')).out).toMatch(/^Ways to reach Dana Scully/);
    expect(await farley('intro', 'Nobody')).toEqual({
      code: 2,
      out: '',
      err: 'farley intro: No one is called "Nobody".',
    });
    expect((await farley('intro', 'Priya', '--limit', '0')).err).toBe(
      'farley intro: --limit must be a whole number from 1 to 10 (got "0")',
    );
  });
});

describe('farley who-knows', () => {
  it('lists the people at an organization with their warmth and who could introduce you', async () => {
    const w = danaWarmth.score;
    const result = await farley('who-knows', 'initech.com');
    expect(result.code).toBe(0);
    const header = 'NAME         TITLE     ROLE  WARMTH';
    expect(result.out).toBe(
      [
        'Initech (initech.com)',
        '',
        header,
        `Dana Scully  Engineer  past  ${String(w).padEnd(6)}`.trimEnd(),
        `Priya Patel  Designer  past  0       via Dana Scully (${Math.min(w, 45)})`,
      ].join('\n'),
    );
  });

  it('explains an organization it cannot find', async () => {
    expect(await farley('who-knows', 'Globex')).toEqual({
      code: 2,
      out: '',
      err: 'farley who-knows: No organization is called "Globex". Give its name or an email domain such as initech.com.',
    });
  });
});
