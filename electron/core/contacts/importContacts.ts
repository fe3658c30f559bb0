import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ZodError } from 'zod';
import type { ParsedInput } from '../../../shared/contract';
import { PHOTO_MAX_BYTES } from '../../../shared/contract/people';
import type {
  ContactDraft,
  ContactProblem,
  ImportPreview,
  ImportReport,
  ImportRow,
} from '../../../shared/domain/contacts';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { getPerson } from '../people/personReader';
import { foldName } from '../people/resolvePerson';
import { setPhoto, sniffImage } from '../people/personPhoto';
import { createPerson, updatePerson } from '../people/personWriter';
import { decodeText } from './textDecoding';
import { blankPerson, contactChanges, type ContactChanges } from './contactMerge';
import { parseContactsCsv } from './csv/readContactsCsv';
import { parseVcards } from './vcard/parseVcards';

type Source = ParsedInput<'contacts.preview'>;

function readSource(source: Source): {
  contacts: ContactDraft[];
  problems: ContactProblem[];
  warnings: ContactProblem[];
} {
  const contacts: ContactDraft[] = [];
  const problems: ContactProblem[] = [];
  for (const file of source.paths) {
    let text: string;
    try {
      text = decodeText(readFileSync(file));
    } catch (error) {
      throw new DomainError(
        'not_found',
        `${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
        [{ path: 'paths', message: 'Cannot read this file' }],
      );
    }
    const name = path.basename(file);
    const parsed =
      source.format === 'vcard'
        ? parseVcards(text, name)
        : parseContactsCsv(
            text,
            name,
            source.mapping
              ? { mapping: source.mapping }
              : source.preset
                ? { preset: source.preset }
                : null,
          );
    contacts.push(...parsed.contacts);
    problems.push(...parsed.problems);
  }
  // A problem about a contact that was still read is a warning: the rest of it is imported.
  const read = new Set(contacts.map((c) => c.position));
  return {
    contacts,
    problems: problems.filter((p) => !read.has(p.position)),
    warnings: problems.filter((p) => read.has(p.position)),
  };
}

interface PlannedRow {
  contact: ContactDraft;
  row: ImportRow;
  changes: ContactChanges;
}

/** Who in the store a contact is: by any of its addresses, else (with none) by a unique name. */
function matchOf(ctx: CoreContext, contact: ContactDraft): ImportRow['match'] {
  const { sqlite } = ctx.db;
  const keys = contact.emails.map((e) => e.address.trim().toLowerCase());
  if (keys.length) {
    const owner = sqlite
      .prepare(
        `SELECT p.id, p.display_name AS displayName FROM person_emails e JOIN people p ON p.id = e.person_id
          WHERE e.address_key IN (SELECT value FROM json_each(?)) ORDER BY p.archived_at IS NOT NULL LIMIT 1`,
      )
      .get(JSON.stringify(keys)) as { id: string; displayName: string } | undefined;
    return owner ? { personId: owner.id, displayName: owner.displayName, by: 'email' } : null;
  }
  const named = (
    sqlite
      .prepare(
        'SELECT id, display_name AS displayName FROM people WHERE display_name = ? COLLATE NOCASE',
      )
      .all(contact.displayName.trim()) as { id: string; displayName: string }[]
  ).filter((p) => foldName(p.displayName) === foldName(contact.displayName));
  const [only] = named;
  return named.length === 1 && only
    ? { personId: only.id, displayName: only.displayName, by: 'name' }
    : null;
}

function hasPhoto(ctx: CoreContext, personId: string): boolean {
  return Boolean(
    ctx.db.sqlite.prepare('SELECT 1 FROM person_photos WHERE person_id = ?').get(personId),
  );
}

/** Why the store would refuse a contact's photo: the contact is then imported without it. */
function photoProblem(contact: ContactDraft): string | null {
  if (!contact.photo) return null;
  const bytes = Buffer.from(contact.photo.base64, 'base64');
  if (bytes.length > PHOTO_MAX_BYTES) return 'its photo: larger than 2 MB';
  return sniffImage(bytes) ? null : 'its photo: only PNG, JPEG and WebP photos are kept';
}

/**
 * Plans an import against the store as it is: each contact matched (or new) with what it would
 * change; a contact whose values a dossier cannot hold becomes a problem with the reason.
 */
function plan(ctx: CoreContext, source: Source) {
  const { contacts, problems, warnings } = readSource(source);
  const rows: PlannedRow[] = [];
  for (const read of contacts) {
    const refused = photoProblem(read);
    if (refused) warnings.push({ position: read.position, reason: `imported without ${refused}` });
    const contact = refused ? { ...read, photo: null } : read;
    const match = matchOf(ctx, contact);
    try {
      const changes = match
        ? contactChanges(getPerson(ctx, match.personId), contact, hasPhoto(ctx, match.personId))
        : contactChanges(blankPerson(contact.displayName), contact, false);
      rows.push({
        contact,
        changes,
        row: {
          position: contact.position,
          contact: {
            displayName: contact.displayName,
            emails: contact.emails,
            roles: contact.roles,
            hasPhoto: contact.photo !== null,
          },
          status: !match ? 'new' : changes.adds.length ? 'match' : 'unchanged',
          match,
          adds: match ? changes.adds : [],
        },
      });
    } catch (error) {
      problems.push({ position: contact.position, reason: reasonOf(error) });
    }
  }
  return { rows, problems, warnings };
}

function reasonOf(error: unknown): string {
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return issue ? `${issue.message} (${issue.path.join('.')})` : 'a value cannot be stored';
  }
  return error instanceof Error ? error.message : String(error);
}

export function previewContacts(ctx: CoreContext, source: Source): ImportPreview {
  const { rows, problems, warnings } = plan(ctx, source);
  const count = (status: ImportRow['status']) => rows.filter((r) => r.row.status === status).length;
  return {
    format: source.format,
    rows: rows.map((r) => r.row),
    problems,
    warnings,
    counts: {
      new: count('new'),
      match: count('match'),
      unchanged: count('unchanged'),
      invalid: problems.length,
    },
  };
}

function writePhoto(ctx: CoreContext, personId: string, photo: ContactDraft['photo']): void {
  if (photo) setPhoto(ctx, personId, `data:${photo.mime};base64,${photo.base64}`);
}

/**
 * Imports in one transaction: new contacts become dossiers, matches are merged (or skipped, or
 * created anew, as decided), and any failure leaves the store as it was. Each row is planned
 * again as it is written, so two cards of one file for the same person merge into one dossier.
 */
export function importContacts(
  ctx: CoreContext,
  input: ParsedInput<'contacts.import'>,
): ImportReport {
  const { rows, problems, warnings } = plan(ctx, input);
  const report: ImportReport = {
    created: [],
    merged: [],
    skipped: [],
    invalid: problems,
    warnings,
  };
  ctx.db.sqlite.transaction(() => {
    for (const { contact, row } of rows) {
      const decision = input.decisions[row.position] ?? (row.match ? 'merge' : 'create');
      if (decision === 'skip') {
        report.skipped.push({ position: row.position, reason: 'skipped by you' });
        continue;
      }
      const match = decision === 'merge' ? matchOf(ctx, contact) : null;
      if (match) {
        const changes = contactChanges(
          getPerson(ctx, match.personId),
          contact,
          hasPhoto(ctx, match.personId),
        );
        if (changes.adds.length === 0) {
          report.skipped.push({
            position: row.position,
            reason: `${match.displayName} is up to date`,
          });
          continue;
        }
        updatePerson(ctx, match.personId, changes.patch);
        writePhoto(ctx, match.personId, changes.photo);
        report.merged.push({
          position: row.position,
          personId: match.personId,
          displayName: match.displayName,
          adds: changes.adds,
        });
        continue;
      }
      // "Create new" for a contact whose addresses belong to someone: the addresses stay with
      // their owner (an address is one person's), everything else goes to the new dossier.
      const owned = decision === 'create' && row.match?.by === 'email';
      const fresh = owned ? { ...contact, emails: [] } : contact;
      const person = createPerson(ctx, { displayName: contact.displayName });
      const changes = contactChanges(blankPerson(contact.displayName), fresh, false);
      updatePerson(ctx, person.id, changes.patch);
      writePhoto(ctx, person.id, changes.photo);
      report.created.push({
        position: row.position,
        personId: person.id,
        displayName: person.displayName,
      });
    }
  })();
  return report;
}
