import { sqliteTable, text, integer, index, blob } from 'drizzle-orm/sqlite-core';
import { people } from './people';

// The repeatable parts of a dossier. Each list is replaced as a whole when edited, inside one
// transaction, so `position` is the user's order and ids are not referenced from elsewhere.

const personId = () =>
  text('person_id')
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' });

export const personPhones = sqliteTable(
  'person_phones',
  {
    id: text('id').primaryKey(),
    personId: personId(),
    number: text('number').notNull(),
    label: text('label').notNull().default(''),
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('person_phones_person_idx').on(t.personId)],
);

export const personAddresses = sqliteTable(
  'person_addresses',
  {
    id: text('id').primaryKey(),
    personId: personId(),
    label: text('label').notNull().default(''),
    street: text('street').notNull().default(''),
    city: text('city').notNull().default(''),
    region: text('region').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    country: text('country').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('person_addresses_person_idx').on(t.personId)],
);

export const personLinks = sqliteTable(
  'person_links',
  {
    id: text('id').primaryKey(),
    personId: personId(),
    label: text('label').notNull().default(''),
    url: text('url').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('person_links_person_idx').on(t.personId)],
);

export const personFacts = sqliteTable(
  'person_facts',
  {
    id: text('id').primaryKey(),
    personId: personId(),
    text: text('text').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('person_facts_person_idx').on(t.personId)],
);

export const personDates = sqliteTable(
  'person_dates',
  {
    id: text('id').primaryKey(),
    personId: personId(),
    /** birthday | anniversary | custom */
    kind: text('kind').notNull(),
    label: text('label').notNull().default(''),
    month: integer('month').notNull(),
    day: integer('day').notNull(),
    /** Null when the year is not known (a birthday without a year). */
    year: integer('year'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('person_dates_person_idx').on(t.personId)],
);

export const personFields = sqliteTable(
  'person_fields',
  {
    id: text('id').primaryKey(),
    personId: personId(),
    label: text('label').notNull(),
    value: text('value').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('person_fields_person_idx').on(t.personId)],
);

export const personPhotos = sqliteTable('person_photos', {
  personId: text('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  mime: text('mime').notNull(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});
