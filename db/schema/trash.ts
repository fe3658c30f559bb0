import { sqliteTable, text, index } from 'drizzle-orm/sqlite-core';

/**
 * What a delete removed, kept whole (as JSON) so "undo" can put it back exactly, ids included.
 * Deleting for real keeps every other query simple: nothing else has to skip deleted rows.
 */
export const trash = sqliteTable(
  'trash',
  {
    id: text('id').primaryKey(),
    /** What was deleted, e.g. `interaction`. */
    kind: text('kind').notNull(),
    payload: text('payload').notNull(),
    deletedAt: text('deleted_at').notNull(),
  },
  (t) => [index('trash_deleted_at_idx').on(t.deletedAt)],
);
