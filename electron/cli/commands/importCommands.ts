import path from 'node:path';
import {
  CSV_PRESETS,
  type ImportPreview,
  type ImportReport,
} from '../../../shared/domain/contacts';
import { CliUsageError, stringOption, type CliCommand, type CliIo } from '../cliCommand';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function printPreview(io: CliIo, preview: ImportPreview): void {
  const { counts } = preview;
  io.out(
    `Would create ${plural(counts.new, 'person', 'people')}, merge ${counts.match}, leave ${counts.unchanged} already up to date; ${counts.invalid} invalid.`,
  );
  for (const row of preview.rows) {
    if (row.status === 'new') io.out(`  new      ${row.contact.displayName} (${row.position})`);
    else if (row.status === 'match')
      io.out(
        `  merge    ${row.contact.displayName} into ${row.match?.displayName ?? '?'} (by ${row.match?.by ?? '?'}): adds ${row.adds.join(', ')}`,
      );
  }
  for (const problem of preview.problems)
    io.out(`  invalid  ${problem.position}: ${problem.reason}`);
}

function printReport(io: CliIo, report: ImportReport): void {
  io.out(
    `Created ${plural(report.created.length, 'person', 'people')}, merged ${report.merged.length}, skipped ${report.skipped.length}, invalid ${report.invalid.length}.`,
  );
  for (const m of report.merged) io.out(`  merged   ${m.displayName}: added ${m.adds.join(', ')}`);
  for (const s of report.skipped) io.out(`  skipped  ${s.position}: ${s.reason}`);
  for (const p of report.invalid) io.out(`  invalid  ${p.position}: ${p.reason}`);
  for (const w of report.warnings) io.out(`  note     ${w.position}: ${w.reason}`);
}

const files = (positionals: string[]) => positionals.map((p) => path.resolve(p));

export const importCommands: CliCommand[] = [
  {
    words: ['import', 'vcard'],
    summary: 'Import contacts from vCard files (2.1, 3.0, 4.0); matches by email are merged',
    usage: 'farley import vcard FILE... [--dry-run]',
    options: { 'dry-run': { type: 'boolean' } },
    positionals: { name: 'FILE', required: true, many: true },
    async run({ call, io }, values, positionals) {
      const source = { format: 'vcard' as const, paths: files(positionals) };
      if (values['dry-run']) printPreview(io, await call('contacts.preview', source));
      else printReport(io, await call('contacts.import', source));
    },
  },
  {
    words: ['import', 'csv'],
    summary: 'Import contacts from a CSV file (Google or Outlook export, or detected columns)',
    usage: 'farley import csv FILE [--mapping google|outlook] [--dry-run]',
    options: { mapping: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    positionals: { name: 'FILE', required: true },
    async run({ call, io }, values, positionals) {
      const given = stringOption(values, 'mapping');
      const preset = CSV_PRESETS.find((p) => p === given);
      if (given !== undefined && !preset)
        throw new CliUsageError(`--mapping must be ${CSV_PRESETS.join(' or ')} (got "${given}")`);
      const source = {
        format: 'csv' as const,
        paths: files(positionals),
        ...(preset ? { preset } : {}),
      };
      if (values['dry-run']) printPreview(io, await call('contacts.preview', source));
      else printReport(io, await call('contacts.import', source));
    },
  },
];
