ALTER TABLE `people` ADD `cadence` text;--> statement-breakpoint
ALTER TABLE `tags` ADD `cadence` text;