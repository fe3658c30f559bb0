import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';

/** A calendar the user added: one .ics file, or a folder of them (vdir, possibly nested). */
export const calendarSources = sqliteTable('calendar_sources', {
  id: text('id').primaryKey(),
  /** file | folder */
  kind: text('kind').notNull(),
  path: text('path').notNull().unique(),
  name: text('name').notNull(),
  addedAt: text('added_at').notNull(),
  lastReadAt: text('last_read_at'),
  /** A problem with the source as a whole (folder missing, unreadable). */
  error: text('error'),
});

/** Each file of a source as last read: what changed is re-read, the rest skipped. */
export const calendarFiles = sqliteTable(
  'calendar_files',
  {
    sourceId: text('source_id')
      .notNull()
      .references(() => calendarSources.id, { onDelete: 'cascade' }),
    /** Relative to the source's path ('' for a single-file source). */
    file: text('file').notNull(),
    hash: text('hash').notNull(),
    eventCount: integer('event_count').notNull().default(0),
    /** Why the last read failed (the last good copy stays), or null. */
    error: text('error'),
    /** Problems that did not stop the file from loading, as a JSON array of strings. */
    warnings: text('warnings').notNull().default('[]'),
    readAt: text('read_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.file] })],
);

/**
 * What every instance of an event shares (an override has its own row): kept once, not copied
 * onto each of a daily series' hundreds of occurrences.
 */
export const calendarEvents = sqliteTable(
  'calendar_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: text('source_id')
      .notNull()
      .references(() => calendarSources.id, { onDelete: 'cascade' }),
    file: text('file').notNull(),
    uid: text('uid').notNull(),
    title: text('title').notNull(),
    location: text('location').notNull().default(''),
    description: text('description').notNull().default(''),
    url: text('url').notNull().default(''),
    /** JSON: { email, name } | null */
    organizer: text('organizer'),
    /** JSON array of attendees as read from the file. */
    attendees: text('attendees').notNull().default('[]'),
  },
  (t) => [index('calendar_events_file_idx').on(t.sourceId, t.file)],
);

/**
 * The expanded occurrences of every event over a rolling window, so a day's agenda is an index
 * lookup instead of a walk of every series from its first instance.
 */
export const calendarOccurrences = sqliteTable(
  'calendar_occurrences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The event (and through it the source, file and UID) this is an instance of. */
    eventId: integer('event_id')
      .notNull()
      .references(() => calendarEvents.id, { onDelete: 'cascade' }),
    recurrenceId: text('recurrence_id').notNull().default(''),
    allDay: integer('all_day', { mode: 'boolean' }).notNull(),
    /** Timed events: UTC instants in milliseconds. */
    startAt: integer('start_at'),
    endAt: integer('end_at'),
    /** All-day events: YYYY-MM-DD, end exclusive. */
    startDate: text('start_date'),
    endDate: text('end_date'),
    floating: integer('floating', { mode: 'boolean' }).notNull().default(false),
    status: text('status').notNull(),
  },
  (t) => [
    index('calendar_occurrences_start_idx').on(t.startAt, t.endAt),
    index('calendar_occurrences_date_idx').on(t.startDate),
    index('calendar_occurrences_event_idx').on(t.eventId),
  ],
);
