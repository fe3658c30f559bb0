import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { people } from './people';

export const personEmails = sqliteTable(
  'person_emails',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    address: text('address').notNull(),
    /** Lower-cased address: one owner per address, whatever its case. */
    addressKey: text('address_key').notNull(),
    label: text('label').notNull().default(''),
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    uniqueIndex('person_emails_address_key_uq').on(t.addressKey),
    index('person_emails_person_idx').on(t.personId),
  ],
);

export type PersonEmailRow = typeof personEmails.$inferSelect;
