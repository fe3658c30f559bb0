import type {
  CallName,
  CallOutput,
  CoreCallName,
  ParsedInput,
  ShellCallName,
} from '../../../shared/contract';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
} from '../organizations/organizationRepository';
import { mergePeople } from '../people/mergePeople';
import { listPeople } from '../people/peopleList';
import { removePhoto, setPhoto } from '../people/personPhoto';
import { getPerson } from '../people/personReader';
import { resolvePerson } from '../people/resolvePerson';
import { createPerson, setArchived, updatePerson } from '../people/personWriter';
import { addRelationship, removeRelationship } from '../relationships/relationshipRepository';
import { searchAll } from '../search/searchQuery';
import { deleteTag, updateTag } from '../tags/tagChanges';
import { listTags } from '../tags/tagRepository';
import { discardDraft, listDrafts, saveDraft } from '../interactions/draftRepository';
import {
  createFollowUp,
  deleteFollowUp,
  listFollowUps,
  updateFollowUp,
} from '../interactions/followUpRepository';
import {
  createInteraction,
  getInteraction,
  updateInteraction,
} from '../interactions/interactionRepository';
import { deleteInteraction, undeleteInteraction } from '../interactions/interactionTrash';
import { timelineForPerson } from '../interactions/timeline';
import { agendaForDay } from '../calendar/agenda';
import {
  createPersonFromAttendee,
  linkAttendee,
  listSources,
  removeSource,
  requireSource,
} from '../calendar/calendarSources';
import { addSource, syncSource } from '../calendar/calendarSync';
import { getMe, setMe } from '../settings/meRepository';
import { briefingHandlers } from '../briefing/briefingHandlers';
import { notificationHandlers } from '../notifications/notificationHandlers';
import { welcomeHandlers } from '../sample/welcomeHandlers';
import { contactImportHandlers } from '../contacts/contactImportHandlers';
import { dataExportHandlers } from '../dataExport/dataExportHandlers';
import { backupHandlers } from '../backups/backupHandlers';
import { cadenceHandlers } from '../insights/cadence/cadenceHandlers';
import { warmthHandlers } from '../insights/warmth/warmthHandlers';
import { graphHandlers } from '../insights/graph/graphHandlers';
import { todayHandlers } from '../insights/today/todayHandlers';

/** One handler per contract call; the compiler refuses a missing or extra one. */
type HandlersFor<Names extends CallName> = {
  [K in Names]: (input: ParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>>;
};
export type CoreHandlers = HandlersFor<CoreCallName>;
export type ShellHandlers = HandlersFor<ShellCallName>;
/** Every call answered: the core's handlers plus the shell's. */
export type Handlers = CoreHandlers & ShellHandlers;

/** For shells without dialogs (the command line): every shell call is refused clearly. */
export const noShell: ShellHandlers = {
  'shell.choosePath': () => {
    throw new DomainError('invalid_input', 'There is no file dialog here; give the path instead.');
  },
  'shell.saveText': () => {
    throw new DomainError('invalid_input', 'There is no file dialog here; use --out PATH instead.');
  },
  'shell.chooseSavePath': () => {
    throw new DomainError('invalid_input', 'There is no file dialog here; use --out PATH instead.');
  },
  'shell.printToPdf': () => {
    throw new DomainError('invalid_input', 'There is no window to print here.');
  },
};

export function createHandlers(ctx: CoreContext): CoreHandlers {
  return {
    'app.info': () => ({
      version: ctx.appVersion,
      dataDir: ctx.dataDir,
      schemaVersion: ctx.db.schemaVersion,
    }),
    'people.list': (input) => listPeople(ctx, input),
    'people.get': (input) => getPerson(ctx, input.id),
    'people.create': (input) => createPerson(ctx, input),
    'people.update': (input) => updatePerson(ctx, input.id, input.patch),
    'people.archive': (input) => setArchived(ctx, input.id, true),
    'people.restore': (input) => setArchived(ctx, input.id, false),
    'people.merge': (input) => mergePeople(ctx, input.keepId, input.mergeId),
    'people.setPhoto': (input) => setPhoto(ctx, input.id, input.dataUrl),
    'people.removePhoto': (input) => removePhoto(ctx, input.id),
    'people.resolve': (input) => resolvePerson(ctx, input.text, { firstNames: true }),
    'organizations.list': (input) => listOrganizations(ctx, input),
    'organizations.get': (input) => getOrganization(ctx, input.id),
    'organizations.create': (input) => createOrganization(ctx, input),
    'organizations.update': (input) => updateOrganization(ctx, input),
    'tags.list': () => listTags(ctx),
    'tags.update': (input) => updateTag(ctx, input),
    'tags.delete': (input) => deleteTag(ctx, input.id),
    'relationships.add': (input) => addRelationship(ctx, input),
    'relationships.remove': (input) => removeRelationship(ctx, input.id),
    'search.query': (input) => searchAll(ctx, input),
    'interactions.create': (input) => createInteraction(ctx, input),
    'interactions.get': (input) => getInteraction(ctx, input.id),
    'interactions.update': (input) => updateInteraction(ctx, input),
    'interactions.delete': (input) => deleteInteraction(ctx, input.id),
    'interactions.undelete': (input) => undeleteInteraction(ctx, input.id),
    'timeline.forPerson': (input) => timelineForPerson(ctx, input),
    'followUps.list': (input) => listFollowUps(ctx, input),
    'followUps.create': (input) => createFollowUp(ctx, input),
    'followUps.update': (input) => updateFollowUp(ctx, input),
    'followUps.delete': (input) => deleteFollowUp(ctx, input.id),
    'drafts.save': (input) => saveDraft(ctx, input.id, input.content),
    'drafts.list': () => listDrafts(ctx),
    'drafts.discard': (input) => discardDraft(ctx, input.id),
    'me.get': () => getMe(ctx),
    'me.set': (input) => {
      const before = getMe(ctx).timeZone;
      const me = setMe(ctx, input);
      // Floating times are read in the user's zone: a new zone re-reads every calendar.
      if (me.timeZone !== before)
        for (const s of listSources(ctx)) syncSource(ctx, s.id, { force: true });
      return me;
    },
    'calendars.list': () => listSources(ctx),
    'calendars.add': (input) => requireSource(ctx, addSource(ctx, input.path)),
    'calendars.remove': (input) => removeSource(ctx, input.id),
    'calendars.sync': (input) => {
      const ids = input.id ? [input.id] : listSources(ctx).map((s) => s.id);
      for (const id of ids) syncSource(ctx, id);
      return listSources(ctx);
    },
    'agenda.day': (input) => agendaForDay(ctx, input.date, input.timeZone),
    'attendees.link': (input) => linkAttendee(ctx, input.email, input.personId),
    'attendees.createPerson': (input) => createPersonFromAttendee(ctx, input.name, input.email),
    ...briefingHandlers(ctx),
    ...notificationHandlers(ctx),
    ...welcomeHandlers(ctx),
    ...contactImportHandlers(ctx),
    ...dataExportHandlers(ctx),
    ...backupHandlers(ctx),
    ...cadenceHandlers(ctx),
    ...warmthHandlers(ctx),
    ...graphHandlers(ctx),
    ...todayHandlers(ctx),
  };
}
