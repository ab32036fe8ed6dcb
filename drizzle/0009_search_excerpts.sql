-- What search reads is split in two views: `search_sources`, each item's text as written, and `search_texts`, the
-- same with its ligatures folded for the index. Results put the written text back around the matches from the first
-- (lib/search/fold.ts), so an excerpt reads "mise en œuvre", not "mise en oeuvre". A document's file name now comes
-- after its text, so a passage of the text opens the excerpt. The index is rebuilt from the new views.
DROP VIEW `search_texts`;
--> statement-breakpoint
CREATE VIEW `search_sources` AS
SELECT 'meeting' AS kind, m.id AS item_id, m.title AS title,
	concat_ws(' · ', nullif(m.summary, ''), nullif(m.description, ''), m.venue_name, m.venue_city,
		(SELECT group_concat(concat_ws(' · ', a.title, nullif(a.description, '')), ' · ') FROM agenda_items a WHERE a.meeting_id = m.id),
		(SELECT group_concat(concat_ws(', ', s.name, s.function, s.organisation_name), ' · ')
			FROM speakers s JOIN agenda_items a ON a.id = s.agenda_item_id WHERE a.meeting_id = m.id)) AS body
FROM meetings m
UNION ALL
SELECT 'report', r.id, r.title, concat_ws(' · ', nullif(r.summary, ''), r.body) FROM reports r
UNION ALL
SELECT 'document', d.id, d.title, concat_ws(' · ', nullif(d.description, ''), d.extracted_text, d.original_filename) FROM documents d
UNION ALL
SELECT 'contact', c.id, c.name, concat_ws(' · ', c.function, c.organisation_name,
	(SELECT o.name FROM organisations o WHERE o.id = c.organisation_id), c.territory) FROM contacts c;
--> statement-breakpoint
CREATE VIEW `search_texts` AS
SELECT kind, item_id, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st') AS title, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), 'ﬀ', 'ff'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬃ', 'ffi'), 'ﬄ', 'ffl'), 'ﬅ', 'st'), 'ﬆ', 'st') AS body FROM search_sources;
--> statement-breakpoint
DELETE FROM search_index;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body)
	SELECT e.id, t.title, t.body FROM search_texts t JOIN search_entries e ON e.kind = t.kind AND e.item_id = t.item_id;
