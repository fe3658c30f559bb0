import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { people } from './people';

export const organizations = sqliteTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Lower-cased name, so "Initech" and "initech" are one organization. */
    nameKey: text('name_key').notNull(),
    industry: text('industry').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    archivedAt: text('archived_at'),
  },
  (t) => [uniqueIndex('organizations_name_key_uq').on(t.nameKey)],
);

export const organizationDomains = sqliteTable(
  'organization_domains',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** Lower-case, no scheme or path: `initech.com`. One organization per domain. */
    domain: text('domain').notNull(),
  },
  (t) => [
    uniqueIndex('organization_domains_domain_uq').on(t.domain),
    index('organization_domains_org_idx').on(t.organizationId),
  ],
);

/** A person's current and past roles; the first current one is their headline "title @ org". */
export const personRoles = sqliteTable(
  'person_roles',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull().default(''),
    /** YYYY-MM or YYYY-MM-DD; free precision because people remember roughly. */
    startDate: text('start_date'),
    endDate: text('end_date'),
    isCurrent: integer('is_current', { mode: 'boolean' }).notNull().default(true),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('person_roles_person_idx').on(t.personId),
    index('person_roles_org_idx').on(t.organizationId),
  ],
);
