import type { DraftContent } from '../../../shared/contract/drafts';
import type { EventLink, Interaction, InteractionKind } from '../../../shared/domain/interaction';
import type { FieldIssue } from '../../../shared/result';

/**
 * The quick-capture form as the user sees it: the date and time as typed in local time, the
 * duration as typed. Pure (no DOM, no clock read inside), so it is tested on its own.
 */
export interface CaptureForm {
  kind: InteractionKind;
  /** Local calendar date, YYYY-MM-DD, as a date input gives it; '' when cleared. */
  date: string;
  /** Local wall-clock time, HH:MM; '' when cleared. */
  time: string;
  /** Minutes as typed; '' for none. */
  duration: string;
  title: string;
  location: string;
  body: string;
  participantIds: string[];
  event: EventLink | null;
}

/** What `open()` may start the form with (a calendar event, a person page…). */
export interface CapturePrefill {
  kind?: InteractionKind;
  title?: string;
  participantIds?: string[];
  /** An instant (ISO 8601 with offset); shown in local time. */
  occurredAt?: string;
  durationMinutes?: number | null;
  location?: string;
  event?: EventLink | null;
  /** Opens an existing interaction for editing instead of a new note. */
  editInteractionId?: string;
}

export type CaptureField = 'kind' | 'when' | 'duration' | 'title' | 'location' | 'people' | 'body';
export interface CaptureIssues {
  fields: Partial<Record<CaptureField, string>>;
  /** Indexes into participantIds the server refused. */
  people: number[];
  /** What belongs to no single field. */
  form: string | null;
}
export const NO_ISSUES: CaptureIssues = { fields: {}, people: [], form: null };

