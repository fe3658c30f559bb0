import type { Agenda, AgendaAttendee } from '../../../shared/domain/calendar';
import { CliUsageError, formatOption, stringOption, type CliCommand } from '../cliCommand';
import { localDate } from './logCommands';

function attendeeText(a: AgendaAttendee): string {
  const who = a.personName ?? a.name ?? a.email ?? '?';
  const notes = [
    a.organizer && 'organizer',
    a.response !== 'accepted' && a.response,
    a.match === 'none' && 'no dossier',
    a.match === 'ambiguous' && `could be ${a.candidates.map((c) => c.displayName).join(' or ')}`,
    a.match === 'self' && 'you',
  ].filter(Boolean);
  return notes.length ? `${who} (${notes.join(', ')})` : who;
}

export function agendaText(agenda: Agenda): string {
  if (agenda.meetings.length === 0) return `No meetings on ${agenda.date} (${agenda.timeZone}).`;
  const lines = [`${agenda.date} (${agenda.timeZone})`];
  for (const m of agenda.meetings) {
    const when = m.allDay ? 'all day    ' : `${m.start.slice(11, 16)}–${m.end.slice(11, 16)}`;
    lines.push(`${when}  ${m.title || '(no title)'}${m.location ? ` — ${m.location}` : ''}`);
    const people = m.attendees.filter((a) => a.match !== 'self').map(attendeeText);
    if (people.length) lines.push(`             with ${people.join(', ')}`);
  }
  return lines.join('\n');
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export const calendarCommands: CliCommand[] = [
  {
    words: ['me', 'set'],
    summary: 'Set your name, email addresses and time zone',
    usage: 'farley me set [--name N] [--email E ...] [--tz Area/City]',
    options: {
      name: { type: 'string' },
      email: { type: 'string', multiple: true },
      tz: { type: 'string' },
    },
    async run({ call, io }, values) {
      const emails = strings(values.email);
      const name = stringOption(values, 'name');
      const tz = stringOption(values, 'tz');
      const me = await call('me.set', {
        ...(name !== undefined ? { name } : {}),
        ...(emails.length ? { emails } : {}),
        ...(tz !== undefined ? { timeZone: tz } : {}),
      });
      io.out(
        `You are ${me.name || '(no name)'} <${me.emails.join('>, <') || 'no email'}> in ${me.timeZone}`,
      );
    },
  },
  {
    words: ['me', 'show'],
    summary: 'Show your name, addresses and time zone',
    usage: 'farley me show [--format text|json]',
    options: { format: { type: 'string' } },
    async run({ call, io }, values) {
      const format = formatOption(values, ['text', 'json']);
      const me = await call('me.get', {});
      io.out(
        format === 'json'
          ? JSON.stringify(me, null, 2)
          : [
              `Name: ${me.name || '(not set)'}`,
              `Email: ${me.emails.join(', ') || '(not set)'}`,
              `Time zone: ${me.timeZone}${me.timeZoneIsDefault ? ' (from the system)' : ''}`,
            ].join('\n'),
      );
    },
  },
  {
    words: ['calendar', 'add'],
    summary: 'Add an .ics file or a folder of them (vdir) and read it',
    usage: 'farley calendar add PATH',
    options: {},
    positionals: { name: 'PATH', required: true },
    async run({ call, io }, _values, positionals) {
      const source = await call('calendars.add', { path: positionals.join(' ') });
      const errors = source.files.filter((f) => f.error);
      io.out(`Added ${source.name}: ${source.eventCount} events from ${source.fileCount} file(s)`);
      for (const file of errors) io.out(`  ${file.file || source.path}: ${file.error ?? ''}`);
    },
  },
  {
    words: ['calendar', 'list'],
    summary: 'List calendars with their status',
    usage: 'farley calendar list [--format text|json]',
    options: { format: { type: 'string' } },
    async run({ call, io }, values) {
      const format = formatOption(values, ['text', 'json']);
      const sources = await call('calendars.list', {});
      if (format === 'json') return io.out(JSON.stringify(sources, null, 2));
      if (sources.length === 0)
        return io.out('No calendars yet. Add one with: farley calendar add PATH');
      for (const s of sources) {
        const problems = s.files.filter((f) => f.error).length;
        io.out(
          `${s.name}  ${s.eventCount} events  ${s.kind} ${s.path}${s.lastReadAt ? `  read ${s.lastReadAt}` : ''}${s.error ? `  ERROR: ${s.error}` : ''}${problems ? `  ${problems} file(s) with errors` : ''}`,
        );
      }
    },
  },
  {
    words: ['calendar', 'sync'],
    summary: 'Re-read every calendar now',
    usage: 'farley calendar sync',
    options: {},
    async run({ call, io }) {
      const sources = await call('calendars.sync', {});
      for (const s of sources)
        io.out(`${s.name}: ${s.eventCount} events${s.error ? ` — ${s.error}` : ''}`);
    },
  },
  {
    words: ['agenda'],
    summary: 'A day’s meetings in order, with attendees matched to dossiers',
    usage: 'farley agenda [--date YYYY-MM-DD] [--tz Area/City] [--format text|json]',
    options: { date: { type: 'string' }, tz: { type: 'string' }, format: { type: 'string' } },
    async run({ call, io, now }, values) {
      const format = formatOption(values, ['text', 'json']);
      const tz = stringOption(values, 'tz');
      const date = stringOption(values, 'date') ?? localDate(now());
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new CliUsageError(`--date "${date}" is not a date (use YYYY-MM-DD)`);
      const agenda = await call('agenda.day', {
        date,
        ...(tz !== undefined ? { timeZone: tz } : {}),
      });
      io.out(format === 'json' ? JSON.stringify(agenda, null, 2) : agendaText(agenda));
    },
  },
];
