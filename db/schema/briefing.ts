import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { calendarSources } from './calendar';

/**
 * The user's talking points for one meeting occurrence, written before it. Keyed like an
 * interaction's event link (source, UID, recurrence id), so a calendar re-read keeps them; a
 * removed calendar takes them with it.
 */
export const meetingPrepNotes = sqliteTable(
  'meeting_prep_notes',
  {
    sourceId: text('source_id')
      .notNull()
      .references(() => calendarSources.id, { onDelete: 'cascade' }),
    uid: text('uid').notNull(),
    recurrenceId: text('recurrence_id').notNull().default(''),
    body: text('body').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.uid, t.recurrenceId] })],
);
