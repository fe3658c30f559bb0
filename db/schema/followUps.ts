import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { interactions } from './interactions';
import { people } from './people';

export const followUps = sqliteTable(
  'follow_ups',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    /** YYYY-MM-DD in the user's calendar, or null. */
    dueOn: text('due_on'),
    doneAt: text('done_at'),
    interactionId: text('interaction_id').references(() => interactions.id, {
      onDelete: 'set null',
    }),
    position: integer('position').notNull().default(0),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('follow_ups_due_idx').on(t.doneAt, t.dueOn),
    index('follow_ups_interaction_idx').on(t.interactionId),
  ],
);

export const followUpPeople = sqliteTable(
  'follow_up_people',
  {
    followUpId: text('follow_up_id')
      .notNull()
      .references(() => followUps.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.followUpId, t.personId] }),
    index('follow_up_people_person_idx').on(t.personId),
  ],
);

/**
 * What is being typed in quick capture, saved as it is typed so a crash or restart loses
 * nothing. `content` is the capture form as JSON; "done" turns it into an interaction.
 */
export const drafts = sqliteTable('drafts', {
  id: text('id').primaryKey(),
  content: text('content').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
