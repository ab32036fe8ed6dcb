import { inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/open";
import { contacts } from "@/lib/contacts/schema";
import { canDownload } from "@/lib/documents/access";
import { documentHref, textVersionHref } from "@/lib/documents/links";
import { documents, VISIBILITIES } from "@/lib/documents/schema";
import { MEETING_KIND_LABELS } from "@/lib/meetings/labels";
import { meetings, MEETING_STATUSES } from "@/lib/meetings/schema";
import { canSeeMeeting } from "@/lib/meetings/visibility";
import { hasRole } from "@/lib/people/roles";
import type { Role } from "@/lib/people/schema";
import { REPORT_KIND_LABELS } from "@/lib/publications/labels";
import { canReadMembersReports } from "@/lib/publications/queries";
import { reports } from "@/lib/publications/schema";
import { formatFileSize, parisParts } from "@/lib/time";
import { proseExcerpt } from "./excerpt";
import { LIGATURE_CHARACTERS, unfoldMarked } from "./fold";
import { MATCH_END, MATCH_START } from "./highlight";
import { matchExpression } from "./match";

export const SEARCH_KINDS = ["meeting", "report", "document", "contact"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type SearchFilters = { q: string; kind?: SearchKind; theme?: string; year?: number; page?: number; perPage?: number };

export type SearchHit = {
  kind: SearchKind;
  id: string;
  title: string;
  /** The title with its matches between MATCH_START and MATCH_END. */
  markedTitle: string;
  /** The best passage of the rest of the text, matches marked the same way. */
  excerpt: string;
  /** What the item is: "Compte rendu", "Atelier", "Document PDF"… */
  label: string;
  /** Dates and sizes worth showing next to it: "Annulée", "1,94 Mo – 12 pages". */
  details: string[];
  date: Date | null;
  href: string | null;
  textHref: string | null;
};

export type SearchResult = { hits: SearchHit[]; total: number; page: number; pages: number; perPage: number; years: number[] };

/** Title matches count ten times as much as matches in the rest of the text (bm25 weights of the two columns). */
const TITLE_WEIGHT = 10;
const EXCERPT_TOKENS = 24;

/** The directory's contacts are shown to approved members and the IREV team (product: the directory is members only). */
function canSeeContacts(role: Role | null): boolean {
  return hasRole(role, "member");
}

/** The kinds of content this role may search. */
export function searchableKinds(role: Role | null): SearchKind[] {
  return SEARCH_KINDS.filter((kind) => kind !== "contact" || canSeeContacts(role));
}

/** Only what this role may see: the same rules as the pages that show each kind. */
function visibleTo(role: Role | null): SQL {
  const statuses = MEETING_STATUSES.filter((status) => canSeeMeeting(status, role));
  const reportVisibilities = canReadMembersReports(role) ? VISIBILITIES : (["public"] as const);
  const documentVisibilities = VISIBILITIES.filter((visibility) => canDownload(visibility, role));
  return sql`(
    m.status IN (${sql.join(statuses.map((s) => sql`${s}`), sql`, `)})
    OR (r.status = 'published' AND r.visibility IN (${sql.join(reportVisibilities.map((v) => sql`${v}`), sql`, `)}))
    OR d.visibility IN (${sql.join(documentVisibilities.map((v) => sql`${v}`), sql`, `)})
    OR (c.id IS NOT NULL AND ${canSeeContacts(role) ? sql`1` : sql`0`})
  )`;
}

function onTheme(slug: string): SQL {
  return sql`EXISTS (SELECT 1 FROM themes t WHERE t.slug = ${slug} AND (
    EXISTS (SELECT 1 FROM meeting_themes x WHERE x.meeting_id = m.id AND x.theme_id = t.id)
    OR EXISTS (SELECT 1 FROM report_themes x WHERE x.report_id = r.id AND x.theme_id = t.id)
    OR EXISTS (SELECT 1 FROM document_themes x WHERE x.document_id = d.id AND x.theme_id = t.id)
    OR EXISTS (SELECT 1 FROM contact_themes x WHERE x.contact_id = c.id AND x.theme_id = t.id)
  ))`;
}

const SOURCES = sql`search_index
  JOIN search_entries e ON e.id = search_index.rowid
  LEFT JOIN meetings m ON e.kind = 'meeting' AND m.id = e.item_id
  LEFT JOIN reports r ON e.kind = 'report' AND r.id = e.item_id
  LEFT JOIN documents d ON e.kind = 'document' AND d.id = e.item_id
  LEFT JOIN contacts c ON e.kind = 'contact' AND c.id = e.item_id`;

type Match = { entry: number; kind: SearchKind; itemId: string; date: number | null };

/**
 * What this role may see that matches the reader's words, best first (bm25, title above the rest), with the page
 * asked for in full: marked title, passage, link. Any input is accepted; words that leave nothing to search find
 * nothing. `years` are those of every match before the year filter, for the reader to narrow down.
 */
export function searchContent(db: Db, filters: SearchFilters, role: Role | null): SearchResult {
  const perPage = filters.perPage ?? 20;
  const expression = matchExpression(filters.q);
  const kinds = searchableKinds(role).filter((kind) => filters.kind === undefined || kind === filters.kind);
  if (expression === null || kinds.length === 0) return { hits: [], total: 0, page: 1, pages: 0, perPage, years: [] };

  const matches = db.all<Match>(sql`
    SELECT e.id AS entry, e.kind AS kind, e.item_id AS itemId,
      CASE e.kind WHEN 'meeting' THEN m.starts_at WHEN 'report' THEN r.published_at WHEN 'document' THEN d.created_at END AS date
    FROM ${SOURCES}
    WHERE search_index MATCH ${expression}
      AND e.kind IN (${sql.join(kinds.map((kind) => sql`${kind}`), sql`, `)})
      AND ${visibleTo(role)}
      ${filters.theme === undefined ? sql`` : sql`AND ${onTheme(filters.theme)}`}
    ORDER BY bm25(search_index, ${TITLE_WEIGHT}, 1.0), e.id`);

  const yearOf = (match: Match) => (match.date === null ? null : parisParts(new Date(match.date)).year);
  const years = [...new Set(matches.map(yearOf).filter((year) => year !== null))].sort((a, b) => b - a);
  const kept = filters.year === undefined ? matches : matches.filter((match) => yearOf(match) === filters.year);
  const pages = Math.ceil(kept.length / perPage);
  const page = Math.min(Math.max(filters.page ?? 1, 1), Math.max(pages, 1));
  const shown = kept.slice((page - 1) * perPage, page * perPage);
  return { hits: presentHits(db, expression, shown), total: kept.length, page, pages, perPage, years };
}

type Marked = { entry: number; markedTitle: string; excerpt: string };

const MARKS = [MATCH_START, MATCH_END];
const HAS_LIGATURE = `*[${LIGATURE_CHARACTERS}]*`;

type WrittenText = { kind: SearchKind; itemId: string; title: string; body: string | null };

/** The text as written (view `search_sources`) of the shown items that have a ligature, keyed "kind:id". */
function textsWithLigatures(db: Db, idsOf: (kind: SearchKind) => string[]): Map<string, WrittenText> {
  const texts = new Map<string, WrittenText>();
  for (const kind of SEARCH_KINDS) {
    const ids = idsOf(kind);
    if (ids.length === 0) continue;
    /* One kind at a time, so SQLite reads only that kind's part of the view, and only these items. */
    const rows = db.all<WrittenText>(sql`
      SELECT kind, item_id AS itemId, title, body FROM search_sources
      WHERE kind = ${kind} AND item_id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})
        AND (title GLOB ${HAS_LIGATURE} OR body GLOB ${HAS_LIGATURE})`);
    for (const row of rows) texts.set(`${row.kind}:${row.itemId}`, row);
  }
  return texts;
}

function presentHits(db: Db, expression: string, shown: Match[]): SearchHit[] {
  if (shown.length === 0) return [];
  const marked = new Map(
    db
      .all<Marked>(sql`
        SELECT search_index.rowid AS entry,
          highlight(search_index, 0, ${MATCH_START}, ${MATCH_END}) AS markedTitle,
          snippet(search_index, 1, ${MATCH_START}, ${MATCH_END}, '…', ${EXCERPT_TOKENS}) AS excerpt
        FROM search_index
        WHERE search_index MATCH ${expression} AND search_index.rowid IN (${sql.join(shown.map((match) => sql`${match.entry}`), sql`, `)})`)
      .map((row) => [row.entry, row]),
  );
  const idsOf = (kind: SearchKind) => shown.filter((match) => match.kind === kind).map((match) => match.itemId);
  const writtenTexts = textsWithLigatures(db, idsOf);
  const items = new Map<string, Omit<SearchHit, "markedTitle" | "excerpt">>();
  for (const item of describeItems(db, idsOf)) items.set(`${item.kind}:${item.id}`, item);
  return shown.flatMap((match) => {
    const item = items.get(`${match.kind}:${match.itemId}`);
    const found = marked.get(match.entry);
    if (!item || !found) return [];
    /* The index holds the text with its ligatures folded: the text as written is put back around the marks. */
    const written = writtenTexts.get(`${match.kind}:${match.itemId}`);
    const markedTitle = written ? unfoldMarked(found.markedTitle, written.title, MARKS) : found.markedTitle;
    const passage = written?.body ? unfoldMarked(found.excerpt, written.body, MARKS) : found.excerpt;
    const excerpt = match.kind === "meeting" || match.kind === "report" ? proseExcerpt(passage) : passage;
    return [{ ...item, markedTitle, excerpt }];
  });
}

function describeItems(db: Db, idsOf: (kind: SearchKind) => string[]): Omit<SearchHit, "markedTitle" | "excerpt">[] {
  const none = { date: null, href: null, textHref: null, details: [] as string[] };
  const meetingIds = idsOf("meeting");
  const reportIds = idsOf("report");
  const documentIds = idsOf("document");
  const contactIds = idsOf("contact");
  return [
    ...(meetingIds.length === 0 ? [] : db.select().from(meetings).where(inArray(meetings.id, meetingIds)).all()).map((meeting) => ({
      ...none,
      kind: "meeting" as const,
      id: meeting.id,
      title: meeting.title,
      label: MEETING_KIND_LABELS[meeting.kind],
      details: meeting.status === "cancelled" ? ["Annulée"] : meeting.status === "draft" ? ["Brouillon"] : [],
      date: meeting.startsAt,
      href: `/rencontres/${meeting.slug}`,
    })),
    ...(reportIds.length === 0 ? [] : db.select().from(reports).where(inArray(reports.id, reportIds)).all()).map((report) => ({
      ...none,
      kind: "report" as const,
      id: report.id,
      title: report.title,
      label: REPORT_KIND_LABELS[report.kind],
      date: report.publishedAt,
      href: `/ressources/${report.slug}`,
    })),
    ...(documentIds.length === 0
      ? []
      : db
          .select({
            id: documents.id,
            title: documents.title,
            originalFilename: documents.originalFilename,
            mimeType: documents.mimeType,
            sizeBytes: documents.sizeBytes,
            pageCount: documents.pageCount,
            createdAt: documents.createdAt,
            hasText: sql<number>`${documents.extractedText} <> ''`,
          })
          .from(documents)
          .where(inArray(documents.id, documentIds))
          .all()
    ).map((document) => ({
      ...none,
      kind: "document" as const,
      id: document.id,
      title: document.title,
      label: document.mimeType === "application/pdf" ? "Document PDF" : "Document",
      details: [
        document.pageCount === null
          ? formatFileSize(document.sizeBytes)
          : `${formatFileSize(document.sizeBytes)} – ${document.pageCount} ${document.pageCount > 1 ? "pages" : "page"}`,
      ],
      date: document.createdAt,
      href: documentHref(document),
      textHref: document.hasText ? textVersionHref(document) : null,
    })),
    ...(contactIds.length === 0 ? [] : db.select().from(contacts).where(inArray(contacts.id, contactIds)).all()).map((contact) => ({
      ...none,
      kind: "contact" as const,
      id: contact.id,
      title: contact.name,
      label: "Contact",
    })),
  ];
}
