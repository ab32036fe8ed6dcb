CREATE TABLE `attendance_marks` (
	`id` text PRIMARY KEY NOT NULL,
	`idempotency_key` text NOT NULL,
	`registration_id` text NOT NULL,
	`half_day` text NOT NULL,
	`present` integer NOT NULL,
	`source` text NOT NULL,
	`marked_by_id` text,
	`marked_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`marked_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_marks_idempotency_unique` ON `attendance_marks` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `attendance_marks_registration_idx` ON `attendance_marks` (`registration_id`);--> statement-breakpoint
CREATE TABLE `attestations` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`verification_code` text NOT NULL,
	`registration_id` text,
	`user_id` text,
	`meeting_id` text,
	`participant_name` text NOT NULL,
	`organisation_name` text,
	`meeting_title` text NOT NULL,
	`meeting_nature` text NOT NULL,
	`meeting_dates` text NOT NULL,
	`place` text NOT NULL,
	`half_days` text NOT NULL,
	`attended_minutes` integer NOT NULL,
	`signatory_name` text,
	`signatory_role` text,
	`issued_place` text NOT NULL,
	`issued_at` integer NOT NULL,
	`issued_by_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`issued_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attestations_number_unique` ON `attestations` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `attestations_code_unique` ON `attestations` (`verification_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `attestations_registration_unique` ON `attestations` (`registration_id`);--> statement-breakpoint
CREATE INDEX `attestations_meeting_idx` ON `attestations` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `attestations_issued_idx` ON `attestations` (`issued_at`);--> statement-breakpoint
ALTER TABLE `meetings` ADD `half_days` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `walk_in` integer DEFAULT false NOT NULL;