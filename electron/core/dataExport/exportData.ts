import { readFileSync } from 'node:fs';
import type { ParsedInput } from '../../../shared/contract';
import type { ExportResult, JsonImportResult } from '../../../shared/domain/backups';
import type { Person } from '../../../shared/domain/person';
import { contactsCsvOf } from '../contacts/csv/writeContactsCsv';
import { vcardsOf } from '../contacts/vcard/writeVcards';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { getPerson } from '../people/personReader';
import { exportInteractionsMarkdown } from './interactionsMarkdown';
import { exportStoreJson, importStoreJson, rowCount } from './storeJson';
import { writeFileAtomic } from './writeFiles';

/** The people asked for, in that order, or everyone not archived, by name. */
function peopleToExport(ctx: CoreContext, personIds: string[] | undefined): Person[] {
  const ids =
    personIds !== undefined
      ? [...new Set(personIds)]
      : (ctx.db.sqlite
          .prepare(
            'SELECT id FROM people WHERE archived_at IS NULL ORDER BY display_name COLLATE NOCASE, id',
          )
          .pluck()
          .all() as string[]);
  return ids.map((id) => getPerson(ctx, id));
}

function photoOf(ctx: CoreContext, personId: string): { mime: string; base64: string } | null {
  const row = ctx.db.sqlite
    .prepare('SELECT mime, bytes FROM person_photos WHERE person_id = ?')
    .get(personId) as { mime: string; bytes: Buffer } | undefined;
  return row ? { mime: row.mime, base64: row.bytes.toString('base64') } : null;
}

export function exportData(ctx: CoreContext, input: ParsedInput<'data.export'>): ExportResult {
  const { format, path } = input;
  switch (format) {
    case 'json': {
      const doc = exportStoreJson(ctx);
      writeFileAtomic(path, `${JSON.stringify(doc, null, 2)}\n`);
      return { path, count: rowCount(doc) };
    }
    case 'vcard': {
      const people = peopleToExport(ctx, input.personIds);
      writeFileAtomic(
        path,
        vcardsOf(people, (id: string) => photoOf(ctx, id)),
      );
      return { path, count: people.length };
    }
    case 'csv': {
      const people = peopleToExport(ctx, input.personIds);
      writeFileAtomic(path, contactsCsvOf(people));
      return { path, count: people.length };
    }
    case 'markdown':
      return { path, count: exportInteractionsMarkdown(ctx, path) };
  }
}

/** Reads a JSON export from disk and loads it into this (empty) store. */
export function importJsonFile(ctx: CoreContext, path: string): JsonImportResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DomainError(
      code === 'ENOENT' ? 'not_found' : 'invalid_input',
      code === 'ENOENT' ? `${path} does not exist.` : `Cannot read ${path}: ${code ?? 'error'}.`,
      [{ path: 'path', message: code === 'ENOENT' ? 'No such file' : 'Cannot be read' }],
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DomainError(
      'invalid_input',
      `${path} is not a Farley JSON export (${(error as Error).message}). Nothing was changed.`,
    );
  }
  return importStoreJson(ctx, raw);
}
