import { closeSync, openSync, statSync, truncateSync, writeSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { openCore, type CoreContext } from '../../../../electron/core/coreContext';
import { contractCalls, sequentialIds, steppingClock } from '../../../support/testCore';

/** A real core in `dataDir` whose clock the test sets, in a fixed zone. */
export function coreAt(
  dataDir: string,
  clock: () => Date = steppingClock(),
  timeZone = 'Europe/Berlin',
): CoreContext {
  return openCore({
    dataDir,
    appVersion: 'test',
    clock,
    newId: sequentialIds(),
    systemTimeZone: () => timeZone,
  });
}

/** People, interactions with notes and follow-ups, and a loose follow-up: all through the contract. */
export async function buildWorld(core: CoreContext): Promise<void> {
  const { call } = contractCalls(core);
  const people: string[] = [];
  for (let i = 1; i <= 40; i++) {
    const person = await call('people.create', {
      displayName: `Person ${i} ${'Lovelace Hopper Turing Kay'.split(' ')[i % 4] ?? ''}`,
      email: `person${i}@example.com`,
    });
    people.push(person.id);
  }
  for (let i = 0; i < people.length; i += 2) {
    await call('interactions.create', {
      kind: 'meeting',
      occurredAt: `2026-11-${String(1 + (i % 20)).padStart(2, '0')}T10:00:00Z`,
      title: `Planning ${i}`,
      participantIds: people.slice(i, i + 2),
      body: `We went through the plan in detail. ${'Notes worth keeping. '.repeat(30)}\n[ ] Send the deck ${i} (by 2026-12-01)`,
    });
  }
  await call('followUps.create', { title: 'Call the venue', personIds: people.slice(0, 1) });
}

/** Every row of every table, so "all data back" is checked row by row. */
export function dumpTables(sqlite: Database): Record<string, string[]> {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => [
      table,
      sqlite
        .prepare(`SELECT * FROM "${table}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  );
}

/** Damages a closed database file: garbage over its middle, or its second half cut off. */
export function damage(file: string, how: 'overwrite' | 'truncate'): void {
  const size = statSync(file).size;
  if (how === 'truncate') {
    truncateSync(file, Math.floor(size / 2));
    return;
  }
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(32 * 1024, 0x5a), 0, 32 * 1024, Math.floor(size / 2));
  } finally {
    closeSync(fd);
  }
}
