CREATE TABLE `interaction_participants` (
	`interaction_id` text NOT NULL,
	`person_id` text NOT NULL,
	`occurred_at` text NOT NULL,
	PRIMARY KEY(`interaction_id`, `person_id`),
	FOREIGN KEY (`interaction_id`) REFERENCES `interactions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `interaction_participants_person_idx` ON `interaction_participants` (`person_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `interactions` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`occurred_at` text NOT NULL,
	`duration_minutes` integer,
	`title` text DEFAULT '' NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`event_source` text,
	`event_uid` text,
	`event_recurrence_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `interactions_occurred_at_idx` ON `interactions` (`occurred_at`);--> statement-breakpoint
CREATE INDEX `interactions_event_idx` ON `interactions` (`event_uid`,`event_recurrence_id`);--> statement-breakpoint
CREATE TABLE `drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`content` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `follow_up_people` (
	`follow_up_id` text NOT NULL,
	`person_id` text NOT NULL,
	PRIMARY KEY(`follow_up_id`, `person_id`),
	FOREIGN KEY (`follow_up_id`) REFERENCES `follow_ups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `follow_up_people_person_idx` ON `follow_up_people` (`person_id`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`due_on` text,
	`done_at` text,
	`interaction_id` text,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`interaction_id`) REFERENCES `interactions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `follow_ups_due_idx` ON `follow_ups` (`done_at`,`due_on`);--> statement-breakpoint
CREATE INDEX `follow_ups_interaction_idx` ON `follow_ups` (`interaction_id`);--> statement-breakpoint
CREATE TABLE `trash` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`deleted_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `trash_deleted_at_idx` ON `trash` (`deleted_at`);