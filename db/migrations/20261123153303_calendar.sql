CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `calendar_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`file` text NOT NULL,
	`uid` text NOT NULL,
	`title` text NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`url` text DEFAULT '' NOT NULL,
	`organizer` text,
	`attendees` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `calendar_sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `calendar_events_file_idx` ON `calendar_events` (`source_id`,`file`);--> statement-breakpoint
CREATE TABLE `calendar_files` (
	`source_id` text NOT NULL,
	`file` text NOT NULL,
	`hash` text NOT NULL,
	`event_count` integer DEFAULT 0 NOT NULL,
	`error` text,
	`warnings` text DEFAULT '[]' NOT NULL,
	`read_at` text NOT NULL,
	PRIMARY KEY(`source_id`, `file`),
	FOREIGN KEY (`source_id`) REFERENCES `calendar_sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `calendar_occurrences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`recurrence_id` text DEFAULT '' NOT NULL,
	`all_day` integer NOT NULL,
	`start_at` integer,
	`end_at` integer,
	`start_date` text,
	`end_date` text,
	`floating` integer DEFAULT false NOT NULL,
	`status` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `calendar_events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `calendar_occurrences_start_idx` ON `calendar_occurrences` (`start_at`);--> statement-breakpoint
CREATE INDEX `calendar_occurrences_date_idx` ON `calendar_occurrences` (`start_date`);--> statement-breakpoint
CREATE INDEX `calendar_occurrences_event_idx` ON `calendar_occurrences` (`event_id`);--> statement-breakpoint
CREATE TABLE `calendar_sources` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`path` text NOT NULL,
	`name` text NOT NULL,
	`added_at` text NOT NULL,
	`last_read_at` text,
	`error` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_sources_path_unique` ON `calendar_sources` (`path`);