export const TITLE_MAX = 500;
export const LOCATION_MAX = 500;
export const BODY_MAX = 200_000;
export const DURATION_MAX = 60 * 24 * 14;

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** The local date and time of an instant, as date and time inputs show them. */
export function localParts(at: Date): { date: string; time: string } {
  return {
    date: `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** A local date as YYYY-MM-DD: what "today" means to the user. */
export function localDate(at: Date): string {
  return localParts(at).date;
}

/**
 * Local date and time as an instant with the offset in force at that moment, e.g.
 * 2026-11-24T09:30:00+01:00; null when either is missing or impossible.
 */
export function toInstant(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59) return null;
  const at = new Date(year, month - 1, day, hour, minute);
  if (at.getFullYear() !== year || at.getMonth() !== month - 1 || at.getDate() !== day) {
    return null;
  }
  const offset = -at.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const { date: localDay, time: localTime } = localParts(at);
  return `${localDay}T${localTime}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The local date and time of a stored instant, or what can be read of a half-typed one. */
export function fromInstant(text: string, fallback: Date): { date: string; time: string } {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) && /(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const at = new Date(text);
    if (!Number.isNaN(at.getTime())) return localParts(at);
  }
  const date = /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
  const time = /T(\d{2}:\d{2})/.exec(text)?.[1];
  if (date === undefined && time === undefined) return localParts(fallback);
  return { date: date ?? '', time: time ?? '' };
}

export function emptyForm(now: Date): CaptureForm {
  return {
    kind: 'note',
    ...localParts(now),
    duration: '',
    title: '',
    location: '',
    body: '',
    participantIds: [],
    event: null,
  };
}

export function hasPrefill(prefill: CapturePrefill): boolean {
  return Boolean(
    prefill.kind ||
    prefill.title ||
    prefill.participantIds?.length ||
    prefill.occurredAt ||
    prefill.durationMinutes != null ||
    prefill.location ||
    prefill.event,
  );
}

export function formFromPrefill(prefill: CapturePrefill, now: Date): CaptureForm {
  const base = emptyForm(now);
  return {
    ...base,
    kind: prefill.kind ?? base.kind,
    ...(prefill.occurredAt ? fromInstant(prefill.occurredAt, now) : {}),
    duration: prefill.durationMinutes != null ? String(prefill.durationMinutes) : '',
    title: (prefill.title ?? '').slice(0, TITLE_MAX),
    location: (prefill.location ?? '').slice(0, LOCATION_MAX),
    participantIds: [...new Set(prefill.participantIds ?? [])],
    event: prefill.event ?? null,
  };
}

/** Whole minutes within the limit, or null for none; undefined when it cannot be read. */
export function parseDuration(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const minutes = Number(trimmed);
  return minutes <= DURATION_MAX ? minutes : undefined;
}

/** The form as a draft: lenient, so that whatever is half-typed is kept. */
export function draftOf(form: CaptureForm): DraftContent {
  const occurredAt =
    toInstant(form.date, form.time) ?? (form.date || form.time ? `${form.date}T${form.time}` : '');
  return {
    kind: form.kind,
    occurredAt: occurredAt.slice(0, 40),
    durationMinutes: parseDuration(form.duration) ?? null,
    title: form.title.slice(0, TITLE_MAX),
    location: form.location.slice(0, LOCATION_MAX),
    body: form.body.slice(0, BODY_MAX),
    participantIds: form.participantIds.slice(0, 500),
    event: form.event,
  };
}

export function formFromDraft(content: DraftContent, now: Date): CaptureForm {
  return {
    kind: content.kind,
    ...(content.occurredAt ? fromInstant(content.occurredAt, now) : localParts(now)),
    duration: content.durationMinutes != null ? String(content.durationMinutes) : '',
    title: content.title,
    location: content.location,
    body: content.body,
    participantIds: content.participantIds,
    event: content.event,
  };
}

export function formFromInteraction(interaction: Interaction, now: Date): CaptureForm {
  return {
    kind: interaction.kind,
    ...fromInstant(interaction.occurredAt, now),
    duration: interaction.durationMinutes != null ? String(interaction.durationMinutes) : '',
    title: interaction.title,
    location: interaction.location,
    body: interaction.body,
    participantIds: interaction.participants.map((p) => p.id),
    event: interaction.event,
  };
}

/** Nothing worth keeping: no words and no people. */
export function isBlank(form: CaptureForm): boolean {
  return (
    !form.body.trim() &&
    !form.title.trim() &&
    !form.location.trim() &&
    form.participantIds.length === 0
  );
}

export function sameForm(a: CaptureForm, b: CaptureForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What the server would refuse, caught before asking it, in words a user can act on. */
export function checkForm(form: CaptureForm): CaptureIssues {
  const fields: CaptureIssues['fields'] = {};
  if (!form.date || !form.time) fields.when = 'Enter the date and time it happened';
  else if (!toInstant(form.date, form.time)) fields.when = 'This date or time does not exist';
  if (parseDuration(form.duration) === undefined) {
    fields.duration = 'Use whole minutes, up to 14 days';
  }
  if (isBlank(form)) fields.body = 'Write a note, or add a title or a person, first';
  return { fields, people: [], form: null };
}

export function hasIssues(issues: CaptureIssues): boolean {
  return Object.keys(issues.fields).length > 0 || issues.people.length > 0 || Boolean(issues.form);
}

const FIELD_OF_PATH: Record<string, CaptureField> = {
  kind: 'kind',
  occurredAt: 'when',
  durationMinutes: 'duration',
  title: 'title',
  location: 'location',
  body: 'body',
  participantIds: 'people',
};

/** The server's issues (paths like `occurredAt` or `participantIds.0`) put next to their fields. */
export function issuesFromServer(message: string, issues: FieldIssue[] | undefined): CaptureIssues {
  const result: CaptureIssues = { fields: {}, people: [], form: null };
  const loose: string[] = [];
  for (const issue of issues ?? []) {
    const [head, index] = issue.path.split('.');
    const field = head ? FIELD_OF_PATH[head] : undefined;
    if (!field) {
      loose.push(issue.message);
      continue;
    }
    if (field === 'people' && index !== undefined && /^\d+$/.test(index)) {
      result.people.push(Number(index));
    }
    result.fields[field] ??= field === 'people' && index !== undefined ? message : issue.message;
  }
  if (loose.length > 0 || !issues?.length) result.form = loose.length ? loose.join(' ') : message;
  return result;
}

const FIELD_OF_KEY: Partial<Record<keyof CaptureForm, CaptureField>> = {
  kind: 'kind',
  date: 'when',
  time: 'when',
  duration: 'duration',
  title: 'title',
  location: 'location',
  body: 'body',
  participantIds: 'people',
};

/** The issues left once the user changed `patch`: a field edited is no longer blamed. */
export function issuesAfterChange(
  issues: CaptureIssues,
  patch: Partial<CaptureForm>,
  form: CaptureForm,
): CaptureIssues {
  const changed = new Set(Object.keys(patch).map((key) => FIELD_OF_KEY[key as keyof CaptureForm]));
  const fields = Object.fromEntries(
    Object.entries(issues.fields).filter(
      ([field]) => !changed.has(field as CaptureField) && !(field === 'body' && !isBlank(form)),
    ),
  );
  return { ...issues, fields, people: changed.has('people') ? [] : issues.people };
}
