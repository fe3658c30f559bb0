import { describe, expect, it } from 'vitest';
import {
  checkForm,
  draftOf,
  emptyForm,
  formFromDraft,
  formFromPrefill,
  fromInstant,
  isBlank,
  issuesAfterChange,
  issuesFromServer,
  localParts,
  parseDuration,
  toInstant,
} from '../../../../renderer/features/capture/captureForm';

const NOW = new Date(2026, 10, 24, 9, 5);

describe('the capture form', () => {
  it('turns local date and time into an instant with the offset in force then', () => {
    const instant = toInstant('2026-11-24', '09:30');
    expect(instant).toMatch(/^2026-11-24T09:30:00[+-]\d{2}:\d{2}$/);
    const back = new Date(instant ?? '');
    expect(localParts(back)).toEqual({ date: '2026-11-24', time: '09:30' });
    // Summer and winter can have different offsets; each is the one of its own day.
    const summer = toInstant('2026-07-01', '12:00') ?? '';
    expect(localParts(new Date(summer))).toEqual({ date: '2026-07-01', time: '12:00' });
  });

  it('refuses dates and times that do not exist', () => {
    expect(toInstant('2026-02-30', '10:00')).toBeNull();
    expect(toInstant('2026-11-24', '24:10')).toBeNull();
    expect(toInstant('', '10:00')).toBeNull();
    expect(toInstant('2026-11-24', '')).toBeNull();
  });

  it('reads stored instants in local time, and keeps what it can of half-typed ones', () => {
    const instant = toInstant('2026-11-24', '17:45') ?? '';
    expect(fromInstant(instant, NOW)).toEqual({ date: '2026-11-24', time: '17:45' });
    expect(fromInstant('2026-11-24T', NOW)).toEqual({ date: '2026-11-24', time: '' });
    expect(fromInstant('garbage', NOW)).toEqual(localParts(NOW));
  });

  it('round-trips through a draft, including a cleared time', () => {
    const form = {
      ...emptyForm(NOW),
      kind: 'call' as const,
      title: 'Intro',
      body: 'Talked about [ ] the deck',
      duration: '45',
      participantIds: ['0b7e3c1a-5d2f-4e8a-9c61-2f4d8b7a1e93'],
    };
    expect(formFromDraft(draftOf(form), NOW)).toEqual(form);
    const cleared = { ...form, time: '' };
    expect(draftOf(cleared).occurredAt).toBe('2026-11-24T');
    expect(formFromDraft(draftOf(cleared), NOW)).toEqual(cleared);
  });

  it('never puts what the draft call would refuse into a draft', () => {
    const form = { ...emptyForm(NOW), title: 'x'.repeat(900), duration: '99999' };
    const draft = draftOf(form);
    expect(draft.title).toHaveLength(500);
    expect(draft.durationMinutes).toBeNull();
  });

  it('starts from a prefill in local time, without duplicate people', () => {
    const id = '0b7e3c1a-5d2f-4e8a-9c61-2f4d8b7a1e93';
    const occurredAt = toInstant('2026-11-25', '14:00') ?? '';
    const form = formFromPrefill(
      {
        kind: 'meeting',
        title: 'Board',
        occurredAt,
        durationMinutes: 60,
        participantIds: [id, id],
      },
      NOW,
    );
    expect(form).toMatchObject({
      kind: 'meeting',
      date: '2026-11-25',
      time: '14:00',
      duration: '60',
      participantIds: [id],
    });
  });

  it('reads durations as whole minutes up to 14 days', () => {
    expect(parseDuration('')).toBeNull();
    expect(parseDuration(' 30 ')).toBe(30);
    expect(parseDuration('1.5')).toBeUndefined();
    expect(parseDuration(String(60 * 24 * 14 + 1))).toBeUndefined();
  });

  it('says what is missing before asking the core', () => {
    const blank = emptyForm(NOW);
    expect(isBlank(blank)).toBe(true);
    expect(checkForm(blank).fields.body).toBeDefined();
    const noTime = { ...blank, body: 'Hello', time: '' };
    expect(checkForm(noTime).fields).toEqual({ when: 'Enter the date and time it happened' });
    expect(checkForm({ ...blank, body: 'Hello' }).fields).toEqual({});
  });

  it('puts the core’s issues next to their fields', () => {
    const issues = issuesFromServer('One of the people on this interaction no longer exists.', [
      { path: 'participantIds.1', message: 'No such person' },
      { path: 'occurredAt', message: 'Use a date and time like 2026-11-24T09:30:00Z' },
    ]);
    expect(issues.people).toEqual([1]);
    expect(issues.fields.people).toBe('One of the people on this interaction no longer exists.');
    expect(issues.fields.when).toBe('Use a date and time like 2026-11-24T09:30:00Z');
    expect(issues.form).toBeNull();
    expect(issuesFromServer('Farley’s data service did not answer.', undefined).form).toBe(
      'Farley’s data service did not answer.',
    );
  });

  it('stops blaming a field once it is edited', () => {
    const issues = {
      fields: { when: 'Enter the date', people: 'Gone', body: 'Write a note first' },
      people: [0],
      form: 'Something else',
    };
    const form = { ...emptyForm(NOW), body: 'Now there is a note' };
    const after = issuesAfterChange(issues, { time: '10:00' }, form);
    expect(after.fields).toEqual({ people: 'Gone' });
    expect(after.people).toEqual([0]);
    expect(issuesAfterChange(issues, { participantIds: [] }, emptyForm(NOW))).toEqual({
      fields: { when: 'Enter the date', body: 'Write a note first' },
      people: [],
      form: 'Something else',
    });
  });
});
