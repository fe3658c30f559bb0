import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  contract,
  type CallInput,
  type CallName,
  type ParsedInput,
} from '../../../shared/contract';
import type { SampleWorldReport } from '../../../shared/domain/briefing';
import { requireSource } from '../calendar/calendarSources';
import { addSource } from '../calendar/calendarSync';
import { addDays, dateString, instantToWall } from '../calendar/wallTime';
import type { CoreContext } from '../coreContext';
import { updateFollowUp } from '../interactions/followUpRepository';
import { createInteraction } from '../interactions/interactionRepository';
import { createOrganization, updateOrganization } from '../organizations/organizationRepository';
import { createPerson, updatePerson } from '../people/personWriter';
import { addRelationship } from '../relationships/relationshipRepository';
import { getMe } from '../settings/meRepository';
import {
  isoWeekday,
  localInstant,
  oneOnOneStart,
  recurrenceIdOf,
  sampleCalendar,
} from './sampleCalendar';
import { ONE_ON_ONE_NOTES, SAMPLE_NOTES } from './sampleNotes';
import {
  SAMPLE_ORGANIZATIONS,
  SAMPLE_PEOPLE,
  SAMPLE_PERSON_KEYS,
  SAMPLE_RELATIONSHIPS,
  type SamplePersonKey,
} from './samplePeople';
import { ONE_ON_ONE } from './sampleSchedule';

export const SAMPLE_CALENDAR_NAME = 'Sample calendar';

/** Where the sample week's .ics lives: inside the data folder, so it travels with the data. */
export function sampleCalendarFile(ctx: CoreContext): string {
  return path.join(ctx.dataDir, 'sample', 'sample-week.ics');
}

/**
 * The sample data goes through the contract's own schemas, exactly like user input: defaults
 * filled in, and a mistake in the sample data fails loudly instead of storing something odd.
 */
function parsed<K extends CallName>(name: K, input: CallInput<K>): ParsedInput<K> {
  return contract[name].input.parse(input) as ParsedInput<K>;
}

type PersonIds = Record<SamplePersonKey, string>;

function createOrganizations(ctx: CoreContext): Map<string, string> {
  const ids = new Map<string, string>();
  for (const org of SAMPLE_ORGANIZATIONS) {
    const { id } = createOrganization(
      ctx,
      parsed('organizations.create', {
        name: org.name,
        domains: org.domains,
        industry: org.industry,
        notes: org.notes,
      }),
    );
    updateOrganization(ctx, parsed('organizations.update', { id, patch: { tags: org.tags } }));
    ids.set(org.name, id);
  }
  return ids;
}

/** The birthday that comes round in a few days, so the briefing has one to mention. */
function birthdaySoon(today: string): { month: number; day: number; year: number } {
  const [, month, day] = addDays(today, 3).split('-').map(Number) as [number, number, number];
  // A leap year, so that 29 February is a valid birthday too.
  return { month, day, year: 1984 };
}

function createPeople(
  ctx: CoreContext,
  today: string,
  organizations: Map<string, string>,
): PersonIds {
  const ids = {} as PersonIds;
  // Everyone exists first: "introduced by" points at people created later in the list.
  for (const key of SAMPLE_PERSON_KEYS) {
    const person = SAMPLE_PEOPLE[key];
    ids[key] = createPerson(
      ctx,
      parsed('people.create', { displayName: person.displayName, email: person.email }),
    ).id;
  }
  for (const key of SAMPLE_PERSON_KEYS) {
    const person = SAMPLE_PEOPLE[key];
    const organizationId = person.organization ? organizations.get(person.organization) : null;
    const birthday = person.birthday === 'soon' ? birthdaySoon(today) : person.birthday;
    const { patch } = parsed('people.update', {
      id: ids[key],
      patch: {
        givenName: person.givenName,
        familyName: person.familyName,
        pronouns: person.pronouns,
        howWeMet: person.howWeMet,
        metOn: addDays(today, -person.metDaysAgo),
        introducedById: person.introducedBy ? ids[person.introducedBy] : null,
        about: person.about,
        phones: person.phone ? [{ number: person.phone, label: 'mobile' }] : [],
        keyFacts: person.keyFacts,
        tags: person.tags,
        dates: birthday ? [{ kind: 'birthday', ...birthday }] : [],
        roles: organizationId ? [{ organizationId, title: person.title, current: true }] : [],
      },
    });
    updatePerson(ctx, ids[key], patch);
  }
  for (const { from, to, kind } of SAMPLE_RELATIONSHIPS) {
    addRelationship(ctx, parsed('relationships.add', { fromId: ids[from], toId: ids[to], kind }));
  }
  return ids;
}

function writeCalendarFile(file: string, ics: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, ics);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new Error(`The sample calendar could not be written to ${file} (${reason}).`);
  }
}

