CREATE TABLE `meeting_slug_redirects` (
	`slug` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `registrant_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`author_id` text,
	`statuses` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`recipient_count` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `registrant_messages_meeting_idx` ON `registrant_messages` (`meeting_id`,`created_at`);--> statement-breakpoint
DROP INDEX `registrations_live_unique`;--> statement-breakpoint
ALTER TABLE `registrations` ADD `over_capacity` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `staff_note` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_live_unique` ON `registrations` (`meeting_id`,`user_id`) WHERE status NOT IN ('cancelled', 'refused');--> statement-breakpoint
ALTER TABLE `meetings` ADD `published_at` integer;--> statement-breakpoint
ALTER TABLE `meetings` ADD `cancellation_reason` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `cancellation_deadline` integer;--> statement-breakpoint
/* Meetings already public before this migration: their slug is fixed from now on. */
UPDATE `meetings` SET `published_at` = `created_at` WHERE `status` <> 'draft';
