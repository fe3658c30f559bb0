import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingMeeting } from '../../../../shared/domain/briefing';
import {
  BRIEFING_DAY,
  BRIEFING_NOW,
  BRIEFING_ZONE,
  openBriefingWorld,
  type BriefingWorld,
} from '../../../support/briefingWorld';
import { contractCalls } from '../../../support/testCore';

let world: BriefingWorld;
beforeEach(async () => {
  world = await openBriefingWorld();
});
afterEach(() => world.close());

const ONE_ON_ONE = 'one-on-one@farley.test';
const TODAY_INSTANCE = '2026-11-24T15:00:00.000Z';

describe('the briefing of a day', () => {
  it('lists every meeting with a file on everyone in it, exactly', async () => {
    const { call, ids } = world;
    const oneOnOne = { source: ids.source, uid: ONE_ON_ONE, recurrenceId: TODAY_INSTANCE };
    await call('briefing.savePrep', { event: oneOnOne, body: 'Ask about hiring' });
    const client = (await call('tags.list', {})).find((t) => t.name === 'Client');
    const none = {
      description: '',
      url: '',
      status: 'confirmed' as const,
      calendar: 'work',
      prepNotes: '',
      previousInSeries: null,
      loggedInteractionId: null,
      declined: false,
      marker: null,
      past: false,
    };
    const me = (response: 'accepted' | 'declined', organizer: boolean) => ({
      name: 'Morgan Reed',
      email: 'morgan@me.example',
      response,
      organizer,
      optional: false,
      personId: null,
      personName: null,
      match: 'self' as const,
      candidates: [],
      dossier: null,
      organizationGuess: null,
    });
    const expected: BriefingMeeting[] = [
      {
        ...none,
        key: { source: ids.source, uid: 'offsite@initech.com', recurrenceId: '' },
        title: 'Initech offsite',
        start: '2026-11-24',
        end: '2026-11-25',
        allDay: true,
        location: '',
        myResponse: null,
        attendees: [],
        durationMinutes: null,
        videoLink: null,
        firstTime: false,
      },
      {
        ...none,
        key: oneOnOne,
        title: 'Dana / Morgan 1:1 (moved)',
        start: '2026-11-24T10:30:00-05:00',
        end: '2026-11-24T11:00:00-05:00',
        allDay: false,
        location: 'https://meet.google.com/abc-defg-hij',
        myResponse: 'accepted',
        attendees: [
          {
            name: 'Dana Kim',
            email: 'dana@initech.com',
            response: 'accepted',
            organizer: false,
            optional: false,
            personId: ids.dana,
            personName: 'Dana Kim',
            match: 'email',
            candidates: [],
            organizationGuess: null,
            dossier: {
              id: ids.dana,
              displayName: 'Dana Kim',
              initials: 'DK',
              photoUrl: null,
              title: 'VP Engineering',
              organization: 'Initech',
              howWeMet: 'Dinner at Ada’s',
              introducedBy: { id: ids.ada, displayName: 'Ada Lovelace' },
              tags: client
                ? [{ id: client.id, name: 'Client', color: client.color, cadence: null }]
                : [],
              lastInteraction: {
                id: ids.lastOneOnOne,
                date: '2026-11-17T15:00:00.000Z',
                kind: 'meeting',
                title: 'Dana / Morgan 1:1',
                summary: 'Q1 plan\nHiring two engineers\nBudget is tight',
              },
              interactionsLast90Days: 2,
              openFollowUps: [
                { id: ids.proposal, title: 'Send the proposal', due: '2026-11-20', overdue: true },
              ],
              keyFacts: ['Two kids, Sam and Jo', 'Prefers mornings'],
              upcomingDates: [
                { kind: 'birthday', label: 'Birthday', date: '2026-11-26', daysAway: 2, years: 41 },
              ],
              connections: [{ id: ids.sam, displayName: 'Sam Lee', relation: 'Report' }],
              warmth: {
                score: 67,
                explanation: '2 interactions and 2 meetings in 90 days, last 7 days ago',
              },
            },
          },
          me('accepted', true),
        ],
        durationMinutes: 30,
        videoLink: 'https://meet.google.com/abc-defg-hij',
        marker: 'now',
        firstTime: false,
        prepNotes: 'Ask about hiring',
        previousInSeries: {
          start: '2026-11-17T10:00:00-05:00',
          interaction: {
            id: ids.lastOneOnOne,
            kind: 'meeting',
            occurredAt: '2026-11-17T15:00:00.000Z',
            title: 'Dana / Morgan 1:1',
            body: '## Q1 plan\n- Hiring two engineers\n- Budget is tight',
          },
        },
      },
      {
        ...none,
        key: { source: ids.source, uid: 'design-review@initech.com', recurrenceId: '' },
        title: 'Design review',
        start: '2026-11-24T13:00:00-05:00',
        end: '2026-11-24T14:00:00-05:00',
        allDay: false,
        location: 'Initech HQ, room 4B',
        description: 'Agenda:\n- API v2',
        myResponse: 'accepted',
        attendees: [
          {
            name: 'Sam Lee',
            email: 'sam@initech.com',
            response: 'accepted',
            organizer: true,
            optional: false,
            personId: ids.sam,
            personName: 'Sam Lee',
            match: 'email',
            candidates: [],
            organizationGuess: null,
            dossier: {
              id: ids.sam,
              displayName: 'Sam Lee',
              initials: 'SL',
              photoUrl: null,
              title: 'Staff Engineer',
              organization: 'Initech',
              howWeMet: '',
              introducedBy: null,
              tags: [],
              lastInteraction: {
                id: ids.coffee,
                date: '2026-06-01T14:00:00.000Z',
                kind: 'meeting',
                title: 'Coffee',
                summary: 'Met Sam at the meetup.',
              },
              interactionsLast90Days: 0,
              openFollowUps: [
                { id: ids.apiDoc, title: 'Share the API doc', due: '2026-11-30', overdue: false },
              ],
              keyFacts: [],
              upcomingDates: [
                {
                  kind: 'birthday',
                  label: 'Birthday',
                  date: '2026-11-24',
                  daysAway: 0,
                  years: null,
                },
              ],
              connections: [{ id: ids.dana, displayName: 'Dana Kim', relation: 'Manager' }],
              warmth: { score: 17, explanation: '0 interactions in 90 days, last 176 days ago' },
            },
          },
          {
            name: 'Pat Doe',
            email: 'pat@initech.com',
            response: 'tentative',
            organizer: false,
            optional: false,
            personId: null,
            personName: null,
            match: 'none',
            candidates: [],
            dossier: null,
            organizationGuess: { id: ids.initech, name: 'Initech' },
          },
          me('accepted', false),
        ],
        durationMinutes: 60,
        videoLink: null,
        marker: 'next',
        firstTime: true,
      },
      {
        ...none,
        key: { source: ids.source, uid: 'budget@globex.example', recurrenceId: '' },
        title: 'Budget sync',
        start: '2026-11-24T15:00:00-05:00',
        end: '2026-11-24T15:30:00-05:00',
        allDay: false,
        location: '',
        myResponse: 'declined',
        attendees: [
          {
            name: 'Priya Patel',
            email: 'priya@globex.example',
            response: 'accepted',
            organizer: true,
            optional: false,
            personId: ids.priya,
            personName: 'Priya Patel',
            match: 'email',
            candidates: [],
            organizationGuess: null,
            dossier: {
              id: ids.priya,
              displayName: 'Priya Patel',
              initials: 'PP',
              photoUrl: null,
              title: '',
              organization: null,
              howWeMet: '',
              introducedBy: null,
              tags: [],
              lastInteraction: null,
              interactionsLast90Days: 0,
              openFollowUps: [],
              keyFacts: [],
              upcomingDates: [],
              connections: [],
              warmth: { score: 0, explanation: 'No contact yet' },
            },
          },
          me('declined', false),
        ],
        durationMinutes: 30,
        videoLink: null,
        declined: true,
        firstTime: true,
      },
    ];

    const briefing = await call('briefing.day', { date: BRIEFING_DAY });
    expect(briefing).toEqual({
      date: BRIEFING_DAY,
      timeZone: BRIEFING_ZONE,
      now: BRIEFING_NOW,
      isToday: true,
      summary: {
        meetings: 2,
        people: 3,
        firstTimeMeetings: 1,
        overdueFollowUps: 1,
        birthdaysToday: [{ id: ids.sam, displayName: 'Sam Lee' }],
      },
      meetings: expected,
    });
  });

  it('shows notes logged at a meeting the next time its series meets', async () => {
    const { call, ids } = world;
    const logged = await call('interactions.create', {
      kind: 'meeting',
      occurredAt: '2026-11-24T15:30:00.000Z',
      title: 'Dana / Morgan 1:1 (moved)',
      body: 'Agreed to hire **one** senior engineer first.',
      participantIds: [ids.dana],
      event: { source: ids.source, uid: ONE_ON_ONE, recurrenceId: TODAY_INSTANCE },
    });
    const today = await call('briefing.day', { date: BRIEFING_DAY });
    expect(today.meetings[1]?.loggedInteractionId).toBe(logged.id);

    const nextWeek = await call('briefing.day', { date: '2026-12-01' });
    expect(nextWeek.isToday).toBe(false);
    const meeting = nextWeek.meetings.find((m) => m.key.uid === ONE_ON_ONE);
    expect(meeting?.key.recurrenceId).toBe('2026-12-01T15:00:00.000Z');
    expect(meeting?.marker).toBeNull();
    expect(meeting?.previousInSeries).toEqual({
      start: '2026-11-24T10:00:00-05:00',
      interaction: {
        id: logged.id,
        kind: 'meeting',
        occurredAt: '2026-11-24T15:30:00.000Z',
        title: 'Dana / Morgan 1:1 (moved)',
        body: 'Agreed to hire **one** senior engineer first.',
      },
    });
    const dana = meeting?.attendees.find((a) => a.personId === ids.dana)?.dossier;
    expect(dana?.lastInteraction).toEqual({
      id: logged.id,
      date: '2026-11-24T15:30:00.000Z',
      kind: 'meeting',
      title: 'Dana / Morgan 1:1 (moved)',
      summary: 'Agreed to hire **one** senior engineer first.',
    });
    expect(dana?.interactionsLast90Days).toBe(3);
    // A week on, the proposal is still overdue and Dana's birthday has passed.
    expect(dana?.openFollowUps.map((f) => f.overdue)).toEqual([true]);
    expect(dana?.upcomingDates).toEqual([]);
  });

  it('keeps prep notes per occurrence, and refuses bad ones without changing anything', async () => {
    const { call, ids } = world;
    const { attempt } = contractCalls(world.core);
    const today = { source: ids.source, uid: ONE_ON_ONE, recurrenceId: TODAY_INSTANCE };
    const next = { ...today, recurrenceId: '2026-12-01T15:00:00.000Z' };
    await call('briefing.savePrep', { event: today, body: 'Hiring plan' });
    await call('briefing.savePrep', { event: next, body: 'Follow up on hiring' });
    const prepOf = async (date: string) =>
      (await call('briefing.day', { date })).meetings.find((m) => m.key.uid === ONE_ON_ONE)
        ?.prepNotes;
    expect(await prepOf(BRIEFING_DAY)).toBe('Hiring plan');
    expect(await prepOf('2026-12-01')).toBe('Follow up on hiring');

    const unknownSource = await attempt('briefing.savePrep', {
      event: { ...today, source: 'not-a-calendar' },
      body: 'lost?',
    });
    expect(unknownSource.ok).toBe(false);
    const garbage = await attempt('briefing.savePrep', {
      event: today,
      body: 42,
    } as never);
    expect(garbage).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await prepOf(BRIEFING_DAY)).toBe('Hiring plan');

    await call('briefing.savePrep', { event: today, body: '   ' });
    expect(await prepOf(BRIEFING_DAY)).toBe('');
    const stored = world.core.db.sqlite
      .prepare('SELECT count(*) FROM meeting_prep_notes')
      .pluck()
      .get();
    expect(stored).toBe(1);
  });

  it('removing the calendar takes its prep notes with it', async () => {
    const { call, ids } = world;
    await call('briefing.savePrep', {
      event: { source: ids.source, uid: ONE_ON_ONE, recurrenceId: TODAY_INSTANCE },
      body: 'Hiring plan',
    });
    await call('calendars.remove', { id: ids.source });
    const count = world.core.db.sqlite
      .prepare('SELECT count(*) FROM meeting_prep_notes')
      .pluck()
      .get();
    expect(count).toBe(0);
    expect((await call('briefing.day', { date: BRIEFING_DAY })).meetings).toEqual([]);
  });
});
