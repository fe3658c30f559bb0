import { isCadence } from '../../../shared/domain/cadence';
import { asc, eq, sql } from 'drizzle-orm';
import {
  organizations,
  people,
  personAddresses,
  personDates,
  personEmails,
  personFacts,
  personFields,
  personLinks,
  personPhones,
  personPhotos,
  personRoles,
} from '../../../db/schema';
import type { DateKind, Person, PersonRef } from '../../../shared/domain/person';
import { relationshipLabel, type RelationshipKind } from '../../../shared/domain/relationship';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { tagsOfPeople } from '../tags/tagRepository';

export function photoUrl(personId: string, photoUpdatedAt: string | null): string | null {
  return photoUpdatedAt ? `/photos/${personId}?v=${encodeURIComponent(photoUpdatedAt)}` : null;
}

export function personRef(ctx: CoreContext, id: string | null): PersonRef | null {
  if (!id) return null;
  const row = ctx.db.orm
    .select({ id: people.id, displayName: people.displayName })
    .from(people)
    .where(eq(people.id, id))
    .get();
  return row ?? null;
}

/**
 * The queries of a dossier, built once per connection: building drizzle's SQL on every read was
 * most of what reading a person cost (an import reads thousands).
 */
function prepareReaders(orm: CoreContext['db']['orm']) {
  const id = sql.placeholder('id');
  const section = <
    T extends
      | typeof personEmails
      | typeof personPhones
      | typeof personAddresses
      | typeof personLinks
      | typeof personFacts
      | typeof personDates
      | typeof personFields,
  >(
    table: T,
  ) =>
    orm.select().from(table).where(eq(table.personId, id)).orderBy(asc(table.position)).prepare();
  return {
    person: orm.select().from(people).where(eq(people.id, id)).prepare(),
    emails: section(personEmails),
    phones: section(personPhones),
    addresses: section(personAddresses),
    links: section(personLinks),
    facts: section(personFacts),
    dates: section(personDates),
    fields: section(personFields),
    roles: orm
      .select({ role: personRoles, organizationName: organizations.name })
      .from(personRoles)
      .innerJoin(organizations, eq(organizations.id, personRoles.organizationId))
      .where(eq(personRoles.personId, id))
      .orderBy(asc(personRoles.position))
      .prepare(),
    photo: orm
      .select({ updatedAt: personPhotos.updatedAt })
      .from(personPhotos)
      .where(eq(personPhotos.personId, id))
      .prepare(),
  };
}

const readersByConnection = new WeakMap<
  CoreContext['db']['orm'],
  ReturnType<typeof prepareReaders>
>();

function readers(ctx: CoreContext): ReturnType<typeof prepareReaders> {
  let found = readersByConnection.get(ctx.db.orm);
  if (!found) {
    found = prepareReaders(ctx.db.orm);
    readersByConnection.set(ctx.db.orm, found);
  }
  return found;
}

export function requirePersonRow(ctx: CoreContext, id: string) {
  const row = readers(ctx).person.get({ id });
  if (!row) throw new DomainError('not_found', 'This person does not exist (any more).');
  return row;
}

export function getPerson(ctx: CoreContext, id: string): Person {
  const read = readers(ctx);
  const row = requirePersonRow(ctx, id);
  const emails = read.emails.all({ id });
  const phones = read.phones.all({ id });
  const addresses = read.addresses.all({ id });
  const links = read.links.all({ id });
  const facts = read.facts.all({ id });
  const dates = read.dates.all({ id });
  const fields = read.fields.all({ id });
  const roles = read.roles.all({ id });
  const photo = read.photo.get({ id });

  return {
    id: row.id,
    displayName: row.displayName,
    givenName: row.givenName,
    familyName: row.familyName,
    nickname: row.nickname,
    pronouns: row.pronouns,
    photoUrl: photoUrl(id, photo?.updatedAt ?? null),
    emails: emails.map((e) => ({ address: e.address, label: e.label, primary: e.isPrimary })),
    phones: phones.map((p) => ({ number: p.number, label: p.label, primary: p.isPrimary })),
    addresses: addresses.map((a) => ({
      label: a.label,
      street: a.street,
      city: a.city,
      region: a.region,
      postalCode: a.postalCode,
      country: a.country,
    })),
    links: links.map((l) => ({ label: l.label, url: l.url })),
    roles: roles.map(({ role, organizationName }) => ({
      organizationId: role.organizationId,
      organizationName,
      title: role.title,
      startDate: role.startDate,
      endDate: role.endDate,
      current: role.isCurrent,
    })),
    howWeMet: row.howWeMet,
    metOn: row.metOn,
    introducedBy: personRef(ctx, row.introducedById),
    about: row.about,
    keyFacts: facts.map((f) => f.text),
    dates: dates.map((d) => ({
      kind: d.kind as DateKind,
      label: d.label,
      month: d.month,
      day: d.day,
      year: d.year,
    })),
    customFields: fields.map((f) => ({ label: f.label, value: f.value })),
    tags: tagsOfPeople(ctx, [id]).get(id) ?? [],
    relationships: relationshipsOf(ctx, id),
    cadence: isCadence(row.cadence) ? row.cadence : null,
    lastContactedAt: lastContactedAt(ctx, id),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
  };
}

function relationshipsOf(ctx: CoreContext, id: string): Person['relationships'] {
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT r.id, r.kind, r.label, r.from_person_id AS fromId, r.to_person_id AS toId,
              o.id AS otherId, o.display_name AS otherName
         FROM relationships r
         JOIN people o ON o.id = CASE WHEN r.from_person_id = ? THEN r.to_person_id ELSE r.from_person_id END
        WHERE r.from_person_id = ? OR r.to_person_id = ?
        ORDER BY r.created_at, r.id`,
    )
    .all(id, id, id) as {
    id: string;
    kind: RelationshipKind;
    label: string;
    fromId: string;
    otherId: string;
    otherName: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    label: relationshipLabel(r.kind, r.label, r.fromId === id),
    other: { id: r.otherId, displayName: r.otherName },
  }));
}

/** The newest moment someone was in touch with this person, ignoring anything planned later. */
export function lastContactedAt(ctx: CoreContext, personId: string): string | null {
  return (
    (ctx.db.sqlite
      .prepare(
        'SELECT max(occurred_at) FROM interaction_participants WHERE person_id = ? AND occurred_at <= ?',
      )
      .pluck()
      .get(personId, ctx.clock().toISOString()) as string | null) ?? null
  );
}

/** "Title @ Organization" of the first current role (or the organization alone). */
export const HEADLINE_SQL = `(
  SELECT CASE WHEN pr.title <> '' THEN pr.title || ' @ ' || o.name ELSE o.name END
    FROM person_roles pr JOIN organizations o ON o.id = pr.organization_id
   WHERE pr.person_id = people.id AND pr.is_current = 1
   ORDER BY pr.position LIMIT 1)`;

export const PRIMARY_EMAIL_SQL = `(
  SELECT pe.address FROM person_emails pe WHERE pe.person_id = people.id
   ORDER BY pe.is_primary DESC, pe.position LIMIT 1)`;
