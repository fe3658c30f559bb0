import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callNames, type FarleyBridge } from '../../../../shared/contract';
import { createDispatcher } from '../../../../electron/core/rpc/dispatch';
import { createHandlers } from '../../../../electron/core/rpc/handlers';
import {
  FIRST_PAGE,
  useTimelineStore,
} from '../../../../renderer/features/person/timeline/timelineStore';
import { contractCalls, openTestCore } from '../../../support/testCore';

// The store against the real core and dispatcher, through a bridge like the preload's.

let core: ReturnType<typeof openTestCore>;
let rpc: ReturnType<typeof contractCalls>['call'];
/** Calls the bridge refuses, to see how the store takes a failure. */
const refuse = new Set<string>();
const store = useTimelineStore.getState;

beforeEach(() => {
  core = openTestCore();
  rpc = contractCalls(core).call;
  const dispatch = createDispatcher(createHandlers(core));
  const calls = Object.fromEntries(
    callNames.map((name) => [
      name,
      (input: unknown) =>
        refuse.has(name)
          ? Promise.resolve({ ok: false, error: { code: 'internal', message: 'Disk full' } })
          : dispatch(name, input),
    ]),
  ) as unknown as FarleyBridge['calls'];
  vi.stubGlobal('window', { farley: { calls, onMenuCommand: () => () => undefined } });
  useTimelineStore.setState({ personId: null });
});

afterEach(() => {
  refuse.clear();
  vi.unstubAllGlobals();
  core.close();
});

/** `count` interactions with the person, one a day back from 2026-10-31, newest first. */
async function seed(count: number): Promise<{ personId: string; ids: string[] }> {
  const person = await rpc('people.create', { displayName: 'Ada Lovelace' });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.UTC(2026, 9, 31 - i, 10)).toISOString();
    const created = await rpc('interactions.create', {
      kind: 'call',
      occurredAt: at,
      title: `Call ${i}`,
      body: i === 0 ? '[ ] Send the slides' : '',
      participantIds: [person.id],
    });
    ids.push(created.id);
  }
  return { personId: person.id, ids };
}

const titles = () =>
  store().entries.map((e) => (e.type === 'interaction' ? e.interaction.title : e.followUp.title));

describe('the timeline store', () => {
  it('opens with a first page, the coming dates and when they were last in touch', async () => {
    const { personId } = await seed(FIRST_PAGE + 5);
    await rpc('people.update', {
      id: personId,
      patch: {
        dates: [
          { kind: 'birthday', label: '', month: 12, day: 10 },
          { kind: 'anniversary', label: '', month: 1, day: 2 },
        ],
      },
    });
    await store().open(personId);
    expect(store().status).toBe('ready');
    expect(store().entries).toHaveLength(FIRST_PAGE);
    expect(titles().slice(0, 2)).toEqual(['Call 0', 'Call 1']);
    expect(store().nextBefore).not.toBeNull();
    expect(store().lastContacted).toBe('2026-10-31T10:00:00.000Z');
    // Their next occurrences, soonest first.
    expect(
      store()
        .dates.map((d) => d.label)
        .sort(),
    ).toEqual(['Anniversary', 'Birthday']);
    const dates = store().dates.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.map((d) => d.slice(5)).sort()).toEqual(['01-02', '12-10']);
  });

  it('pages back to the very first interaction without repeating one', async () => {
    const { personId, ids } = await seed(120);
    await store().open(personId);
    while (store().nextBefore) {
      const before = store().entries.length;
      await store().loadMore();
      expect(store().moreError).toBeNull();
      expect(store().entries.length).toBeGreaterThan(before);
    }
    expect(
      store().entries.map((e) => (e.type === 'interaction' ? e.interaction.id : e.followUp.id)),
    ).toEqual(ids);
  });

  it('checks a follow-up off at once, and takes it back when the save is refused', async () => {
    const { personId, ids } = await seed(3);
    await store().open(personId);
    const followUp = () => {
      const entry = store().entries[0];
      return entry?.type === 'interaction' ? entry.interaction.followUps[0] : undefined;
    };
    const id = followUp()?.id ?? '';
    const saving = store().setFollowUpDone(id, true);
    expect(followUp()?.doneAt).not.toBeNull();
    await saving;
    expect((await rpc('interactions.get', { id: ids[0] ?? '' })).followUps[0]?.doneAt).not.toBe(
      null,
    );

    refuse.add('followUps.update');
    const reopening = store().setFollowUpDone(id, false);
    expect(followUp()?.doneAt).toBeNull();
    await reopening;
    expect(followUp()?.doneAt).not.toBeNull();
    expect(store().problem).toBe('“Send the slides” could not be reopened: Disk full');
  });

  it('deletes, offers the undo in the same place, and restores exactly', async () => {
    const { personId, ids } = await seed(4);
    await store().open(personId);
    const second = ids[1] ?? '';
    expect(await store().remove(second)).toBe(true);
    expect(titles()).toEqual(['Call 0', 'Call 2', 'Call 3']);
    expect(store().deleted.map((d) => d.interaction.id)).toEqual([second]);
    await expect(rpc('interactions.get', { id: second })).rejects.toThrow(/not_found/);

    expect(await store().undo(second)).toBe(true);
    expect(titles()).toEqual(['Call 0', 'Call 1', 'Call 2', 'Call 3']);
    expect(store().deleted).toEqual([]);
    expect((await rpc('interactions.get', { id: second })).title).toBe('Call 1');

    // The newest one gone: last contacted moves back to the one before.
    await store().remove(ids[0] ?? '');
    await vi.waitFor(() => expect(store().lastContacted).toBe('2026-10-30T10:00:00.000Z'));
    store().expire(ids[0] ?? '');
    expect(store().deleted).toEqual([]);
  });

  it('puts an interaction back when the delete is refused', async () => {
    const { personId, ids } = await seed(3);
    await store().open(personId);
    refuse.add('interactions.delete');
    expect(await store().remove(ids[1] ?? '')).toBe(false);
    expect(titles()).toEqual(['Call 0', 'Call 1', 'Call 2']);
    expect(store().deleted).toEqual([]);
    expect(store().problem).toBe('The interaction could not be deleted: Disk full');
  });

  it('refreshes without losing the place, and never shows a person the user has left', async () => {
    const { personId } = await seed(FIRST_PAGE + 10);
    const other = await rpc('people.create', { displayName: 'Grace Hopper' });
    await store().open(personId);
    await rpc('interactions.create', {
      kind: 'meeting',
      occurredAt: '2026-11-01T09:00:00Z',
      title: 'Newest',
      participantIds: [personId],
    });
    await store().refresh();
    expect(store().entries).toHaveLength(FIRST_PAGE);
    expect(titles()[0]).toBe('Newest');

    // Ada's answer arrives after Grace was opened: it is dropped.
    const first = store().open(personId);
    const second = store().open(other.id);
    await Promise.all([first, second]);
    expect(store().personId).toBe(other.id);
    expect(store().entries).toEqual([]);
    expect(store().lastContacted).toBeNull();
  });
});
