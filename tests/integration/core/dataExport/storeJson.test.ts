import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../../electron/core/coreContext';
import type { StoreDocument } from '../../../../electron/core/dataExport/storeDocument';
import { openBriefingWorld, type BriefingWorld } from '../../../support/briefingWorld';
import { contractCalls, openTestCore, tempDir } from '../../../support/testCore';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5ad6a8e0000000049454e44ae426082',
  'hex',
);

let world: BriefingWorld;
let empty: ReturnType<typeof openTestCore>;
let files: ReturnType<typeof tempDir>;

/** The briefing world plus what it lacks: a photo, an archived person, a prep note, a draft… */
async function enrich({ call, ids }: BriefingWorld): Promise<void> {
  await call('people.setPhoto', {
    id: ids.dana,
    dataUrl: `data:image/png;base64,${PNG.toString('base64')}`,
  });
  await call('people.archive', { id: ids.priya });
  await call('briefing.savePrep', {
    event: {
      source: ids.source,
      uid: 'one-on-one@farley.test',
      recurrenceId: '2026-11-24T15:00:00.000Z',
    },
    body: 'Ask about the hiring freeze',
  });
  await call('drafts.save', { content: { title: 'Half a thought', body: 'A trip to Zanzibar' } });
  const mistake = await call('interactions.create', {
    kind: 'note',
    occurredAt: '2026-11-20T10:00:00.000Z',
    body: 'Logged by mistake',
    participantIds: [ids.sam],
  });
  await call('interactions.delete', { id: mistake.id });
  await call('followUps.update', { id: ids.apiDoc, done: true });
  await call('notifications.set', { enabled: false });
}

beforeEach(async () => {
  world = await openBriefingWorld();
  await enrich(world);
  empty = openTestCore();
  files = tempDir('farley-export-');
});
afterEach(() => {
  world.close();
  empty.close();
  files.remove();
});

async function exportJson(core: CoreContext, name: string): Promise<StoreDocument> {
  const file = path.join(files.dir, name);
  const { call } = contractCalls(core);
  const result = await call('data.export', { format: 'json', path: file });
  const doc = JSON.parse(readFileSync(file, 'utf8')) as StoreDocument;
  expect(result).toEqual({
    path: file,
    count: Object.values(doc.tables).reduce((n, rows) => n + rows.length, 0),
  });
  return doc;
}

const withoutTime = ({ exportedAt: _, ...rest }: StoreDocument) => rest;

/** Every table of a store, so "changes nothing" can be checked table by table. */
function snapshot(core: CoreContext): Record<string, unknown[]> {
  const names = core.db.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    names.map((n) => [n, core.db.sqlite.prepare(`SELECT * FROM "${n}"`).all()]),
  );
}

