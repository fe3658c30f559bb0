import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { people, personEmails } from '../../../db/schema';
import type { Person, PersonSummary } from '../../../shared/domain/person';
import type { ParsedInput } from '../../../shared/contract';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';

export function emailKey(address: string): string {
  return address.trim().toLowerCase();
}

/** Who already owns an address (any case), so callers can offer a merge instead of a duplicate. */
export function findEmailOwner(ctx: CoreContext, address: string): PersonSummary | null {
  const row = ctx.db.orm
    .select({ id: people.id })
    .from(personEmails)
    .innerJoin(people, eq(people.id, personEmails.personId))
    .where(eq(personEmails.addressKey, emailKey(address)))
    .get();
  return row ? (listPeopleByIds(ctx, [row.id])[0] ?? null) : null;
}

export function createPerson(ctx: CoreContext, input: ParsedInput<'people.create'>): Person {
  const { orm } = ctx.db;
  const id = ctx.newId();
  const at = ctx.clock().toISOString();
  return orm.transaction((tx) => {
    if (input.email) {
      const owner = findEmailOwner(ctx, input.email);
      if (owner) {
        throw new DomainError(
          'conflict',
          `${input.email} already belongs to ${owner.displayName}`,
          [{ path: 'email', message: `Already used by ${owner.displayName}` }],
        );
      }
    }
    tx.insert(people)
      .values({ id, displayName: input.displayName, createdAt: at, updatedAt: at })
      .run();
    if (input.email) {
      tx.insert(personEmails)
        .values({
          id: ctx.newId(),
          personId: id,
          address: input.email,
          addressKey: emailKey(input.email),
          isPrimary: true,
        })
        .run();
    }
    return getPerson(ctx, id);
  });
}

export function getPerson(ctx: CoreContext, id: string): Person {
  const { orm } = ctx.db;
  const row = orm.select().from(people).where(eq(people.id, id)).get();
  if (!row) throw new DomainError('not_found', 'This person does not exist (any more).');
  const emails = orm
    .select()
    .from(personEmails)
    .where(eq(personEmails.personId, id))
    .orderBy(desc(personEmails.isPrimary), personEmails.position)
    .all();
  return {
    id: row.id,
    displayName: row.displayName,
    emails: emails.map((e) => ({ address: e.address, label: e.label, primary: e.isPrimary })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

// Raw SQL on purpose: drizzle leaves outer columns unqualified inside a subquery, which would
// silently bind `id` to the inner table.
const primaryEmail = sql<string | null>`(
  SELECT pe.address FROM person_emails pe WHERE pe.person_id = people.id
  ORDER BY pe.is_primary DESC, pe.position LIMIT 1)`;

export function listPeople(ctx: CoreContext, input: ParsedInput<'people.list'>): PersonSummary[] {
  const query = input.query?.trim();
  const pattern = query ? `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const matches = pattern
    ? or(
        sql`${people.displayName} LIKE ${pattern} ESCAPE '\\'`,
        sql`EXISTS (SELECT 1 FROM person_emails pe WHERE pe.person_id = people.id
                    AND pe.address_key LIKE ${pattern.toLowerCase()} ESCAPE '\\')`,
      )
    : undefined;
  return ctx.db.orm
    .select({
      id: people.id,
      displayName: people.displayName,
      primaryEmail,
      updatedAt: people.updatedAt,
    })
    .from(people)
    .where(and(isNull(people.archivedAt), matches))
    .orderBy(desc(people.updatedAt), people.displayName)
    .all();
}

function listPeopleByIds(ctx: CoreContext, ids: string[]): PersonSummary[] {
  return ctx.db.orm
    .select({
      id: people.id,
      displayName: people.displayName,
      primaryEmail,
      updatedAt: people.updatedAt,
    })
    .from(people)
    .where(inArray(people.id, ids))
    .all();
}
