import { and, asc, desc, eq, inArray, ne } from "drizzle-orm";
import { z } from "zod";
import { optionalText } from "@/lib/form-fields";
import type { Db, DbOrTx, Tx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { AttachmentLabel } from "@/lib/documents/attachments";
import { documents } from "@/lib/documents/schema";
import { DomainError, fieldErrorsOf, frenchZodErrors, type FieldErrors } from "@/lib/errors";
import { meetings } from "@/lib/meetings/schema";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { slugify, uniqueSlug } from "@/lib/slug";
import { themes } from "@/lib/themes/schema";
import { REPORT_KINDS, reports } from "./schema";
import type { ReportFields } from "./revisions";
import { saveWorkingVersion, workingVersion } from "./versions";

/** What the report form sends: text fields, and the repeated fields (themes, attachments in order) as lists. */
export type ReportFormInput = Record<string, string | string[] | undefined>;

const INVALID_FORM = "Le formulaire contient des erreurs : corrigez les champs signalés.";


const list = z.array(z.string()).default([]);

const formSchema = z
  .object({
    kind: z.enum(REPORT_KINDS, "Choisissez le type de ressource."),
    title: z.string("Indiquez le titre.").trim().min(1, "Indiquez le titre.").max(200, "200 caractères au plus."),
    summary: optionalText(500).transform((value) => value ?? ""),
    body: optionalText(100_000).transform((value) => value ?? ""),
    meetingId: optionalText(100),
    visibility: z.enum(["public", "members"], "Choisissez qui peut lire la ressource."),
    sourceName: optionalText(200),
    sourceUrl: optionalText(500).refine((value) => value === null || isWebAddress(value), "Indiquez une adresse web complète, par exemple https://www.legifrance.gouv.fr/."),
    themeIds: list,
    attachmentDocumentId: list,
    attachmentLabel: z.array(AttachmentLabel).default([]),
  })
  .transform(({ attachmentDocumentId, attachmentLabel, ...rest }, context) => {
    if (new Set(attachmentDocumentId).size !== attachmentDocumentId.length) {
      context.addIssue({ code: "custom", path: ["attachments"], message: "Un document est joint deux fois : retirez l'un des deux." });
      return z.NEVER;
    }
    const attached = attachmentDocumentId.map((documentId, index) => ({ documentId, label: attachmentLabel[index] || null }));
    return { ...rest, themeIds: [...new Set(rest.themeIds)], attachments: attached };
  });

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export type ReportFormValues = z.output<typeof formSchema>;

/** The form as a report's fields (its slug aside), or the French message of each field to correct. */
export function parseReportForm(input: ReportFormInput): ReportFormValues {
  const parsed = formSchema.safeParse(input, { error: frenchZodErrors });
  if (!parsed.success) throw new DomainError("validation_failed", INVALID_FORM, fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** The chosen meeting, themes and documents exist. */
function checkReferences(tx: Tx, values: ReportFormValues): void {
  const errors: FieldErrors = {};
  if (values.meetingId && !tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, values.meetingId)).get()) {
    errors.meetingId = "Choisissez une rencontre de la liste.";
  }
  const knownThemes = values.themeIds.length ? tx.select({ id: themes.id }).from(themes).where(inArray(themes.id, values.themeIds)).all().length : 0;
  if (knownThemes !== values.themeIds.length) errors.themeIds = "Une thématique choisie n'existe plus : rechargez la page.";
  const documentIds = values.attachments.map((a) => a.documentId);
  const knownDocuments = documentIds.length ? tx.select({ id: documents.id }).from(documents).where(inArray(documents.id, documentIds)).all().length : 0;
  if (knownDocuments !== documentIds.length) errors.attachments = "Un document joint n'existe plus dans la bibliothèque : retirez-le.";
  if (Object.keys(errors).length > 0) throw new DomainError("validation_failed", INVALID_FORM, errors);
}

/**
 * The address of a report never published: its title made a slug ("Circulaire du 22 décembre 2017" →
 * "circulaire-du-22-decembre-2017"), not another report's.
 */
export function reportSlugFor(tx: DbOrTx, title: string, reportId?: string): string {
  return uniqueSlug(slugify(title) || "ressource", (candidate) =>
    Boolean(
      tx
        .select({ id: reports.id })
        .from(reports)
        .where(reportId ? and(eq(reports.slug, candidate), ne(reports.id, reportId)) : eq(reports.slug, candidate))
        .get(),
    ),
  );
}

function comparable(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** What changed between two versions, field by field, for the audit log. */
export function reportChanges(before: ReportFields, after: ReportFields): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  const sortedThemes = (fields: ReportFields) => ({ ...fields, themeIds: [...fields.themeIds].sort() });
  const [from, to] = [sortedThemes(before), sortedThemes(after)];
  for (const field of Object.keys(to) as (keyof ReportFields)[]) {
    if (comparable(from[field]) !== comparable(to[field])) {
      /* The body can be long: the log says it changed, the revisions keep both texts. */
      changes[field] = field === "body" ? { before: `${from.body.length} caractères`, after: `${to.body.length} caractères` } : { before: from[field], after: to[field] };
    }
  }
  return changes;
}

/**
 * A new report, as a draft at an address made from its title; its first revision is kept. Nothing public changes:
 * no cached page to expire.
 */
export function createReport(db: Db, actor: Actor, input: ReportFormInput, now = new Date()) {
  const values = parseReportForm(input);
  return db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      checkReferences(tx, values);
      const slug = reportSlugFor(tx, values.title);
      const created = tx
        .insert(reports)
        .values({ kind: values.kind, title: values.title, slug, status: "draft", authorId: actorId, createdAt: now, updatedAt: now })
        .returning({ id: reports.id })
        .get();
      saveWorkingVersion(tx, created.id, { ...values, slug }, actorId, now);
      recordAudit(tx, { actorId, action: "report.create", entityType: "report", entityId: created.id, details: { title: values.title, slug } });
      return { id: created.id, slug };
    },
    { behavior: "immediate" },
  );
}

