// `npm run bench`: builds a seeded large world in a temporary folder and times the scenarios
// the issues set targets for, each beside its floor (the same work done by the bare engine).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/core/coreContext';
import { createDispatcher } from '../../electron/core/rpc/dispatch';
import { createHandlers } from '../../electron/core/rpc/handlers';
import { matchExpression, searchAll } from '../../electron/core/search/searchQuery';
import { addInteractions, buildWorld, seededRandom } from './benchWorld';
import { measureBriefing, seedBriefingDay } from './briefingBench';
import { measureBriefingPaint } from './briefingPaint';
import { benchContactsImport } from './contactsBench';
import { measureInsights } from './insightsBench';
import { ms, row, statsOf, timeOnce, type Stats } from './measure';
import { measureTimelinePaint } from './timelinePaint';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 1_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 200_000);
const HUB_INTERACTIONS = 2_000;

const dir = mkdtempSync(path.join(os.tmpdir(), 'farley-bench-'));
const results: Record<string, unknown> = { people: PEOPLE, organizations: ORGANIZATIONS };
try {
  const core = openCore({ dataDir: dir, appVersion: 'bench' });
  const started = Date.now();
  const world = buildWorld(core, { people: PEOPLE, organizations: ORGANIZATIONS });
  const buildSeconds = (Date.now() - started) / 1000;
  console.log(
    `world: ${PEOPLE.toLocaleString('en')} people, ${ORGANIZATIONS.toLocaleString('en')} organizations, built in ${buildSeconds.toFixed(1)} s`,
  );
  results.buildSeconds = buildSeconds;
  const interactionsStarted = Date.now();
  const hub = addInteractions(core, world, INTERACTIONS, HUB_INTERACTIONS);
  const interactionSeconds = (Date.now() - interactionsStarted) / 1000;
  console.log(
    `added ${INTERACTIONS.toLocaleString('en')} interactions (${HUB_INTERACTIONS.toLocaleString('en')} with one person) in ${interactionSeconds.toFixed(1)} s`,
  );
  results.interactionSeconds = interactionSeconds;

  // What people type: prefixes of names, whole names, words of key facts, organizations, emails.
  const random = seededRandom(7);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const queries: string[] = [];
  for (let i = 0; i < 100; i++) {
    const name = pick(world.vocabulary.names);
    const fact = pick(world.vocabulary.facts).split(' ');
    const org = pick(world.vocabulary.organizations);
    queries.push(
      [
        name.slice(0, 3),
        name,
        pick(fact.slice(1)),
        org.split(' ')[0] ?? org,
        `${name.split(' ')[0]?.slice(0, 4) ?? ''} ${pick(fact.slice(1)).slice(0, 3)}`,
      ][i % 5] ?? name,
    );
  }

  const dispatch = createDispatcher(createHandlers(core));
  // The floor: the same FTS5 queries, bare (default rank, no snippet, no validation).
  const rawEntities = core.db.sqlite.prepare(
    'SELECT kind, entity_id, title FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20',
  );
  const rawNotes = core.db.sqlite.prepare(
    'SELECT kind, entity_id, title FROM notes_index WHERE notes_index MATCH ? ORDER BY rank LIMIT 20',
  );
  const scenarios: Record<string, (q: string) => unknown> = {
    'people+orgs search (raw FTS5)': (q) => rawEntities.all(matchExpression(q)),
    'people+orgs search (contract)': (q) =>
      dispatch('search.query', { text: q, kinds: ['person', 'organization'] }),
    'all search (raw FTS5, both tables)': (q) => {
      const match = matchExpression(q);
      const entities = rawEntities.all(match);
      return entities.length < 20 ? [...entities, ...rawNotes.all(match)] : entities;
    },
    'all search (contract)': (q) => dispatch('search.query', { text: q }),
    'all search (core function)': (q) => searchAll(core, { text: q, limit: 20 }),
    'people list filtered by query': (q) => dispatch('people.list', { query: q }),
  };
  const timelineFloor = core.db.sqlite.prepare(
    `SELECT i.* FROM interactions i JOIN interaction_participants ip ON ip.interaction_id = i.id
      WHERE ip.person_id = ? ORDER BY ip.occurred_at DESC, i.id DESC LIMIT 51`,
  );
  scenarios['timeline first page (raw SQL floor)'] = () => timelineFloor.all(hub);
  scenarios['timeline first page (contract)'] = () =>
    dispatch('timeline.forPerson', { personId: hub, today: '2026-11-23', limit: 50 });
  const samples: Record<string, number[]> = Object.fromEntries(
    Object.keys(scenarios).map((k) => [k, []]),
  );
  for (let round = -1; round < ROUNDS; round++) {
    for (const q of queries) {
      // Interleaved, so a slow moment of the machine hits every scenario alike.
      for (const [name, fn] of Object.entries(scenarios)) {
        const duration = await timeOnce(() => fn(q));
        if (round >= 0) samples[name]?.push(duration);
      }
    }
  }
  const stats: Record<string, Stats> = {};
  for (const [name, list] of Object.entries(samples)) {
    stats[name] = statsOf(list);
    console.log(row(name, stats[name]));
  }
  for (const [label, floorName, oursName] of [
    ['people+orgs search', 'people+orgs search (raw FTS5)', 'people+orgs search (contract)'],
    ['all search', 'all search (raw FTS5, both tables)', 'all search (contract)'],
  ] as const) {
    const floor = stats[floorName];
    const ours = stats[oursName];
    if (!floor || !ours) continue;
    const ratio = ours.p50 / floor.p50;
    console.log(
      `${label} p50 ratio, contract / raw: ${ratio.toFixed(2)}× (target ≤ 1.5×); p50 ${ms(ours.p50)} (target < 20 ms)`,
    );
    results[`${label} ratio p50`] = ratio;
  }
  const timeline = stats['timeline first page (contract)'];
  const timelineFloorStats = stats['timeline first page (raw SQL floor)'];
  if (timeline && timelineFloorStats) {
    results.timelineRatioP50 = timeline.p50 / timelineFloorStats.p50;
    console.log(
      `timeline p50 ratio, contract / raw: ${(timeline.p50 / timelineFloorStats.p50).toFixed(2)}×`,
    );
  }
  const whole = await timeOnce(() => dispatch('people.list', {}));
  console.log(`people list, all ${PEOPLE.toLocaleString('en')} rows (one call): ${ms(whole)}`);
  results.scenarios = stats;
  results.peopleListAllMs = whole;

  // The briefing of a 12-meeting day, 6 people each, over this world and a 20k-event calendar.
  const { date: briefingDate } = seedBriefingDay(core, world, hub, dir);
  const briefing = await measureBriefing(core, dispatch, briefingDate, ROUNDS * 10);
  console.log(
    `briefing of ${briefing.date}: ${briefing.meetings} meetings, ${briefing.people} people`,
  );
  console.log(row('briefing (raw SQL floor)', briefing.floor));
  console.log(row('briefing (contract)', briefing.core) + ' (target < 50 ms)');
  console.log(`briefing p50 ratio, contract / raw: ${briefing.ratio.toFixed(2)}× (target ≤ 2×)`);
  results.briefing = briefing;

  // Relationship intelligence over the same world and calendar.
  const insights = await measureInsights(core, dispatch, world, ROUNDS * 4);
  console.log(row('reach-out list (50 rows)', insights.reachOut) + ' (target < 100 ms)');
  console.log(row('going-cold list', insights.goingCold));
  console.log(row('warmth of all 10,000 people', insights.warmthAll) + ' (target < 1 s)');
  console.log(
    row('intro paths to a person', insights.intro) +
      ` (target p95 < 200 ms); the first, building the graph: ${ms(insights.introColdMs)}`,
  );
  console.log(row('intro path, first after a write', insights.introAfterWrite));
  console.log(row('people list by warmth, first after a write', insights.warmthSortAfterWrite));
  console.log(row('people list by warmth, unchanged data', insights.warmthSortWarm));
  results.insights = insights;
  core.db.close();

  // First paint of that person's timeline in Chromium (needs the built renderer: npm run build).
  if (existsSync('out/renderer/index.html')) {
    const paints = statsOf(await measureTimelinePaint({ dataDir: dir, personId: hub, runs: 10 }));
    console.log(row('timeline first screen in Chromium', paints) + ' (target < 200 ms)');
    results.timelinePaint = paints;
    const briefingPaints = statsOf(
      await measureBriefingPaint({
        dataDir: dir,
        date: briefingDate,
        timeZone: 'America/New_York',
        runs: 10,
      }),
    );
    console.log(
      row('briefing first paint in Chromium', briefingPaints) +
        ' (from navigation to the first dossier card; target < 500 ms)',
    );
    results.briefingPaint = briefingPaints;
  } else {
    console.log('first paints in Chromium: skipped, run "npm run build" first');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// The calendar scenarios run in a process of their own, so their peak memory is theirs alone.
// BENCH_CALENDAR=0 leaves them out (the naive comparison alone takes minutes).
const calendar =
  process.env.BENCH_CALENDAR === '0'
    ? { status: null, stdout: '' }
    : spawnSync(process.execPath, ['--import', 'tsx', 'tests/bench/calendarBench.ts'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
interface CalendarImport {
  ms: number;
  baselineRssMb: number;
  peakRssMb: number;
}
const calendarLine = calendar.stdout.trim().split('\n').at(-1) ?? '';
if (calendar.status === 0 && calendarLine.startsWith('{')) {
  const c = JSON.parse(calendarLine) as {
    events: number;
    series: number;
    importFile: CalendarImport;
    importFolder: CalendarImport;
    agendaDay: Stats;
    rereadOneFile: Stats;
    naiveDayMs: number;
  };
  console.log(
    `calendar: ${c.events.toLocaleString('en')} events, ${c.series.toLocaleString('en')} recurring series, five years`,
  );
  const imported = (label: string, i: CalendarImport) =>
    console.log(
      `  ${label.padEnd(30)} ${ms(i.ms)} (target ≤ 3 s), peak memory ${i.peakRssMb.toFixed(0)} MB (target < 300 MB; ${i.baselineRssMb.toFixed(0)} MB of it is Node + tsx before the import)`,
    );
  imported('import one .ics file', c.importFile);
  imported('import the same as a vdir', c.importFolder);
  console.log(row('  agenda of one day (contract)', c.agendaDay) + ' (target < 20 ms)');
  console.log(row('  re-read one changed vdir file', c.rereadOneFile) + ' (target < 100 ms)');
  console.log(
    `  one day with ical.js alone (parse + walk every series): ${ms(c.naiveDayMs)}; ratio to the indexed agenda p50: ${(c.naiveDayMs / c.agendaDay.p50).toFixed(0)}×`,
  );
  results.calendar = c;
} else if (process.env.BENCH_CALENDAR !== '0') {
  console.log('calendar bench failed; see the messages above');
  process.exitCode = 1;
}
// Importing 10,000 vCards (a photo on every tenth) into an empty store, in a process of its own.
if (process.env.BENCH_CONTACTS !== '0') {
  const contactsDir = mkdtempSync(path.join(os.tmpdir(), 'farley-bench-contacts-'));
  try {
    const c = benchContactsImport(contactsDir);
    console.log(
      `import ${c.cards.toLocaleString('en')} vCards (10% with photos): ${(c.ms / 1000).toFixed(1)} s, ${c.created.toLocaleString('en')} created; peak memory ${c.peakRssMb.toFixed(0)} MB (${c.baselineRssMb.toFixed(0)} MB of it Node + tsx before the import); previewing the same file again: ${(c.previewAgainMs / 1000).toFixed(1)} s`,
    );
    results.contactsImport = c;
  } finally {
    rmSync(contactsDir, { recursive: true, force: true });
  }
}
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.json', JSON.stringify(results, null, 2));