describe('the whole store as JSON', () => {
  it('round-trips: export, import into an empty store, export again gives the same document', async () => {
    const first = await exportJson(world.core, 'first.json');
    expect(first).toMatchObject({
      format: 'farley-store',
      formatVersion: 1,
      schemaVersion: world.core.db.schemaVersion,
      appVersion: 'test',
    });
    // Every table of the user's data, and none of the derived or bookkeeping ones.
    expect(Object.keys(first.tables)).toEqual([
      'calendar_events',
      'calendar_files',
      'calendar_occurrences',
      'calendar_sources',
      'drafts',
      'follow_up_people',
      'follow_ups',
      'interaction_participants',
      'interactions',
      'meeting_prep_notes',
      'organization_domains',
      'organization_tags',
      'organizations',
      'people',
      'person_addresses',
      'person_dates',
      'person_emails',
      'person_facts',
      'person_fields',
      'person_links',
      'person_phones',
      'person_photos',
      'person_roles',
      'person_tags',
      'relationships',
      'settings',
      'tags',
      'trash',
    ]);
    for (const table of ['people', 'person_photos', 'meeting_prep_notes', 'drafts', 'trash']) {
      expect(first.tables[table]?.length, table).toBeGreaterThan(0);
    }
    expect(first.tables.calendar_occurrences?.length).toBeGreaterThan(3);
    expect(first.tables.person_photos?.[0]?.bytes).toEqual({ $base64: PNG.toString('base64') });

    const { call } = contractCalls(empty);
    const imported = await call('data.importJson', { path: path.join(files.dir, 'first.json') });
    expect(imported.tables).toEqual(
      Object.fromEntries(Object.entries(first.tables).map(([t, rows]) => [t, rows.length])),
    );
    const second = await exportJson(empty, 'second.json');
    expect(withoutTime(second)).toEqual(withoutTime(first));
    // And byte for byte, but for the time of the export.
    const text = (name: string) =>
      readFileSync(path.join(files.dir, name), 'utf8').replace(/"exportedAt": "[^"]*"/, '');
    expect(text('second.json')).toBe(text('first.json'));
  });

  it('rebuilds the search indexes from the imported rows', async () => {
    await exportJson(world.core, 'store.json');
    const { call } = contractCalls(empty);
    await call('data.importJson', { path: path.join(files.dir, 'store.json') });
    const hits = async (text: string) =>
      (await call('search.query', { text })).map((h) => [h.kind, h.id]);
    expect(await hits('dana kim')).toContainEqual(['person', world.ids.dana]);
    expect(await hits('initech')).toContainEqual(['organization', world.ids.initech]);
    expect(await hits('platform')).toEqual([['interaction', world.ids.introCall]]);
    expect(await hits('proposal')).toEqual([['followUp', world.ids.proposal]]);
    expect((await hits('zanzibar')).map(([kind]) => kind)).toEqual(['draft']);
    // Archived people and deleted notes stay out of the index, as in the store they came from.
    expect(await hits('priya')).toEqual([]);
    expect(await hits('mistake')).toEqual([]);
    expect(empty.db.sqlite.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(
      world.core.db.sqlite.prepare('SELECT count(*) FROM search_docs').pluck().get(),
    );
  });

  it('loads the dossiers, timelines and meetings as they were', async () => {
    await exportJson(world.core, 'store.json');
    const { call } = contractCalls(empty);
    await call('data.importJson', { path: path.join(files.dir, 'store.json') });
    expect(await call('people.get', { id: world.ids.dana })).toEqual(
      await world.call('people.get', { id: world.ids.dana }),
    );
    expect(await call('interactions.get', { id: world.ids.lastOneOnOne })).toEqual(
      await world.call('interactions.get', { id: world.ids.lastOneOnOne }),
    );
    expect(await call('me.get', {})).toEqual(await world.call('me.get', {}));
    const agenda = await call('agenda.day', { date: '2026-11-24' });
    expect(agenda.meetings.map((m) => m.title)).toEqual(
      (await world.call('agenda.day', { date: '2026-11-24' })).meetings.map((m) => m.title),
    );
  });
});

describe('writing the export', () => {
  it('replaces an earlier export whole, and says when the folder is missing', async () => {
    const file = path.join(files.dir, 'store.json');
    writeFileSync(file, 'an older export');
    await exportJson(world.core, 'store.json');
    expect(readdirSync(files.dir)).toEqual(['store.json']);
    const nowhere = path.join(files.dir, 'missing', 'store.json');
    expect(
      await contractCalls(world.core).attempt('data.export', { format: 'json', path: nowhere }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: `Cannot write ${nowhere}: the folder ${path.dirname(nowhere)} does not exist.`,
        issues: [{ path: 'path', message: `the folder ${path.dirname(nowhere)} does not exist` }],
      },
    });
    expect(
      await contractCalls(world.core).attempt('data.export', { format: 'json', path: files.dir }),
    ).toMatchObject({
      ok: false,
      error: { message: `${files.dir} is a folder; give a file name to export to.` },
    });
  });
});

