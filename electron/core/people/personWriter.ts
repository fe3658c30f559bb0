import type { ParsedInput } from '../../../shared/contract';
import type { PersonPatch } from '../../../shared/contract/personPatch';
import type { Person } from '../../../shared/domain/person';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { getPerson, requirePersonRow } from './personReader';
import { reindexPerson } from './personSearch';
import { assertEmailsFree, replaceSection, SECTION_NAMES } from './personSections';

const SCALARS = {
  displayName: 'display_name',
  givenName: 'given_name',
  familyName: 'family_name',
  nickname: 'nickname',
  pronouns: 'pronouns',
  howWeMet: 'how_we_met',
  metOn: 'met_on',
  introducedById: 'introduced_by_id',
  about: 'about',
} as const satisfies Partial<Record<keyof PersonPatch, string>>;

export function createPerson(ctx: CoreContext, input: ParsedInput<'people.create'>): Person {
  const id = ctx.newId();
  const at = ctx.clock().toISOString();
  return ctx.db.sqlite.transaction(() => {
    const emails = input.email ? [{ address: input.email, label: '', primary: true }] : [];
    assertEmailsFree(ctx, null, emails, () => 'email');
    ctx.db.sqlite
      .prepare('INSERT INTO people (id, display_name, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(id, input.displayName, at, at);
    replaceSection(ctx, id, 'emails', emails);
    reindexPerson(ctx, id);
    return getPerson(ctx, id);
  })();
}

/** Applies any subset of a dossier's fields and sections in one transaction: all or nothing. */
export function updatePerson(ctx: CoreContext, id: string, patch: PersonPatch): Person {
  const { sqlite } = ctx.db;
  return sqlite.transaction(() => {
    requirePersonRow(ctx, id);
    if (patch.introducedById === id) {
      throw new DomainError('invalid_input', 'A person cannot have introduced themselves.', [
        { path: 'patch.introducedById', message: 'Choose someone else' },
      ]);
    }
    if (patch.introducedById) requirePersonRow(ctx, patch.introducedById);
    if (patch.emails) assertEmailsFree(ctx, id, patch.emails, (i) => `patch.emails.${i}.address`);

    const assignments: string[] = [];
    const values: unknown[] = [];
    for (const [key, column] of Object.entries(SCALARS)) {
      const value = patch[key as keyof typeof SCALARS];
      if (value !== undefined) {
        assignments.push(`${column} = ?`);
        values.push(value);
      }
    }
    assignments.push('updated_at = ?');
    values.push(ctx.clock().toISOString());
    sqlite.prepare(`UPDATE people SET ${assignments.join(', ')} WHERE id = ?`).run(...values, id);

    for (const section of SECTION_NAMES) {
      const items = patch[section];
      if (items !== undefined) replaceSection(ctx, id, section, items);
    }
    reindexPerson(ctx, id);
    return getPerson(ctx, id);
  })();
}

export function setArchived(ctx: CoreContext, id: string, archived: boolean): Person {
  const { sqlite } = ctx.db;
  return sqlite.transaction(() => {
    requirePersonRow(ctx, id);
    const at = ctx.clock().toISOString();
    sqlite
      .prepare('UPDATE people SET archived_at = ?, updated_at = ? WHERE id = ?')
      .run(archived ? at : null, at, id);
    reindexPerson(ctx, id);
    return getPerson(ctx, id);
  })();
}

/** Marks a person changed (their list position and "last updated" follow). */
export function touchPerson(ctx: CoreContext, id: string): void {
  ctx.db.sqlite
    .prepare('UPDATE people SET updated_at = ? WHERE id = ?')
    .run(ctx.clock().toISOString(), id);
}
