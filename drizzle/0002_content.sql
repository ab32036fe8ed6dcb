CREATE TABLE `report_contacts` (
	`report_id` text NOT NULL,
	`contact_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`report_id`, `contact_id`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `organisations` ADD `code` text;--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_code_unique` ON `organisations` (`code`);--> statement-breakpoint
ALTER TABLE `users` ADD `organisation_other` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `time_known` integer DEFAULT true NOT NULL;