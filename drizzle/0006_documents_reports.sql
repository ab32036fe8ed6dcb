DROP INDEX `documents_storage_name_unique`;--> statement-breakpoint
ALTER TABLE `documents` ADD `description` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `has_javascript` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `has_embedded_files` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `file_changed_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `updated_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- SQLite adds no column with an expression default: the application stamps new rows, existing ones take their creation instant.
UPDATE `documents` SET `file_changed_at` = `created_at`, `updated_at` = `created_at`;--> statement-breakpoint
ALTER TABLE `report_revisions` ADD `kind` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `report_revisions` ADD `slug` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `report_revisions` ADD `meeting_id` text;--> statement-breakpoint
ALTER TABLE `report_revisions` ADD `visibility` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `report_revisions` ADD `source_name` text;--> statement-breakpoint
ALTER TABLE `report_revisions` ADD `source_url` text;--> statement-breakpoint
ALTER TABLE `report_revisions` ADD `theme_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `report_revisions` ADD `attachments` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
-- Earlier revisions kept title, summary and body: the other fields are those of the report today.
UPDATE `report_revisions` SET
  `kind` = (SELECT `kind` FROM `reports` WHERE `reports`.`id` = `report_revisions`.`report_id`),
  `slug` = (SELECT `slug` FROM `reports` WHERE `reports`.`id` = `report_revisions`.`report_id`),
  `meeting_id` = (SELECT `meeting_id` FROM `reports` WHERE `reports`.`id` = `report_revisions`.`report_id`),
  `visibility` = (SELECT `visibility` FROM `reports` WHERE `reports`.`id` = `report_revisions`.`report_id`),
  `source_name` = (SELECT `source_name` FROM `reports` WHERE `reports`.`id` = `report_revisions`.`report_id`),
  `source_url` = (SELECT `source_url` FROM `reports` WHERE `reports`.`id` = `report_revisions`.`report_id`),
  `theme_ids` = COALESCE((SELECT json_group_array(`theme_id`) FROM (SELECT `theme_id` FROM `report_themes` WHERE `report_themes`.`report_id` = `report_revisions`.`report_id` ORDER BY `theme_id`)), '[]'),
  `attachments` = COALESCE((SELECT json_group_array(json_object('documentId', `document_id`, 'label', `label`)) FROM (SELECT `document_id`, `label` FROM `attachments` WHERE `attachments`.`report_id` = `report_revisions`.`report_id` ORDER BY `position`)), '[]');--> statement-breakpoint
ALTER TABLE `reports` ADD `publish_at` integer;--> statement-breakpoint
ALTER TABLE `reports` ADD `pending_revision_id` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `pending_status` text;--> statement-breakpoint
CREATE INDEX `reports_publish_at_idx` ON `reports` (`publish_at`);