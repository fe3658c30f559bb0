import { briefingMarkdown } from '../../../shared/briefing/briefingMarkdown';
import { CliUsageError, formatOption, stringOption, type CliCommand } from '../cliCommand';
import { briefingText } from './briefingText';
import { localDate } from './logCommands';

export const briefingCommands: CliCommand[] = [
  {
    words: ['brief'],
    summary: 'The briefing of a day: each meeting and a file on everyone in it',
    usage: 'farley brief [--date YYYY-MM-DD] [--tz Area/City] [--format text|md|json]',
    options: { date: { type: 'string' }, tz: { type: 'string' }, format: { type: 'string' } },
    async run({ call, io, now }, values) {
      const format = formatOption(values, ['text', 'md', 'json']);
      const tz = stringOption(values, 'tz');
      const date = stringOption(values, 'date') ?? localDate(now());
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new CliUsageError(`--date "${date}" is not a date (use YYYY-MM-DD)`);
      const briefing = await call('briefing.day', {
        date,
        ...(tz !== undefined ? { timeZone: tz } : {}),
      });
      // The JSON is the agenda's (same meetings and attendees) with a dossier on each person.
      io.out(
        format === 'json'
          ? JSON.stringify(briefing, null, 2)
          : format === 'md'
            ? briefingMarkdown(briefing).trimEnd()
            : briefingText(briefing),
      );
    },
  },
];
