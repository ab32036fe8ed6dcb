CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_by` text,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `job_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`job` text NOT NULL,
	`trigger` text NOT NULL,
	`owner` text NOT NULL,
	`outcome` text DEFAULT 'running' NOT NULL,
	`summary` text,
	`error` text,
	`started_at` integer NOT NULL,
	`finished_at` integer
);
--> statement-breakpoint
CREATE INDEX `job_runs_job_started_idx` ON `job_runs` (`job`,`started_at`);--> statement-breakpoint
CREATE INDEX `job_runs_started_idx` ON `job_runs` (`started_at`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`name` text PRIMARY KEY NOT NULL,
	`next_run_at` integer NOT NULL,
	`lease_owner` text,
	`lease_until` integer
);
--> statement-breakpoint
ALTER TABLE `users` ADD `given_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `family_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `sort_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `users_sort_name_idx` ON `users` (`sort_name`);--> statement-breakpoint
ALTER TABLE `meetings` ADD `sequence` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `code` text;--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_code_unique` ON `registrations` (`code`);--> statement-breakpoint
ALTER TABLE `outbox_emails` ADD `kind` text DEFAULT 'staff_message' NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox_emails` ADD `html` text;--> statement-breakpoint
ALTER TABLE `outbox_emails` ADD `message_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox_emails` ADD `calendar_method` text;--> statement-breakpoint
ALTER TABLE `outbox_emails` ADD `calendar` text;--> statement-breakpoint
ALTER TABLE `outbox_emails` ADD `dedupe_key` text;--> statement-breakpoint
ALTER TABLE `outbox_emails` ADD `lease_owner` text;--> statement-breakpoint
ALTER TABLE `outbox_emails` ADD `lease_until` integer;--> statement-breakpoint
-- E-mails written before this migration: their kind from their former topic (and subject or text where one topic covered several), a Message-ID from their id.
UPDATE `outbox_emails` SET `kind` = CASE
	WHEN `topic` = 'connexion' THEN 'sign_in_link'
	WHEN `topic` = 'vérification' THEN 'account_verification'
	WHEN `topic` = 'mot de passe' THEN 'password_reset'
	WHEN `topic` = 'liste d''attente' THEN 'waitlist_promoted'
	WHEN `topic` = 'annulation' THEN 'registration_cancelled'
	WHEN `topic` = 'validation' AND `subject` LIKE '%est validé%' THEN 'account_approved'
	WHEN `topic` = 'validation' THEN 'account_refused'
	WHEN `topic` = 'inscription' AND `subject` LIKE 'Tentative%' THEN 'account_exists'
	WHEN `topic` = 'inscription' AND `text` LIKE '%liste d''attente%' THEN 'registration_waitlisted'
	WHEN `topic` = 'inscription' AND `text` LIKE '%demande d''inscription%' THEN 'registration_pending'
	WHEN `topic` = 'inscription' THEN 'registration_confirmed'
	ELSE 'staff_message'
END, `message_id` = '<' || `id` || '@irev-reseau>';--> statement-breakpoint
-- Today's single name splits at its first space: given name before, family name after. People correct it in Mon espace;
-- the sort key (without accents) is written by the application on start (lib/people/names).
UPDATE `users` SET
	`given_name` = CASE WHEN instr(trim(`name`), ' ') > 0 THEN substr(trim(`name`), 1, instr(trim(`name`), ' ') - 1) ELSE trim(`name`) END,
	`family_name` = CASE WHEN instr(trim(`name`), ' ') > 0 THEN trim(substr(trim(`name`), instr(trim(`name`), ' ') + 1)) ELSE '' END;--> statement-breakpoint
CREATE INDEX `outbox_to_idx` ON `outbox_emails` (`to`);--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_message_id_unique` ON `outbox_emails` (`message_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_dedupe_key_unique` ON `outbox_emails` (`dedupe_key`);