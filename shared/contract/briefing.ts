import { z } from 'zod';
import type {
  Briefing,
  NotificationSettings,
  PrepNote,
  SampleWorldReport,
  WelcomeState,
} from '../domain/briefing';
import { timeZoneName } from './calendar';
import { defineCall } from './define';
import { isoDate, text } from './fields';
import { eventLink } from './interactions';

export const PREP_NOTES_MAX = 50_000;

const timeOfDay = z
  .string({ error: 'Time must be text' })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Use a time like 07:30' });

export const briefingCalls = {
  'briefing.day': defineCall(
    z.strictObject({ date: isoDate, timeZone: timeZoneName.optional() }),
    'The briefing of a day: its meetings and a file on everyone in them',
  ).returns<Briefing>(),
  'briefing.savePrep': defineCall(
    z.strictObject({ event: eventLink, body: text('Prep notes', PREP_NOTES_MAX) }),
    'Keep the user’s talking points for one meeting occurrence',
  ).returns<PrepNote>(),
  'notifications.get': defineCall(
    z.strictObject({}),
    'When the morning briefing notification is shown',
  ).returns<NotificationSettings>(),
  'notifications.set': defineCall(
    z.strictObject({ enabled: z.boolean().optional(), time: timeOfDay.optional() }),
    'Turn the morning notification on or off, or move it',
  ).returns<NotificationSettings>(),
  'welcome.get': defineCall(
    z.strictObject({}),
    'Whether to offer the first-run welcome',
  ).returns<WelcomeState>(),
  'welcome.dismiss': defineCall(
    z.strictObject({}),
    'Start with an empty store: the welcome is not offered again',
  ).returns<WelcomeState>(),
  'welcome.loadSample': defineCall(
    z.strictObject({}),
    'Fill an empty store with a sample world (people, notes and this week’s calendar)',
  ).returns<SampleWorldReport>(),
};
