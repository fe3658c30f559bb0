import path from 'node:path';
import type { ExportFormat } from '../../../shared/domain/backups';
import {
  CliUsageError,
  stringOption,
  type CliCommand,
  type CommandSession,
  type ParsedValues,
} from '../cliCommand';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** --out, as an absolute path: the message then says exactly where the export went. */
function outPath(values: ParsedValues, usage: string): string {
  const out = stringOption(values, 'out');
  if (!out) throw new CliUsageError(`--out PATH is required. Usage: ${usage}`);
  return path.resolve(out);
}

/** The people named by --person (name or email); any that is unknown or ambiguous stops it all. */
async function personIds(
  session: CommandSession,
  values: ParsedValues,
): Promise<string[] | undefined> {
  const names = Array.isArray(values.person) ? values.person.map(String) : [];
  if (names.length === 0) return undefined;
  const ids: string[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const found = await session.call('people.resolve', { text: name });
    if (found.person) ids.push(found.person.id);
    else
      problems.push(
        found.match === 'ambiguous'
          ? `"${name}" could be several people: ${found.candidates.map((c) => c.displayName).join(', ')}`
          : `no one is called "${name}"`,
      );
  }
  if (problems.length) throw new CliUsageError(`${problems.join('; ')}. Nothing was written.`);
  return ids;
}

function peopleExport(format: Extract<ExportFormat, 'vcard' | 'csv'>, what: string): CliCommand {
  const usage = `farley export ${format} --out FILE [--person NAME_OR_EMAIL ...]`;
  return {
    words: ['export', format],
    summary: `Write people as ${what} (everyone not archived, or those named with --person)`,
    usage,
    options: { out: { type: 'string' }, person: { type: 'string', multiple: true } },
    async run(session, values) {
      const out = outPath(values, usage);
      const ids = await personIds(session, values);
      const result = await session.call('data.export', {
        format,
        path: out,
        ...(ids ? { personIds: ids } : {}),
      });
      session.io.out(`Exported ${plural(result.count, 'person', 'people')} to ${result.path}`);
    },
  };
}

const JSON_USAGE = 'farley export json --out FILE';
const MARKDOWN_USAGE = 'farley export markdown --out FOLDER';
const IMPORT_USAGE = 'farley import json FILE';

export const exportCommands: CliCommand[] = [
  {
    words: ['export', 'json'],
    summary: 'Write everything Farley holds to one JSON file (loadable with farley import json)',
    usage: JSON_USAGE,
    options: { out: { type: 'string' } },
    async run({ call, io }, values) {
      const result = await call('data.export', {
        format: 'json',
        path: outPath(values, JSON_USAGE),
      });
      io.out(`Exported ${plural(result.count, 'record')} (every table) to ${result.path}`);
    },
  },
  peopleExport('vcard', 'vCard 4.0 contacts'),
  peopleExport('csv', 'a CSV file, one row per person'),
  {
    words: ['export', 'markdown'],
    summary: 'Write every interaction as a Markdown note with YAML front matter into a new folder',
    usage: MARKDOWN_USAGE,
    options: { out: { type: 'string' } },
    async run({ call, io }, values) {
      const result = await call('data.export', {
        format: 'markdown',
        path: outPath(values, MARKDOWN_USAGE),
      });
      io.out(`Exported ${plural(result.count, 'interaction')} to ${result.path}`);
    },
  },
  {
    words: ['import', 'json'],
    summary: 'Load a Farley JSON export into an empty Farley (a new --data-dir)',
    usage: IMPORT_USAGE,
    options: {},
    positionals: { name: 'FILE', required: true },
    async run({ call, io }, _values, positionals) {
      if (positionals.length > 1) {
        throw new CliUsageError(`one file at a time. Usage: ${IMPORT_USAGE}`);
      }
      const file = path.resolve(positionals[0] ?? '');
      const result = await call('data.importJson', { path: file });
      const counts = Object.values(result.tables);
      const rows = counts.reduce((sum, n) => sum + n, 0);
      io.out(
        `Imported ${plural(rows, 'record')} into ${plural(counts.filter((n) => n > 0).length, 'table')} from ${file}`,
      );
    },
  },
];