/** Reads the written calendar into the index; a file that does not read cleanly undoes it all. */
function addSampleCalendar(ctx: CoreContext, file: string): string {
  const source = requireSource(ctx, addSource(ctx, file));
  const problem = source.error ?? source.files.find((f) => f.error)?.error;
  if (problem) throw new Error(`The sample calendar could not be read: ${problem}`);
  // No repository renames a source (it is named after its file): give it a name that says what it is.
  ctx.db.sqlite
    .prepare('UPDATE calendar_sources SET name = ? WHERE id = ?')
    .run(SAMPLE_CALENDAR_NAME, source.id);
  return source.id;
}

interface NoteContext {
  ids: PersonIds;
  today: string;
  zone: string;
}

/** Fills a note's placeholders: linked @mentions and due dates relative to today. */
function noteBody(body: string, { ids, today }: NoteContext): string {
  // "This week" from Monday to Friday; at the weekend, today.
  const thisWeek = addDays(today, Math.max(0, Math.min(2, 5 - isoWeekday(today))));
  return body
    .replace(/@\{(\w+)\}/g, (_all, key: string) => {
      const person = SAMPLE_PEOPLE[key as SamplePersonKey];
      return `@[${person.displayName}](person:${ids[key as SamplePersonKey]})`;
    })
    .replace(/\{due:([\w-]+)\}/g, (_all, when: string) =>
      when === 'this-week' ? thisWeek : addDays(today, Number(when)),
    );
}

/** Logs the history; returns how many interactions and follow-ups that made. */
function logNotes(
  ctx: CoreContext,
  notes: NoteContext,
  sourceId: string,
): { interactions: number; followUps: number } {
  let interactions = 0;
  let followUps = 0;
  for (const note of SAMPLE_NOTES) {
    const date = addDays(notes.today, -note.daysAgo);
    const interaction = createInteraction(
      ctx,
      parsed('interactions.create', {
        kind: note.kind,
        occurredAt: new Date(localInstant(date, note.time, notes.zone)).toISOString(),
        durationMinutes: note.durationMinutes,
        title: note.title,
        location: note.location,
        body: noteBody(note.body, notes),
        participantIds: note.with.map((key) => notes.ids[key]),
      }),
    );
    interactions++;
    followUps += interaction.followUps.length;
    if (note.tasksDone) {
      for (const { id } of interaction.followUps) {
        updateFollowUp(ctx, parsed('followUps.update', { id, done: true }));
      }
    }
  }
  for (const note of ONE_ON_ONE_NOTES) {
    const start = oneOnOneStart(notes.today, notes.zone, note.weeksBefore);
    const interaction = createInteraction(
      ctx,
      parsed('interactions.create', {
        kind: 'meeting',
        occurredAt: new Date(start).toISOString(),
        durationMinutes: 30,
        title: ONE_ON_ONE.title,
        location: ONE_ON_ONE.location,
        body: noteBody(note.body, notes),
        participantIds: [notes.ids.priya],
        // Linked to its occurrence, so the briefing can show "last time in this series".
        event: { source: sourceId, uid: ONE_ON_ONE.uid, recurrenceId: recurrenceIdOf(start) },
      }),
    );
    interactions++;
    followUps += interaction.followUps.length;
  }
  return { interactions, followUps };
}

/**
 * Fills the store with the sample world, relative to the clock and the user's zone: people and
 * organizations, five months of notes, open follow-ups, and this week's calendar. One
 * transaction (the repositories' own nest inside it as savepoints): if any part fails, the
 * store is left exactly as it was. The user's own identity is never touched.
 */
export function loadSampleWorld(ctx: CoreContext): SampleWorldReport {
  const me = getMe(ctx);
  const zone = me.timeZone;
  const today = dateString(instantToWall(ctx.clock().getTime(), zone));
  const myEmail = me.emails[0];
  const calendar = sampleCalendar({
    today,
    zone,
    me: myEmail ? { name: me.name, email: myEmail } : null,
  });
  const file = sampleCalendarFile(ctx);
  let written = false;
  try {
    return ctx.db.sqlite.transaction((): SampleWorldReport => {
      const organizations = createOrganizations(ctx);
      const ids = createPeople(ctx, today, organizations);
      writeCalendarFile(file, calendar.ics);
      written = true;
      const sourceId = addSampleCalendar(ctx, file);
      const logged = logNotes(ctx, { ids, today, zone }, sourceId);
      return {
        people: SAMPLE_PERSON_KEYS.length,
        organizations: organizations.size,
        interactions: logged.interactions,
        followUps: logged.followUps,
        meetings: calendar.meetings,
      };
    })();
  } catch (error) {
    // The database rolled back; the file it would have pointed at goes too.
    if (written) rmSync(file, { force: true });
    throw error;
  }
}
