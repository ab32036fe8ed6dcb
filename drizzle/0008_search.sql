-- Full-text search (lib/search): one FTS5 row per meeting, report, document and contact, kept in step by triggers
-- in the same transaction as every write. Ligatures (œ, æ, ﬁ…) are folded here as lib/search/fold.ts folds queries,
-- since unicode61 folds case and accents only.
CREATE TABLE `search_entries` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`item_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_entries_item_unique` ON `search_entries` (`kind`, `item_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(title, body, tokenize = "unicode61 remove_diacritics 2");
--> statement-breakpoint
-- What each item is found by: its title, and the rest of its text.
CREATE VIEW `search_texts` AS
SELECT kind, item_id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st') AS title, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st') AS body FROM (
	SELECT 'meeting' AS kind, m.id AS item_id, m.title AS title,
		concat_ws(' · ', nullif(m.summary, ''), nullif(m.description, ''), m.venue_name, m.venue_city,
			(SELECT group_concat(concat_ws(' · ', a.title, nullif(a.description, '')), ' · ') FROM agenda_items a WHERE a.meeting_id = m.id),
			(SELECT group_concat(concat_ws(', ', s.name, s.function, s.organisation_name), ' · ')
				FROM speakers s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE a.meeting_id = m.id)) AS body
	FROM meetings m
	UNION ALL
	SELECT 'report', r.id, r.title, concat_ws(' · ', nullif(r.summary, ''), r.body) FROM reports r
	UNION ALL
	SELECT 'document', d.id, d.title, concat_ws(' · ', nullif(d.description, ''), d.original_filename, d.extracted_text) FROM documents d
	UNION ALL
	SELECT 'contact', c.id, c.name, concat_ws(' · ', c.function, c.organisation_name,
		(SELECT o.name FROM organisations o WHERE o.id = c.organisation_id), c.territory) FROM contacts c
);
--> statement-breakpoint
CREATE TRIGGER `search_meetings_insert` AFTER INSERT ON `meetings` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'meeting' AND item_id IN (NEW.id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'meeting', id FROM meetings WHERE id IN (NEW.id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'meeting' AND t.item_id IN (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_meetings_update` AFTER UPDATE OF title, summary, description, venue_name, venue_city ON `meetings` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'meeting' AND item_id IN (NEW.id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'meeting', id FROM meetings WHERE id IN (NEW.id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'meeting' AND t.item_id IN (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_meetings_delete` AFTER DELETE ON `meetings` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'meeting' AND item_id = OLD.id);
	DELETE FROM search_entries WHERE kind = 'meeting' AND item_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_reports_insert` AFTER INSERT ON `reports` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'report' AND item_id IN (NEW.id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'report', id FROM reports WHERE id IN (NEW.id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'report' AND t.item_id IN (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_reports_update` AFTER UPDATE OF title, summary, body ON `reports` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'report' AND item_id IN (NEW.id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'report', id FROM reports WHERE id IN (NEW.id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'report' AND t.item_id IN (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_reports_delete` AFTER DELETE ON `reports` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'report' AND item_id = OLD.id);
	DELETE FROM search_entries WHERE kind = 'report' AND item_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_insert` AFTER INSERT ON `documents` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'document' AND item_id IN (NEW.id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'document', id FROM documents WHERE id IN (NEW.id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'document' AND t.item_id IN (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_update` AFTER UPDATE OF title, description, original_filename, extracted_text ON `documents` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'document' AND item_id IN (NEW.id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'document', id FROM documents WHERE id IN (NEW.id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'document' AND t.item_id IN (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_delete` AFTER DELETE ON `documents` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'document' AND item_id = OLD.id);
	DELETE FROM search_entries WHERE kind = 'document' AND item_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_insert` AFTER INSERT ON `contacts` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'contact' AND item_id IN (NEW.id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'contact', id FROM contacts WHERE id IN (NEW.id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'contact' AND t.item_id IN (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_update` AFTER UPDATE OF name, function, organisation_id, organisation_name, territory ON `contacts` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'contact' AND item_id IN (NEW.id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'contact', id FROM contacts WHERE id IN (NEW.id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'contact' AND t.item_id IN (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_delete` AFTER DELETE ON `contacts` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'contact' AND item_id = OLD.id);
	DELETE FROM search_entries WHERE kind = 'contact' AND item_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_agenda_items_insert` AFTER INSERT ON `agenda_items` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'meeting' AND item_id IN (NEW.meeting_id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'meeting', id FROM meetings WHERE id IN (NEW.meeting_id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'meeting' AND t.item_id IN (NEW.meeting_id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_agenda_items_update` AFTER UPDATE ON `agenda_items` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'meeting' AND item_id IN (NEW.meeting_id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'meeting', id FROM meetings WHERE id IN (NEW.meeting_id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'meeting' AND t.item_id IN (NEW.meeting_id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_agenda_items_delete` AFTER DELETE ON `agenda_items` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'meeting' AND item_id IN (OLD.meeting_id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'meeting', id FROM meetings WHERE id IN (OLD.meeting_id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'meeting' AND t.item_id IN (OLD.meeting_id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_speakers_insert` AFTER INSERT ON `speakers` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'meeting' AND item_id IN (SELECT meeting_id FROM agenda_items WHERE id = NEW.agenda_item_id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'meeting', id FROM meetings WHERE id IN (SELECT meeting_id FROM agenda_items WHERE id = NEW.agenda_item_id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'meeting' AND t.item_id IN (SELECT meeting_id FROM agenda_items WHERE id = NEW.agenda_item_id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_speakers_update` AFTER UPDATE ON `speakers` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'meeting' AND item_id IN (SELECT meeting_id FROM agenda_items WHERE id = NEW.agenda_item_id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'meeting', id FROM meetings WHERE id IN (SELECT meeting_id FROM agenda_items WHERE id = NEW.agenda_item_id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'meeting' AND t.item_id IN (SELECT meeting_id FROM agenda_items WHERE id = NEW.agenda_item_id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_speakers_delete` AFTER DELETE ON `speakers` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'meeting' AND item_id IN (SELECT meeting_id FROM agenda_items WHERE id = OLD.agenda_item_id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'meeting', id FROM meetings WHERE id IN (SELECT meeting_id FROM agenda_items WHERE id = OLD.agenda_item_id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'meeting' AND t.item_id IN (SELECT meeting_id FROM agenda_items WHERE id = OLD.agenda_item_id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_organisations_update` AFTER UPDATE OF name ON `organisations` BEGIN
	DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_entries WHERE kind = 'contact' AND item_id IN (SELECT id FROM contacts WHERE organisation_id = NEW.id));
	INSERT OR IGNORE INTO search_entries (kind, item_id) SELECT 'contact', id FROM contacts WHERE id IN (SELECT id FROM contacts WHERE organisation_id = NEW.id);
	INSERT INTO search_index (rowid, title, body)
		SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id
		WHERE t.kind = 'contact' AND t.item_id IN (SELECT id FROM contacts WHERE organisation_id = NEW.id);
END;
--> statement-breakpoint
-- The content already there.
INSERT INTO search_entries (kind, item_id) SELECT kind, item_id FROM search_texts;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body)
	SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id;
