import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pairFollowUps } from '../../../electron/cli/commands/logCommands';
import { runFarley } from '../../support/runFarley';
import { openCore } from '../../../electron/core/coreContext';
import { contractCalls, tempDir } from '../../support/testCore';

let temp: ReturnType<typeof tempDir>;
beforeEach(async () => {
  temp = tempDir('farley-cli-');
  const core = openCore({ dataDir: temp.dir, appVersion: 'test' });
  const { call } = contractCalls(core);
  await call('people.create', { displayName: 'Ada Lovelace', email: 'ada@example.com' });
  await call('people.create', { displayName: 'Grace Hopper', email: 'grace@navy.mil' });
  await call('people.create', { displayName: 'Alan Turing' });
  await call('people.create', { displayName: 'Alan Kay' });
  core.db.close();
});
afterEach(() => temp.remove());

const farley = (...args: string[]) =>
  runFarley([...args, '--data-dir', temp.dir], {
    home: temp.dir,
    now: () => new Date('2026-11-23T12:00:00Z'),
  });

describe('farley log', () => {
  it('logs a call with people and follow-ups, each --due going with its --follow-up', async () => {
    const result = await farley(
      'log',
      '--kind',
      'call',
      '--with',
      'Ada Lovelace',
      '--with',
      'grace@navy.mil',
      '--at',
      '2026-11-20T15:00:00Z',
      '--title',
      'Q2 plan',
      '--note',
      'Agreed on the plan.',
      '--follow-up',
      'Send the deck',
      '--due',
      '2026-11-21',
      '--follow-up',
      'Book dinner',
    );
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(
      [
        'Logged call with Ada Lovelace, Grace Hopper at 2026-11-20T15:00:00.000Z',
        '  [ ] Send the deck (due 2026-11-21) — Ada Lovelace, Grace Hopper',
        '  [ ] Book dinner — Ada Lovelace, Grace Hopper',
      ].join('\n'),
    );
    const followups = await farley('followups');
    expect(followups.out).toBe(
      [
        'Overdue',
        '  [ ] Send the deck (due 2026-11-21) — Ada Lovelace, Grace Hopper',
        '',
        'Someday',
        '  [ ] Book dinner — Ada Lovelace, Grace Hopper',
      ].join('\n'),
    );
    const json = JSON.parse((await farley('followups', '--format', 'json')).out) as {
      overdue: unknown[];
    };
    expect(json.overdue).toHaveLength(1);
  });

  it('refuses a name that matches no one or several people, listing them, and writes nothing', async () => {
    const ambiguous = await farley('log', '--kind', 'call', '--with', 'Alan', '--note', 'x');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toBe(
      'farley log: "Alan" could be several people: Alan Kay, Alan Turing. Nothing was written.',
    );
    const unknown = await farley(
      'log',
      '--kind',
      'call',
      '--with',
      'Nobody',
      '--with',
      'Ada',
      '--note',
      'x',
    );
    expect(unknown.err).toContain('no one is called "Nobody"');
    for (const args of [
      ['log', '--kind', 'chat', '--note', 'x'],
      ['log', '--kind', 'call'],
      ['log', '--kind', 'call', '--note', 'x', '--at', 'yesterday'],
      ['log', '--kind', 'call', '--note', 'x', '--due', '2026-01-01'],
    ]) {
      expect((await farley(...args)).code, args.join(' ')).toBe(2);
    }
    expect((await farley('followups')).out).toBe('No open follow-ups.');
    expect((await farley('person', 'show', 'Ada')).out).toContain('Ada Lovelace');
  });

  it('pairs follow-ups and due dates by position, with = or a separate value', () => {
    expect(
      pairFollowUps(['--follow-up=A', '--due=2026-01-01', '--note', 'x', '--follow-up', 'B']),
    ).toEqual([
      { title: 'A', dueOn: '2026-01-01' },
      { title: 'B', dueOn: null },
    ]);
  });
});
