-- Notes (interactions, follow-ups, drafts) get a full-text index of their own. They outnumber
-- people a hundred to one, and a short prefix such as "ada" matches thousands of notes: kept in
-- the people index, they would slow every as-you-type search of people. Rows of both indexes
-- share the numbering of `search_docs`.
CREATE VIRTUAL TABLE `notes_index` USING fts5(
	`kind` UNINDEXED,
	`entity_id` UNINDEXED,
	`title`,
	`subtitle`,
	`body`,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '1 2 3'
);
