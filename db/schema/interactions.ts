import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { people } from './people';

export const interactions = sqliteTable(
  'interactions',
  {
    id: text('id').primaryKey(),
    /** meeting | call | video | email | message | in_person | note */
    kind: text('kind').notNull(),
    /** UTC instant, ISO 8601. */
    occurredAt: text('occurred_at').notNull(),
    durationMinutes: integer('duration_minutes'),
    title: text('title').notNull().default(''),
    location: text('location').notNull().default(''),
    /** Markdown. */
    body: text('body').notNull().default(''),
    /** The calendar occurrence this was logged for: source id + UID + recurrence id. */
    eventSource: text('event_source'),
    eventUid: text('event_uid'),
    eventRecurrenceId: text('event_recurrence_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('interactions_occurred_at_idx').on(t.occurredAt),
    index('interactions_event_idx').on(t.eventUid, t.eventRecurrenceId),
  ],
);

export const interactionParticipants = sqliteTable(
  'interaction_participants',
  {
    interactionId: text('interaction_id')
      .notNull()
      .references(() => interactions.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** Copied from the interaction so "last contacted" and timelines are one index lookup. */
    occurredAt: text('occurred_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.interactionId, t.personId] }),
    index('interaction_participants_person_idx').on(t.personId, t.occurredAt),
  ],
);
