CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`display_name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE INDEX `people_updated_at_idx` ON `people` (`updated_at`);--> statement-breakpoint
CREATE TABLE `person_emails` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`address` text NOT NULL,
	`address_key` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`is_primary` integer DEFAULT false NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_emails_address_key_uq` ON `person_emails` (`address_key`);--> statement-breakpoint
CREATE INDEX `person_emails_person_idx` ON `person_emails` (`person_id`);