import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Small app-wide settings (the user's identity and time zone, …), one JSON value per key. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});
