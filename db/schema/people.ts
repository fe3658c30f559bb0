import { sqliteTable, text, index } from 'drizzle-orm/sqlite-core';

export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    displayName: text('display_name').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** Soft delete: archived people keep every link and can be restored. */
    archivedAt: text('archived_at'),
  },
  (t) => [index('people_updated_at_idx').on(t.updatedAt)],
);

export type PersonRow = typeof people.$inferSelect;
export type NewPersonRow = typeof people.$inferInsert;
