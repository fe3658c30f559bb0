import { sqliteTable, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { people } from './people';

/**
 * "from is <kind> of to": (Alice, Bob, manager) reads "Alice is Bob's manager", and Bob's page
 * shows Alice as Manager while Alice's shows Bob as Report.
 */
export const relationships = sqliteTable(
  'relationships',
  {
    id: text('id').primaryKey(),
    fromPersonId: text('from_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    toPersonId: text('to_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** Only for kind = custom. */
    label: text('label').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('relationships_uq').on(t.fromPersonId, t.toPersonId, t.kind, t.label),
    index('relationships_to_idx').on(t.toPersonId),
  ],
);
