import { sqliteTable, text, primaryKey, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { people } from './people';
import { organizations } from './organizations';

export const tags = sqliteTable(
  'tags',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    /** One of the palette names in shared/domain/tag.ts. */
    color: text('color').notNull(),
    /** How often to keep in touch with people who have this tag, unless they have their own. */
    cadence: text('cadence'),
  },
  (t) => [uniqueIndex('tags_name_key_uq').on(t.nameKey)],
);

export const personTags = sqliteTable(
  'person_tags',
  {
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    tagId: text('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.personId, t.tagId] }), index('person_tags_tag_idx').on(t.tagId)],
);

export const organizationTags = sqliteTable(
  'organization_tags',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    tagId: text('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.tagId] }),
    index('organization_tags_tag_idx').on(t.tagId),
  ],
);
