DROP INDEX `calendar_occurrences_start_idx`;--> statement-breakpoint
CREATE INDEX `calendar_occurrences_start_idx` ON `calendar_occurrences` (`start_at`,`end_at`);