/**
 * Saves the editor's form as the report's working version (see saveWorkingVersion): a draft follows its title's
 * address; a published report's changes wait as its next version. Readers see nothing until a publication, which
 * expires the cached pages: a save expires none.
 */
export function updateReport(db: Db, actor: Actor, reportId: string, input: ReportFormInput, now = new Date()) {
  const values = parseReportForm(input);
  return db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const report = tx.select({ publishedAt: reports.publishedAt, slug: reports.slug }).from(reports).where(eq(reports.id, reportId)).get();
      if (!report) throw new DomainError("not_found", "Cette ressource n'existe pas.");
      checkReferences(tx, values);
      const before = workingVersion(tx, reportId)!;
      const slug = report.publishedAt ? report.slug : before.title === values.title ? before.slug : reportSlugFor(tx, values.title, reportId);
      const after: ReportFields = { ...values, slug };
      const changes = reportChanges(before, after);
      if (Object.keys(changes).length === 0) return { changed: false, pending: Boolean(report.publishedAt) };
      const { pending } = saveWorkingVersion(tx, reportId, after, actorId, now);
      recordAudit(tx, { actorId, action: "report.update", entityType: "report", entityId: reportId, details: { changes, pendingVersion: pending } });
      return { changed: true, pending };
    },
    { behavior: "immediate" },
  );
}

/** A working version as the form shows it (the inverse of parseReportForm); repeated fields one value per line. */
export function reportFormValues(fields: ReportFields): Record<string, string> {
  return {
    kind: fields.kind,
    title: fields.title,
    summary: fields.summary,
    body: fields.body,
    meetingId: fields.meetingId ?? "",
    visibility: fields.visibility,
    sourceName: fields.sourceName ?? "",
    sourceUrl: fields.sourceUrl ?? "",
    themeIds: fields.themeIds.join("\n"),
  };
}

/** What the form offers: meetings to link (most recent first) and themes. */
export function reportFormChoices(db: Db) {
  return {
    meetings: db.select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt }).from(meetings).orderBy(desc(meetings.startsAt)).all(),
    themes: db.select({ id: themes.id, name: themes.name }).from(themes).orderBy(asc(themes.position), asc(themes.name)).all(),
  };
}

/** The documents of a working version, with what the editor shows of each, in order. */
export function attachedDocuments(db: Db, attached: ReportFields["attachments"]) {
  const ids = attached.map((a) => a.documentId);
  const rows = ids.length
    ? db
        .select({ id: documents.id, title: documents.title, originalFilename: documents.originalFilename, visibility: documents.visibility })
        .from(documents)
        .where(inArray(documents.id, ids))
        .all()
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return attached.flatMap(({ documentId, label }) => {
    const document = byId.get(documentId);
    return document ? [{ ...document, label: label ?? "" }] : [];
  });
}

/** A report as staff edit it, whatever its status, with its working version; the role is checked where it is read. */
export function findReportForStaff(db: Db, actor: Actor, reportId: string) {
  assertActorRole(db, actor, "staff");
  const report = db.select().from(reports).where(eq(reports.id, reportId)).get();
  if (!report) return null;
  return { report, working: workingVersion(db, reportId)! };
}
