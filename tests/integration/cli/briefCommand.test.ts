import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BRIEFING_DAY,
  BRIEFING_NOW,
  openBriefingWorld,
  type BriefingWorld,
} from '../../support/briefingWorld';
import { runFarley } from '../../support/runFarley';

const EXPECTED_JSON = path.resolve('tests/fixtures/briefing/brief-2026-11-24.json');

let world: BriefingWorld;
beforeEach(async () => {
  world = await openBriefingWorld();
  await world.call('briefing.savePrep', {
    event: {
      source: world.ids.source,
      uid: 'one-on-one@farley.test',
      recurrenceId: '2026-11-24T15:00:00.000Z',
    },
    body: 'Ask about hiring',
  });
  world.core.db.close();
});
afterEach(() => world.close());

const farley = (...args: string[]) =>
  runFarley([...args, '--data-dir', world.dataDir], {
    home: world.dataDir,
    now: () => new Date(BRIEFING_NOW),
  });

describe('farley brief', () => {
  it('prints the agenda JSON with a dossier on every matched attendee', async () => {
    const result = await farley('brief', '--date', BRIEFING_DAY, '--format', 'json');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    // FARLEY_UPDATE_FIXTURES=1 rewrites the expected file; review the diff before committing.
    if (process.env.FARLEY_UPDATE_FIXTURES) writeFileSync(EXPECTED_JSON, `${result.out}\n`);
    expect(JSON.parse(result.out)).toEqual(JSON.parse(readFileSync(EXPECTED_JSON, 'utf8')));
  });

  it('prints the same briefing as text and as Markdown', async () => {
    const text = await farley('brief', '--date', BRIEFING_DAY, '--tz', 'America/New_York');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Briefing for Tuesday 24 November 2026 (America/New_York)');
    expect(text.out).toContain(
      '2 meetings · 3 people · 1 first-time meeting · 1 overdue follow-up',
    );
    expect(text.out).toContain('10:30–11:00  Dana / Morgan 1:1 (moved) (30 min)  [now]');
    expect(text.out).toContain('[ ] Send the proposal (due 2026-11-20, OVERDUE)');
    expect(text.out).toContain(
      'warmth 67 — 2 interactions and 2 meetings in 90 days, last 7 days ago',
    );
    expect(text.out).toContain(
      'Pat Doe <pat@initech.com> (tentative) — no dossier, probably Initech',
    );
    expect(text.out).toMatch(/Declined:\n {2}15:00–15:30 {2}Budget sync/);

    const md = await farley('brief', '--date', BRIEFING_DAY, '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.out.split('\n')[0]).toBe('# Briefing — Tuesday 24 November 2026');
    expect(md.out).toContain('## 10:30–11:00 · Dana / Morgan 1:1 (moved) (30 min) — now');
    expect(md.out).toContain('### Dana Kim — VP Engineering @ Initech');
    expect(md.out).toContain('- [ ] Send the proposal (due 20 Nov 2026, **overdue**)');
    expect(md.out).toContain(
      '- Warmth: 67 — 2 interactions and 2 meetings in 90 days, last 7 days ago',
    );
    expect(md.out).toContain('**Your prep notes**\n\nAsk about hiring');
    expect(md.out).toContain('**Last time in this series (17 Nov 2026)**');
    expect(md.out).toContain('## Declined\n\n- 15:00–15:30 · Budget sync');
  });

  it('fails with one line on a bad date or zone', async () => {
    const badDate = await farley('brief', '--date', '2026-13-01');
    expect(badDate.code).not.toBe(0);
    expect(badDate.err.split('\n')).toHaveLength(1);
    const badZone = await farley('brief', '--date', BRIEFING_DAY, '--tz', 'Mars/Olympus');
    expect(badZone.code).not.toBe(0);
    expect(badZone.err).toMatch(/time zone/i);
    const badFormat = await farley('brief', '--format', 'pdf');
    expect(badFormat.code).not.toBe(0);
  });
});