describe('loading a JSON export refuses, and changes nothing', () => {
  let doc: StoreDocument;
  beforeEach(async () => {
    doc = await exportJson(world.core, 'store.json');
  });

  async function refusal(core: CoreContext, text: string): Promise<string> {
    const file = path.join(files.dir, 'changed.json');
    writeFileSync(file, text);
    const before = snapshot(core);
    const result = await contractCalls(core).attempt('data.importJson', { path: file });
    expect(snapshot(core)).toEqual(before);
    if (result.ok) throw new Error('the import was not refused');
    return `${result.error.code}: ${result.error.message}`;
  }
  const edited = (change: Partial<StoreDocument>) => JSON.stringify({ ...doc, ...change });

  it('into a store that already holds anything', async () => {
    expect(await refusal(world.core, JSON.stringify(doc))).toBe(
      'conflict: A JSON export can only be loaded into an empty Farley, and this one already holds people (4), organizations (1), interactions (3), calendar sources (1) and more. ' +
        'Use a new data folder (--data-dir on the command line). Nothing was changed.',
    );
    // A store holding only a draft is not empty either.
    await contractCalls(empty).call('drafts.save', { content: { body: 'Note to self' } });
    expect(await refusal(empty, JSON.stringify(doc))).toMatch(
      /^conflict: .* already holds drafts \(1\)\. Use a new data folder/,
    );
  });

  it('of a format version it does not know', async () => {
    expect(await refusal(empty, edited({ formatVersion: 2 }))).toBe(
      'invalid_input: This export has format version 2, written by a newer Farley (test); update Farley to load it. Nothing was changed.',
    );
  });

  it('from a newer or an older schema, saying which Farley reads it', async () => {
    const ours = empty.db.schemaVersion;
    expect(await refusal(empty, edited({ schemaVersion: '29990101000000_future' }))).toBe(
      `invalid_input: This export comes from a newer Farley (test, schema 29990101000000_future); this one has schema ${ours}. Update Farley to load it. Nothing was changed.`,
    );
    expect(
      await refusal(empty, edited({ schemaVersion: '20200101000000_old', appVersion: '0.0.9' })),
    ).toBe(
      `invalid_input: This export comes from an older Farley (0.0.9, schema 20200101000000_old); this one loads exports of schema ${ours} only. ` +
        'Load it into an empty Farley 0.0.9, open that data folder with this version (which upgrades it), and export again. Nothing was changed.',
    );
  });

  it('that is not a Farley export, truncated or damaged', async () => {
    const text = JSON.stringify(doc, null, 2);
    expect(await refusal(empty, text.slice(0, text.length / 2))).toMatch(
      /^invalid_input: .*changed\.json is not a Farley JSON export \(.*\)\. Nothing was changed\.$/,
    );
    expect(await refusal(empty, '{"people": []}')).toBe(
      'invalid_input: This is not a Farley JSON export. Nothing was changed.',
    );
    const withoutPeople = { ...doc.tables };
    delete withoutPeople.people;
    expect(await refusal(empty, edited({ tables: withoutPeople }))).toBe(
      'invalid_input: This export is incomplete: it has no "people" table. Nothing was changed.',
    );
    const garbled = structuredClone(doc);
    garbled.tables.people?.push({ id: 'x', display_name: ['not', 'text'] } as never);
    expect(await refusal(empty, JSON.stringify(garbled))).toMatch(
      /^invalid_input: This export is damaged \(tables\.people\.4\.display_name: Not text, a number, null or \{"\$base64": …\}\)\. Nothing was changed\.$/,
    );
  });

  it('whose rows break the database rules, after loading the tables before them', async () => {
    // `people` is loaded after a dozen tables: their rows must go again.
    const missingName = structuredClone(doc);
    delete missingName.tables.people?.[0]?.display_name;
    expect(await refusal(empty, JSON.stringify(missingName))).toBe(
      'invalid_input: This export cannot be loaded: people row 1: NOT NULL constraint failed: people.display_name. Nothing was changed.',
    );
    const dangling = structuredClone(doc);
    dangling.tables.person_emails?.push({
      id: '99999999-0000-4000-8000-000000000000',
      person_id: '99999999-0000-4000-8000-000000000001',
      address: 'ghost@example.com',
      address_key: 'ghost@example.com',
      label: '',
      is_primary: 0,
      position: 0,
    });
    expect(await refusal(empty, JSON.stringify(dangling))).toBe(
      'invalid_input: This export cannot be loaded: 1 record(s) refer to records it does not hold (the first: person_emails → people). Nothing was changed.',
    );
  });
});
