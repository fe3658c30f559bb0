import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/coreContext';
import type { ReachOutItem } from '../../../shared/domain/insights';
import { runFarley } from '../../support/runFarley';
import { contractCalls, tempDir } from '../../support/testCore';

const NOW = new Date('2026-11-17T09:00:00.000Z');
let temp: ReturnType<typeof tempDir>;
beforeEach(async () => {
  temp = tempDir('farley-cli-insights-');
  const core = openCore({ dataDir: temp.dir, appVersion: 'test', clock: () => NOW });
  const { call } = contractCalls(core);
  await call('me.set', { timeZone: 'UTC' });
  const ada = await call('people.create', {
    displayName: 'Ada Lovelace',
    email: 'ada@example.com',
  });
  await call('people.setCadence', { id: ada.id, cadence: 'monthly' });
  await call('interactions.create', {
    kind: 'in_person',
    occurredAt: '2026-10-01T10:00:00.000Z',
    participantIds: [ada.id],
  });
  await call('followUps.create', { title: 'Call about the Q2 plan', personIds: [ada.id] });
  core.db.close();
});
afterEach(() => temp.remove());

const farley = (...args: string[]) =>
  runFarley([...args, '--data-dir', temp.dir], { home: temp.dir, now: () => NOW });

describe('farley reach-out', () => {
  it('lists who is due with the reason, as text or json', async () => {
    const text = await farley('reach-out');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(
      /^Ada Lovelace {2}17 days overdue, warmth \d+\n {4}monthly; last spoke 47 days ago — Call about the Q2 plan$/,
    );
    const json = await farley('reach-out', '--format', 'json');
    const items = JSON.parse(json.out) as ReachOutItem[];
    expect(items.map((i) => [i.person.displayName, i.dueOn, i.daysOverdue])).toEqual([
      ['Ada Lovelace', '2026-10-31', 17],
    ]);
  });

  it('refuses a bad limit', async () => {
    const result = await farley('reach-out', '--limit', 'many');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--limit must be a whole number from 1 to 1000');
  });
});

describe('farley warmth', () => {
  it('prints the score, its parts and why, found by name or email', async () => {
    const result = await farley('warmth', 'ada@example.com');
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^Warmth \d+\/100: 1 interaction in 90 days, last 47 days ago$/);
    expect(lines.slice(1).map((l) => l.trim().split(/\s{2,}/)[0])).toEqual([
      'Recency',
      'Frequency',
      'Kind of contact',
    ]);
    expect((await farley('warmth', 'Ada', 'Lovelace')).out).toBe(result.out);
  });

  it('says when no one has that name', async () => {
    const result = await farley('warmth', 'Nobody');
    expect(result.code).toBe(2);
    expect(result.err).toContain('No one is called "Nobody".');
  });
});
