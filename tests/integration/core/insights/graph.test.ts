import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntroPath } from '../../../../shared/domain/insights';
import { buildRelationshipGraph } from '../../../../electron/core/insights/graph/relationshipGraph';
import { contractCalls, openTestCore } from '../../../support/testCore';

type Core = ReturnType<typeof openTestCore>;
type Api = ReturnType<typeof contractCalls>;

/**
 * Dana (you see her often) worked at Initech 2019–2023 with Priya; Sam manages Priya and was
 * introduced by Ada; Ada and Dana were together in two interactions. Zed is archived.
 */
async function buildWorld(api: Api) {
  const person = async (displayName: string, email: string) =>
    (await api.call('people.create', { displayName, email })).id;
  const dana = await person('Dana Scully', 'dana@example.com');
  const priya = await person('Priya Patel', 'priya@initech.com');
  const sam = await person('Sam Stone', 'sam@example.com');
  const ada = await person('Ada Lovelace', 'ada@example.com');
  const zoe = await person('Zoe Quinn', 'zoe@eng.initech.com');
  const zed = await person('Zed Archived', 'zed@example.com');
  await api.call('organizations.create', { name: 'Initech', domains: ['initech.com'] });
  const pastRole = {
    organizationName: 'Initech',
    startDate: '2019',
    endDate: '2023',
    current: false,
  };
  await api.call('people.update', {
    id: dana,
    patch: { roles: [{ ...pastRole, title: 'Engineer' }] },
  });
  await api.call('people.update', {
    id: priya,
    patch: { roles: [{ ...pastRole, title: 'Designer' }] },
  });
  await api.call('people.update', {
    id: sam,
    patch: { introducedById: ada, roles: [{ organizationName: 'Initech', title: 'VP Sales' }] },
  });
  await api.call('people.update', { id: zed, patch: { roles: [{ organizationName: 'Initech' }] } });
  await api.call('people.archive', { id: zed });
  await api.call('relationships.add', { fromId: sam, toId: priya, kind: 'manager' });
  const log = async (day: number, participantIds: string[]) =>
    api.call('interactions.create', {
      kind: 'call',
      occurredAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`,
      participantIds,
    });
  for (const day of [2, 5, 9, 12, 16, 19]) await log(day, [dana]);
  await log(10, [dana, ada]);
  await log(17, [dana, ada]);
  await log(3, [sam]);
  return { dana, priya, sam, ada, zoe, zed };
}

describe('insights.introPaths and insights.whoKnows', () => {
  let core: Core;
  let api: Api;
  beforeEach(() => {
    core = openTestCore();
    api = contractCalls(core);
  });
  afterEach(() => core.close());

  /** A hop from "you", with the warmth the warmth helper gives that person. */
  async function yourHop(person: { id: string; displayName: string }) {
    const warmth = await api.call('insights.warmth', { personId: person.id });
    return {
      from: 'you' as const,
      to: person,
      strength: warmth.score,
      evidence: [warmth.explanation],
    };
  }

  it('finds the warmest intro paths with the evidence of every hop', async () => {
    const w = await buildWorld(api);
    const dana = { id: w.dana, displayName: 'Dana Scully' };
    const priya = { id: w.priya, displayName: 'Priya Patel' };
    const sam = { id: w.sam, displayName: 'Sam Stone' };
    const ada = { id: w.ada, displayName: 'Ada Lovelace' };
    const samToPriya = {
      from: sam,
      to: priya,
      strength: 85, // manager 80 and a shared employer 25, combined
      evidence: ['Sam Stone manages Priya Patel', 'both worked at Initech'],
    };
    const viaAda: IntroPath = {
      hops: [
        await yourHop(ada),
        { from: ada, to: sam, strength: 60, evidence: ['Ada Lovelace introduced Sam Stone'] },
        samToPriya,
      ],
      strength: 0,
    };
    const viaDana: IntroPath = {
      hops: [
        await yourHop(dana),
        { from: dana, to: priya, strength: 45, evidence: ['colleagues at Initech 2019–2023'] },
      ],
      strength: 0,
    };
    const viaSam: IntroPath = { hops: [await yourHop(sam), samToPriya], strength: 0 };
    const expected = [viaAda, viaDana, viaSam]
      .map((p) => ({ ...p, strength: Math.min(...p.hops.map((h) => h.strength)) }))
      .sort((a, b) => b.strength - a.strength);

    const paths = await api.call('insights.introPaths', { personId: w.priya, limit: 3 });
    expect(paths).toEqual(expected);
    expect(await api.call('insights.introPaths', { personId: w.priya, limit: 1 })).toEqual(
      expected.slice(0, 1),
    );
  });

  it('sees a change made on the same connection (the cached graph is rebuilt)', async () => {
    const w = await buildWorld(api);
    const before = await api.call('insights.introPaths', { personId: w.priya, limit: 3 });
    await api.call('relationships.add', { fromId: w.dana, toId: w.priya, kind: 'friend' });
    const after = await api.call('insights.introPaths', { personId: w.priya, limit: 3 });
    const viaDana = after.find((p) => p.hops[0]?.to.id === w.dana);
    expect(viaDana?.hops[1]).toEqual({
      from: { id: w.dana, displayName: 'Dana Scully' },
      to: { id: w.priya, displayName: 'Priya Patel' },
      strength: 86,
      evidence: ['friends', 'colleagues at Initech 2019–2023'],
    });
    expect(after).not.toEqual(before);
  });

  it('links people who were in the same interactions, and refuses archived targets', async () => {
    const w = await buildWorld(api);
    const graph = buildRelationshipGraph(core, new Date('2026-11-23T12:00:00Z'));
    expect(graph.edge(w.dana, w.ada)).toEqual({
      strength: 24,
      evidence: ['together in 2 interactions'],
    });
    expect(graph.names.has(w.zed)).toBe(false);
    const toAda = await api.call('insights.introPaths', { personId: w.ada, limit: 3 });
    expect(toAda[0]?.hops.map((h) => h.to.id)).toEqual([w.ada]);
    const archived = await api.attempt('insights.introPaths', { personId: w.zed, limit: 3 });
    expect(archived).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('lists who is at an organization, by name, prefix, domain, subdomain or address', async () => {
    const w = await buildWorld(api);
    const result = await api.call('insights.whoKnows', { text: 'Initech' });
    const priyaPaths = await api.call('insights.introPaths', { personId: w.priya, limit: 1 });
    const warmth = async (id: string) =>
      (await api.call('insights.warmth', { personId: id })).score;
    expect(result.organization).toMatchObject({ name: 'Initech', domains: ['initech.com'] });
    expect(result.people).toEqual([
      {
        person: { id: w.sam, displayName: 'Sam Stone' },
        title: 'VP Sales',
        current: true,
        warmth: await warmth(w.sam),
        via: null,
      },
      {
        person: { id: w.dana, displayName: 'Dana Scully' },
        title: 'Engineer',
        current: false,
        warmth: await warmth(w.dana),
        via: null,
      },
      {
        person: { id: w.priya, displayName: 'Priya Patel' },
        title: 'Designer',
        current: false,
        warmth: 0,
        via: priyaPaths[0],
      },
      {
        person: { id: w.zoe, displayName: 'Zoe Quinn' },
        title: '',
        current: false,
        warmth: 0,
        via: null,
      },
    ]);
    for (const text of ['initech', 'INI', 'initech.com', 'eng.initech.com', 'x@Initech.com']) {
      expect(await api.call('insights.whoKnows', { text })).toEqual(result);
    }
  });

  it('searches a domain nobody registered by addresses, and explains what it cannot find', async () => {
    const w = await buildWorld(api);
    const byDomain = await api.call('insights.whoKnows', { text: 'example.com' });
    expect(byDomain.organization).toBeNull();
    expect(byDomain.people.map((p) => p.person.id)).toEqual([w.dana, w.ada, w.sam]);
    await api.call('organizations.create', { name: 'Initrode' });
    expect(await api.attempt('insights.whoKnows', { text: 'init' })).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: '"init" could be several organizations: Initech, Initrode. Type more of the name.',
      },
    });
    expect(await api.attempt('insights.whoKnows', { text: 'Globex' })).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message:
          'No organization is called "Globex". Give its name or an email domain such as initech.com.',
      },
    });
  });

  it('links people who were in the same past meetings, not declined or future ones', async () => {
    const dana = (await api.call('people.create', { displayName: 'Dana', email: 'dana@x.test' }))
      .id;
    const bo = (await api.call('people.create', { displayName: 'Bo', email: 'Bo@X.test' })).id;
    const cy = (await api.call('people.create', { displayName: 'Cy', email: 'cy@x.test' })).id;
    const event = (uid: string, start: string, attendees: string[]) => [
      'BEGIN:VEVENT',
      `UID:${uid}`,
      'SUMMARY:Sync',
      `DTSTART:${start}`,
      'DURATION:PT30M',
      ...attendees,
      'END:VEVENT',
    ];
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      // Weekly, three times before the test clock's 2026-11-23T09:00Z and once after.
      ...event('weekly', '20261102T100000Z', [
        'RRULE:FREQ=WEEKLY;COUNT=4',
        'ATTENDEE;PARTSTAT=ACCEPTED:mailto:dana@x.test',
        'ATTENDEE;PARTSTAT=ACCEPTED:mailto:bo@x.test',
        'ATTENDEE;PARTSTAT=DECLINED:mailto:cy@x.test',
      ]),
      ...event('future', '20261201T100000Z', [
        'ATTENDEE:mailto:dana@x.test',
        'ATTENDEE:mailto:cy@x.test',
      ]),
      'END:VCALENDAR',
    ].join('\r\n');
    const file = path.join(core.dataDir, 'team.ics');
    writeFileSync(file, ics);
    await api.call('calendars.add', { path: file });
    const graph = buildRelationshipGraph(core, new Date('2026-11-23T09:00:00Z'));
    expect(graph.edge(dana, bo)).toEqual({
      strength: 32,
      evidence: ['together in 3 meetings'],
    });
    expect(graph.edge(dana, cy)).toBeUndefined();
  });
});
