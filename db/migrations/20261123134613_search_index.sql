-- One full-text index over everything a user searches: people and organizations now, notes and
-- follow-ups later. The repositories rewrite an entity's row inside the same transaction as the
-- change. `remove_diacritics 2` makes "jose" find "José"; prefix indexes keep as-you-type fast.
CREATE VIRTUAL TABLE `search_index` USING fts5(
	`kind` UNINDEXED,
	`entity_id` UNINDEXED,
	`title`,
	`subtitle`,
	`body`,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '1 2 3'
);
--> statement-breakpoint
-- Maps an entity to its row in the index, so rewriting one entity's entry is an indexed lookup
-- instead of a scan of the whole index.
CREATE TABLE `search_docs` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`entity_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_docs_entity_uq` ON `search_docs` (`kind`, `entity_id`);
