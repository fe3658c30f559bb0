import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractCalls, openTestCore } from '../../../support/testCore';

let core: ReturnType<typeof openTestCore>;
let api: ReturnType<typeof contractCalls>;
let ada: { id: string };
let grace: { id: string };
beforeEach(async () => {
  core = openTestCore();
  api = contractCalls(core);
  ada = await api.call('people.create', { displayName: 'Ada Lovelace', email: 'ada@example.com' });
  grace = await api.call('people.create', { displayName: 'Grace Hopper' });
});
afterEach(() => core.close());

describe('logging interactions', () => {
  it('links any number of participants, from the list and from @mentions', async () => {
    const call = await api.call('interactions.create', {
      kind: 'call',
      occurredAt: '2026-11-20T15:00:00+01:00',
      title: 'Q2 plan',
      participantIds: [ada.id],
      body: 'Spoke with @Grace Hopper about compilers.\n[ ] Send the deck by 2026-11-25',
    });
    expect(call).toMatchObject({
      kind: 'call',
      occurredAt: '2026-11-20T14:00:00.000Z',
      participants: [
        { id: ada.id, displayName: 'Ada Lovelace' },
        { id: grace.id, displayName: 'Grace Hopper' },
      ],
      followUps: [{ title: 'Send the deck', dueOn: '2026-11-25', doneAt: null }],
    });
    expect(call.followUps[0]?.people.map((p) => p.displayName)).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
    ]);

    const other = await api.call('interactions.create', {
      kind: 'email',
      occurredAt: '2026-11-21T09:00:00Z',
      participantIds: [grace.id],
    });
    const timeline = await api.call('timeline.forPerson', {
      personId: grace.id,
      today: '2026-11-23',
    });
    expect(
      timeline.items.map((i) => (i.type === 'interaction' ? i.interaction.id : i.type)),
    ).toEqual([other.id, call.id]);
  });

  it('refuses unknown participants and writes nothing', async () => {
    const result = await api.attempt('interactions.create', {
      kind: 'note',
      occurredAt: '2026-11-20T15:00:00Z',
      participantIds: [ada.id, '00000000-0000-4000-8000-000000000999'],
      body: 'x',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not_found', issues: [{ path: 'participantIds.1' }] },
    });
    expect(core.db.sqlite.prepare('SELECT count(*) FROM interactions').pluck().get()).toBe(0);
    expect(
      await api.attempt('interactions.create', { kind: 'chat' as never, occurredAt: 'yesterday' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('derives "last contacted" from interactions that have taken place', async () => {
    // The test clock reads 2026-11-23T09:00 onwards.
    expect((await api.call('people.get', { id: ada.id })).lastContactedAt).toBeNull();
    const past = await api.call('interactions.create', {
      kind: 'meeting',
      occurredAt: '2026-11-01T10:00:00Z',
      participantIds: [ada.id],
    });
    await api.call('interactions.create', {
      kind: 'meeting',
      occurredAt: '2027-01-01T10:00:00Z',
      participantIds: [ada.id],
    });
    expect((await api.call('people.get', { id: ada.id })).lastContactedAt).toBe(
      '2026-11-01T10:00:00.000Z',
    );
    const recent = await api.call('interactions.create', {
      kind: 'call',
      occurredAt: '2026-11-22T10:00:00Z',
      participantIds: [ada.id],
    });
    const [row] = await api.call('people.list', { query: 'ada' });
    expect(row?.lastContactedAt).toBe('2026-11-22T10:00:00.000Z');

    await api.call('interactions.delete', { id: recent.id });
    expect((await api.call('people.get', { id: ada.id })).lastContactedAt).toBe(
      '2026-11-01T10:00:00.000Z',
    );
    await api.call('interactions.undelete', { id: recent.id });
    expect((await api.call('people.get', { id: ada.id })).lastContactedAt).toBe(
      '2026-11-22T10:00:00.000Z',
    );
    await api.call('interactions.update', {
      kind: past.kind,
      id: recent.id,
      participantIds: [grace.id],
      occurredAt: '2026-11-22T10:00:00Z',
    });
    expect((await api.call('people.get', { id: ada.id })).lastContactedAt).toBe(
      '2026-11-01T10:00:00.000Z',
    );
  });

  it('finds a word from a note, and forgets it when the note is deleted', async () => {
    const note = await api.call('interactions.create', {
      kind: 'in_person',
      occurredAt: '2026-11-20T12:00:00Z',
      title: 'Lunch',
      participantIds: [ada.id],
      body: 'She is training for the Reykjavík marathon.',
    });
    const hits = await api.call('search.query', { text: 'reykjavik' });
    expect(hits).toEqual([
      expect.objectContaining({
        kind: 'interaction',
        id: note.id,
        title: 'Lunch',
        subtitle: 'Ada Lovelace',
      }),
    ]);
    await api.call('interactions.delete', { id: note.id });
    expect(await api.call('search.query', { text: 'reykjavik' })).toEqual([]);
  });

  it('keeps interactions and follow-ups when two people are merged', async () => {
    const copy = await api.call('people.create', { displayName: 'A. Lovelace' });
    const met = await api.call('interactions.create', {
      kind: 'meeting',
      occurredAt: '2026-11-10T10:00:00Z',
      participantIds: [copy.id, ada.id],
      body: '[ ] Follow up on the engine',
    });
    await api.call('people.merge', { keepId: ada.id, mergeId: copy.id });
    const again = await api.call('interactions.get', { id: met.id });
    expect(again.participants.map((p) => p.displayName)).toEqual(['Ada Lovelace']);
    expect(again.followUps[0]?.people.map((p) => p.displayName)).toEqual(['Ada Lovelace']);
  });
});

describe('the timeline', () => {
  it('pages back through every interaction once, even with equal times', async () => {
    const made: string[] = [];
    for (const at of ['2026-11-01', '2026-11-02', '2026-11-02', '2026-11-03', '2026-11-04']) {
      made.push(
        (
          await api.call('interactions.create', {
            kind: 'note',
            occurredAt: `${at}T10:00:00Z`,
            participantIds: [ada.id],
          })
        ).id,
      );
    }
    const seen: string[] = [];
    let before: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await api.call('timeline.forPerson', {
        personId: ada.id,
        today: '2026-11-23',
        limit: 2,
        ...(before ? { before } : {}),
      });
      for (const item of result.items)
        if (item.type === 'interaction') seen.push(item.interaction.id);
      if (!result.nextBefore) break;
      before = result.nextBefore;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(made));
  });
});

describe('deleting an interaction', () => {
  it('takes its follow-ups along, and undo brings everything back as it was', async () => {
    const met = await api.call('interactions.create', {
      kind: 'meeting',
      occurredAt: '2026-11-20T10:00:00Z',
      title: 'Board prep',
      participantIds: [ada.id, grace.id],
      body: 'Agenda for the zeppelin review\n[ ] Draft the memo by 2026-11-25',
    });
    await api.call('interactions.delete', { id: met.id });
    expect(await api.attempt('interactions.get', { id: met.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await api.call('followUps.list', { today: '2026-11-23' })).upcoming).toEqual([]);
    expect(await api.call('search.query', { text: 'memo' })).toEqual([]);
    expect(
      (await api.call('timeline.forPerson', { personId: ada.id, today: '2026-11-23' })).items,
    ).toEqual([]);

    const back = await api.call('interactions.undelete', { id: met.id });
    expect(back).toEqual(met);
    expect(
      (await api.call('followUps.list', { today: '2026-11-23' })).upcoming.map((f) => f.title),
    ).toEqual(['Draft the memo']);
    expect((await api.call('search.query', { text: 'memo' })).map((h) => h.kind).sort()).toEqual([
      'followUp',
      'interaction',
    ]);
    expect(await api.attempt('interactions.undelete', { id: met.id })).toMatchObject({ ok: false });
  });
});

describe('follow-ups', () => {
  it('sorts into overdue, today, upcoming, someday and done, and checks off', async () => {
    const make = (title: string, dueOn: string | null) =>
      api.call('followUps.create', { title, dueOn, personIds: [ada.id] });
    const late = await make('Late', '2026-11-20');
    await make('Today', '2026-11-23');
    await make('Soon', '2026-11-30');
    await make('Whenever', null);
    await api.call('followUps.update', { id: late.id, done: true });
    const buckets = await api.call('followUps.list', { today: '2026-11-23' });
    const titles = (list: { title: string }[]) => list.map((f) => f.title);
    expect({
      overdue: titles(buckets.overdue),
      today: titles(buckets.today),
      upcoming: titles(buckets.upcoming),
      someday: titles(buckets.someday),
      done: titles(buckets.done),
    }).toEqual({
      overdue: [],
      today: ['Today'],
      upcoming: ['Soon'],
      someday: ['Whenever'],
      done: ['Late'],
    });
    await api.call('followUps.update', { id: late.id, done: false });
    expect(titles((await api.call('followUps.list', { today: '2026-11-23' })).overdue)).toEqual([
      'Late',
    ]);
    expect(
      (await api.call('followUps.list', { today: '2026-11-23', personId: grace.id })).someday,
    ).toEqual([]);
  });
});

describe('drafts', () => {
  it('are saved as typed, listed, and turned into the interaction by "done"', async () => {
    const first = await api.call('drafts.save', { content: { kind: 'call', body: 'Spoke with' } });
    const saved = await api.call('drafts.save', {
      id: first.id,
      content: { kind: 'call', body: 'Spoke with @Ada about the zeppelin', participantIds: [] },
    });
    expect(saved.id).toBe(first.id);
    expect((await api.call('drafts.list', {})).map((d) => d.content.body)).toEqual([
      'Spoke with @Ada about the zeppelin',
    ]);
    expect((await api.call('search.query', { text: 'zeppelin' }))[0]).toMatchObject({
      kind: 'draft',
      id: first.id,
    });
    const done = await api.call('interactions.create', {
      kind: 'call',
      occurredAt: '2026-11-23T08:00:00Z',
      body: saved.content.body,
      draftId: saved.id,
    });
    expect(done.participants.map((p) => p.displayName)).toEqual(['Ada Lovelace']);
    expect(await api.call('drafts.list', {})).toEqual([]);
    expect((await api.call('search.query', { text: 'zeppelin' })).map((h) => h.kind)).toEqual([
      'interaction',
    ]);
  });
});
