import { asc, eq, inArray, sql } from "drizzle-orm";
import { diffWords } from "diff";
import type { Db, DbOrTx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { documents } from "@/lib/documents/schema";
import { DomainError } from "@/lib/errors";
import { meetings } from "@/lib/meetings/schema";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { users } from "@/lib/people/schema";
import { themes } from "@/lib/themes/schema";
import { plural } from "@/lib/format";
import { formatShortDate } from "@/lib/time";
import { REPORT_KIND_LABELS } from "./labels";
import { readRevision, reportFields, type ReportFields } from "./revisions";
import { reportRevisions, reports } from "./schema";
import { saveWorkingVersion, workingVersion } from "./versions";

/*
 * The revisions of a report for staff: the list, the comparison of any two, and the restoration of one. Every save
 * keeps a revision (lib/publications/versions.ts); nothing here writes a report except through that rule.
 */

/** "published": the text readers see now; "pending": the next version of a published report, waiting to be published. */
export type RevisionState = "published" | "pending" | null;

export type RevisionEntry = {
  id: string;
  /** 1 for the first revision of the report, in the order they were saved. */
  number: number;
  createdAt: Date;
  /** Null when nobody is recorded (imported content, the command line) or the account was deleted. */
  authorName: string | null;
  state: RevisionState;
  /** What the editor shows now (lib/publications/versions workingVersion): restoring it would change nothing. */
  working: boolean;
};

type Report = typeof reports.$inferSelect;

function findReport(db: DbOrTx, reportId: string): Report | undefined {
  return db.select().from(reports).where(eq(reports.id, reportId)).get();
}

/** The report's revisions, oldest first, numbered. Saves of the same millisecond keep their insertion order. */
function numberedRevisions(db: DbOrTx, reportId: string): Omit<RevisionEntry, "state" | "working">[] {
  return db
    .select({ id: reportRevisions.id, createdAt: reportRevisions.createdAt, authorName: users.name })
    .from(reportRevisions)
    .leftJoin(users, eq(users.id, reportRevisions.authorId))
    .where(eq(reportRevisions.reportId, reportId))
    .orderBy(asc(reportRevisions.createdAt), asc(sql`${reportRevisions}.rowid`))
    .all()
    .map((row, index) => ({ ...row, number: index + 1 }));
}

/** The same content, whatever the order of the themes (a set) and however the values were put together. */
function sameFields(a: ReportFields, b: ReportFields): boolean {
  const canonical = (fields: ReportFields) =>
    JSON.stringify([
      fields.kind,
      fields.title,
      fields.slug,
      fields.summary,
      fields.body,
      fields.meetingId,
      fields.visibility,
      fields.sourceName,
      fields.sourceUrl,
      [...fields.themeIds].sort(),
      fields.attachments.map(({ documentId, label }) => [documentId, label]),
    ]);
  return canonical(a) === canonical(b);
}

/**
 * Which revision holds the text readers see: of a published report, the newest revision with that content saved by
 * its last publication (the pending version it applied, or the last save of a first publication); failing one
 * (content imported after its publication), the newest with that content. The pending version is never it.
 */
function publishedRevisionId(db: DbOrTx, report: Report, newestFirst: Omit<RevisionEntry, "state" | "working">[]): string | null {
  if (report.status !== "published") return null;
  const published = reportFields(db, report.id)!;
  const lastPublication = Math.max(report.publishedAt?.getTime() ?? 0, report.modifiedAt?.getTime() ?? 0);
  const candidates = newestFirst.filter((revision) => revision.id !== report.pendingRevisionId);
  const holdsIt = (revision: { id: string }) => sameFields(readRevision(db, report.id, revision.id)!, published);
  const saved = candidates.find((revision) => revision.createdAt.getTime() <= lastPublication && holdsIt(revision)) ?? candidates.find(holdsIt);
  return saved?.id ?? null;
}

export type RevisionHistory = {
  /** `title`: of the working version; `hasBeenPublished`: its edits then wait as a pending version. */
  report: { id: string; title: string; status: Report["status"]; pendingStatus: Report["pendingStatus"]; hasBeenPublished: boolean };
  /** Newest first. */
  revisions: RevisionEntry[];
};

/** A report's revisions for staff, newest first, with their author and which is published or pending; null for an unknown report. */
export function listRevisions(db: Db, actor: Actor, reportId: string): RevisionHistory | null {
  assertActorRole(db, actor, "staff");
  const report = findReport(db, reportId);
  if (!report) return null;
  const newestFirst = numberedRevisions(db, reportId).reverse();
  const published = publishedRevisionId(db, report, newestFirst);
  const working = workingVersion(db, reportId)!;
  const workingId = newestFirst.find((revision) => sameFields(readRevision(db, reportId, revision.id)!, working))?.id;
  return {
    report: { id: report.id, title: working.title, status: report.status, pendingStatus: report.pendingStatus, hasBeenPublished: report.publishedAt !== null },
    revisions: newestFirst.map((revision) => ({
      ...revision,
      state: revision.id === report.pendingRevisionId ? "pending" : revision.id === published ? "published" : null,
      working: revision.id === workingId,
    })),
  };
}

/** A piece of a compared text: kept, removed, added, or a run of unchanged lines left out of a long text. */
export type TextPart = { type: "same" | "removed" | "added"; text: string } | { type: "skipped"; lines: number };

export type FieldChange =
  | { field: "title" | "summary" | "body"; label: string; type: "text"; parts: TextPart[] }
  | { field: "kind" | "slug" | "visibility" | "meeting" | "source"; label: string; type: "value"; before: string; after: string }
  | { field: "themes"; label: string; type: "themes"; added: string[]; removed: string[] }
  | {
      field: "attachments";
      label: string;
      type: "attachments";
      added: string[];
      removed: string[];
      relabelled: { title: string; before: string; after: string }[];
      /** The documents both versions attach, in each version's order, when that order changed. */
      reordered: { before: string[]; after: string[] } | null;
    };

export type RevisionComparison = {
  report: RevisionHistory["report"];
  from: RevisionEntry;
  to: RevisionEntry;
  changes: FieldChange[];
  /** The labels of the fields both versions share, in the order of the form. */
  unchanged: string[];
};

export const FIELD_LABELS = {
  title: "Titre",
  kind: "Type",
  slug: "Adresse",
  summary: "Résumé",
  body: "Texte",
  meeting: "Rencontre liée",
  visibility: "Visibilité",
  source: "Source",
  themes: "Thématiques",
  attachments: "Fichiers joints",
} as const;

const VISIBILITY_LABELS: Record<ReportFields["visibility"], string> = { public: "Public", members: "Réservé aux membres" };

/** Lines of unchanged body text kept around each change; longer unchanged runs are summarised by their line count. */
const CONTEXT_LINES = 2;

/** Leaves out the middle of long unchanged runs of a multi-line text, keeping the lines next to each change. */
function withContext(parts: TextPart[]): TextPart[] {
  return parts.flatMap((part, index): TextPart[] => {
    if (part.type !== "same") return [part];
    const lines = part.text.split("\n");
    const head = index === 0 ? 0 : CONTEXT_LINES + 1;
    const tail = index === parts.length - 1 ? 0 : CONTEXT_LINES + 1;
    const skipped = lines.length - head - tail;
    if (skipped < 2) return [part];
    return [
      ...(head > 0 ? [{ type: "same" as const, text: `${lines.slice(0, head).join("\n")}\n` }] : []),
      { type: "skipped" as const, lines: skipped },
      ...(tail > 0 ? [{ type: "same" as const, text: lines.slice(-tail).join("\n") }] : []),
    ];
  });
}

/** A word-level diff of two texts, made by the `diff` library. */
export function textDiff(before: string, after: string, { multiline = false } = {}): TextPart[] {
  const parts = diffWords(before, after).map(
    (change): TextPart => ({ type: change.added ? "added" : change.removed ? "removed" : "same", text: change.value }),
  );
  return multiline ? withContext(parts) : parts;
}

type Names = { themes: Map<string, string>; documents: Map<string, string>; meetings: Map<string, string> };

/** The names shown for the themes, documents and meetings two versions refer to; one deleted since is named as such. */
function namesOf(db: DbOrTx, versions: ReportFields[]): Names {
  const themeIds = [...new Set(versions.flatMap((v) => v.themeIds))];
  const documentIds = [...new Set(versions.flatMap((v) => v.attachments.map((a) => a.documentId)))];
  const meetingIds = [...new Set(versions.flatMap((v) => (v.meetingId ? [v.meetingId] : [])))];
  return {
    themes: new Map(
      themeIds.length ? db.select({ id: themes.id, name: themes.name }).from(themes).where(inArray(themes.id, themeIds)).all().map((t) => [t.id, t.name]) : [],
    ),
    documents: new Map(
      documentIds.length
        ? db.select({ id: documents.id, title: documents.title }).from(documents).where(inArray(documents.id, documentIds)).all().map((d) => [d.id, d.title])
        : [],
    ),
    meetings: new Map(
      meetingIds.length
        ? db
            .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
            .from(meetings)
            .where(inArray(meetings.id, meetingIds))
            .all()
            .map((m) => [m.id, `${m.title} (${formatShortDate(m.startsAt)})`])
        : [],
    ),
  };
}

function sourceText(fields: ReportFields): string {
  const parts = [fields.sourceName, fields.sourceUrl].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(" — ") : "aucune";
}

function valueChanges(from: ReportFields, to: ReportFields, names: Names): Record<"kind" | "slug" | "visibility" | "meeting" | "source", [string, string]> {
  const meeting = (fields: ReportFields) => (fields.meetingId ? (names.meetings.get(fields.meetingId) ?? "rencontre supprimée") : "aucune");
  return {
    kind: [REPORT_KIND_LABELS[from.kind], REPORT_KIND_LABELS[to.kind]],
    slug: [from.slug, to.slug],
    meeting: [meeting(from), meeting(to)],
    visibility: [VISIBILITY_LABELS[from.visibility], VISIBILITY_LABELS[to.visibility]],
    source: [sourceText(from), sourceText(to)],
  };
}

function attachmentChange(from: ReportFields, to: ReportFields, names: Names): Omit<Extract<FieldChange, { type: "attachments" }>, "field" | "label" | "type"> {
  const title = (documentId: string) => names.documents.get(documentId) ?? "document supprimé";
  const labels = (fields: ReportFields) => new Map(fields.attachments.map((a) => [a.documentId, a.label ?? ""]));
  const before = labels(from);
  const after = labels(to);
  const kept = (fields: ReportFields, other: Map<string, string>) => fields.attachments.map((a) => a.documentId).filter((id) => other.has(id));
  const orderBefore = kept(from, after);
  const orderAfter = kept(to, before);
  return {
    added: to.attachments.filter((a) => !before.has(a.documentId)).map((a) => title(a.documentId)),
    removed: from.attachments.filter((a) => !after.has(a.documentId)).map((a) => title(a.documentId)),
    relabelled: orderAfter
      .filter((id) => before.get(id) !== after.get(id))
      .map((id) => ({ title: title(id), before: before.get(id) || "sans libellé", after: after.get(id) || "sans libellé" })),
    reordered: orderBefore.join() === orderAfter.join() ? null : { before: orderBefore.map(title), after: orderAfter.map(title) },
  };
}

/** What changed from one version of a report to another, field by field, in the order of the form. */
export function compareFields(db: DbOrTx, from: ReportFields, to: ReportFields): { changes: FieldChange[]; unchanged: string[] } {
  const names = namesOf(db, [from, to]);
  const values = valueChanges(from, to, names);
  const themeName = (id: string) => names.themes.get(id) ?? "thématique supprimée";
  const byName = (a: string, b: string) => a.localeCompare(b, "fr");
  const attachments = attachmentChange(from, to, names);
  const candidates: (FieldChange | { field: keyof typeof FIELD_LABELS; unchanged: true })[] = [];
  const text = (field: "title" | "summary" | "body") =>
    from[field] === to[field]
      ? candidates.push({ field, unchanged: true })
      : candidates.push({ field, label: FIELD_LABELS[field], type: "text", parts: textDiff(from[field], to[field], { multiline: field === "body" }) });
  const value = (field: keyof typeof values) =>
    values[field][0] === values[field][1] && (field !== "meeting" || from.meetingId === to.meetingId)
      ? candidates.push({ field, unchanged: true })
      : candidates.push({ field, label: FIELD_LABELS[field], type: "value", before: values[field][0], after: values[field][1] });
  text("title");
  value("kind");
  value("slug");
  text("summary");
  text("body");
  value("meeting");
  value("visibility");
  value("source");
  const addedThemes = to.themeIds.filter((id) => !from.themeIds.includes(id)).map(themeName).sort(byName);
  const removedThemes = from.themeIds.filter((id) => !to.themeIds.includes(id)).map(themeName).sort(byName);
  candidates.push(
    addedThemes.length || removedThemes.length
      ? { field: "themes", label: FIELD_LABELS.themes, type: "themes", added: addedThemes, removed: removedThemes }
      : { field: "themes", unchanged: true },
  );
  const attachmentsChanged = attachments.added.length || attachments.removed.length || attachments.relabelled.length || attachments.reordered;
  candidates.push(attachmentsChanged ? { field: "attachments", label: FIELD_LABELS.attachments, type: "attachments", ...attachments } : { field: "attachments", unchanged: true });
  return {
    changes: candidates.filter((c): c is FieldChange => !("unchanged" in c)),
    unchanged: candidates.filter((c) => "unchanged" in c).map((c) => FIELD_LABELS[c.field]),
  };
}

/**
 * Compares two revisions of a report for staff (`fromId` the earlier state, `toId` the later one, as chosen); null
 * when the report is unknown or either revision belongs to another report.
 */
export function compareRevisions(db: Db, actor: Actor, reportId: string, fromId: string, toId: string): RevisionComparison | null {
  const history = listRevisions(db, actor, reportId);
  const from = history?.revisions.find((revision) => revision.id === fromId);
  const to = history?.revisions.find((revision) => revision.id === toId);
  if (!history || !from || !to) return null;
  return { report: history.report, from, to, ...compareFields(db, readRevision(db, reportId, fromId)!, readRevision(db, reportId, toId)!) };
}

export type RestoreOutcome = {
  /** The restored revision's number and instant, to say which one it was. */
  restored: Pick<RevisionEntry, "number" | "createdAt">;
  /** The new revision the restoration saved. */
  revisionId: string;
  /** True when the report is published: the restored text waits as its next version, readers keep the published one. */
  pending: boolean;
  /** What the old revision referred to and no longer exists (themes, documents, meeting), left out; and a slug now taken. */
  leftOut: string[];
};

/**
 * The fields of an old revision as they can be saved today: themes, documents and a meeting deleted since are left
 * out (named in `leftOut`); a published report keeps its slug, and a slug another report has taken since gives way
 * to the report's current one.
 */
function restorableFields(tx: DbOrTx, report: Report, fields: ReportFields): { fields: ReportFields; leftOut: string[] } {
  const names = namesOf(tx, [fields]);
  const leftOut: string[] = [];
  const themeIds = fields.themeIds.filter((id) => names.themes.has(id));
  if (themeIds.length < fields.themeIds.length) leftOut.push(`${plural(fields.themeIds.length - themeIds.length, "thématique supprimée", "thématiques supprimées")} depuis`);
  const attached = fields.attachments.filter((a) => names.documents.has(a.documentId));
  if (attached.length < fields.attachments.length) leftOut.push(`${plural(fields.attachments.length - attached.length, "document supprimé", "documents supprimés")} depuis`);
  const meetingId = fields.meetingId && names.meetings.has(fields.meetingId) ? fields.meetingId : null;
  if (meetingId !== fields.meetingId) leftOut.push("la rencontre liée, supprimée depuis");
  /* Once published, the slug is fixed: the published one stays. */
  const wanted = report.publishedAt === null ? fields.slug : report.slug;
  const holder = wanted === report.slug ? undefined : tx.select({ id: reports.id }).from(reports).where(eq(reports.slug, wanted)).get();
  const slug = holder ? report.slug : wanted;
  if (holder) leftOut.push(`l'adresse « ${wanted} », prise depuis par un autre compte rendu`);
  return { fields: { ...fields, themeIds, attachments: attached, meetingId, slug }, leftOut };
}

/**
 * Makes an old revision the report's working version again, through the versioning rule: a draft takes its fields,
 * a published report gets them as its pending next version (readers keep the published text until it is published,
 * so no cached page changes). The restoration is itself a save: a new revision by the actor, audited.
 */
export function restoreRevision(db: Db, actor: Actor, reportId: string, revisionId: string): RestoreOutcome {
  return db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const report = findReport(tx, reportId);
    const old = report && readRevision(tx, reportId, revisionId);
    if (!report || !old) throw new DomainError("not_found", "Cette version n'existe pas pour ce compte rendu : rechargez la page.");
    const restored = numberedRevisions(tx, reportId).find((revision) => revision.id === revisionId)!;
    const { fields, leftOut } = restorableFields(tx, report, old);
    if (sameFields(fields, workingVersion(tx, reportId)!)) {
      throw new DomainError("conflict", `La version ${restored.number} est identique à la version de travail : rien à restaurer.`);
    }
    const saved = saveWorkingVersion(tx, reportId, fields, actorId);
    recordAudit(tx, {
      actorId,
      action: "report.restore",
      entityType: "report",
      entityId: reportId,
      details: { restoredRevisionId: revisionId, revisionId: saved.revisionId, pending: saved.pending, leftOut },
    });
    return { restored: { number: restored.number, createdAt: restored.createdAt }, revisionId: saved.revisionId, pending: saved.pending, leftOut };
  });
}
