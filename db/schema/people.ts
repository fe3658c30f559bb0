import { sqliteTable, text, index, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    displayName: text('display_name').notNull(),
    givenName: text('given_name').notNull().default(''),
    familyName: text('family_name').notNull().default(''),
    nickname: text('nickname').notNull().default(''),
    pronouns: text('pronouns').notNull().default(''),
    howWeMet: text('how_we_met').notNull().default(''),
    /** YYYY-MM-DD, or null when unknown. */
    metOn: text('met_on'),
    introducedById: text('introduced_by_id').references((): AnySQLiteColumn => people.id, {
      onDelete: 'set null',
    }),
    /** Markdown. */
    about: text('about').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** Soft delete: archived people keep every link and can be restored. */
    archivedAt: text('archived_at'),
    /** How often to keep in touch (2w, monthly, quarterly, yearly, none); null: from the tags. */
    cadence: text('cadence'),
  },
  (t) => [
    index('people_updated_at_idx').on(t.updatedAt),
    index('people_display_name_idx').on(t.displayName),
  ],
);

export type PersonRow = typeof people.$inferSelect;
export type NewPersonRow = typeof people.$inferInsert;
