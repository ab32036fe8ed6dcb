import { and, asc, desc, eq, gte, isNull, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/open";
import { dayParam, listHref, pageParam, singleValues } from "@/lib/lists/params";
import { meetings } from "@/lib/meetings/schema";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { users } from "@/lib/people/schema";
import { parisDayStart } from "@/lib/time";
import { auditLog } from "./schema";

/** The actor filter's value for changes made at the command line or by the platform itself (no user). */
export const NO_ACTOR = "systeme";

const codeParam = z.string().regex(/^[a-z_.-]{1,80}$/).optional().catch(undefined);

const searchSchema = z.object({
  qui: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined),
  action: codeParam,
  type: codeParam,
  du: dayParam,
  au: dayParam,
  page: pageParam,
});

/** The filters of /admin/journal, as typed in its address and read by its page, its filter form and its query. */
export type JournalSearch = z.infer<typeof searchSchema>;

export function parseJournalSearch(raw: Record<string, string | string[] | undefined>): JournalSearch {
  return searchSchema.parse(singleValues(raw));
}

export function journalHref(search: JournalSearch, change: Partial<JournalSearch> = {}): string {
  return listHref("/admin/journal", search, change);
}

export const JOURNAL_PER_PAGE = 50;

function conditions(search: JournalSearch): SQL[] {
  const where: SQL[] = [];
  if (search.qui) where.push(search.qui === NO_ACTOR ? isNull(auditLog.actorId) : eq(auditLog.actorId, search.qui));
  if (search.action) where.push(eq(auditLog.action, search.action));
  if (search.type) where.push(eq(auditLog.entityType, search.type));
  if (search.du) where.push(gte(auditLog.createdAt, parisDayStart(search.du)));
  if (search.au) where.push(lt(auditLog.createdAt, parisDayStart(search.au, 1)));
  return where;
}

/**
 * The audit log for administrators, most recent first: who, what, which record (with what it takes to link to it).
 * One read gives the page and the total; the reader's role is checked in the database here.
 */
export function searchJournal(db: Db, actor: Actor, search: JournalSearch) {
  assertActorRole(db, actor, "admin");
  const page = search.page ?? 1;
  const where = and(...conditions(search));
  const rows = db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
      actorName: users.name,
      actorEmail: users.email,
      meetingSlug: meetings.slug,
      meetingTitle: meetings.title,
      matching: sql<number>`count(*) over ()`,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(meetings, and(eq(auditLog.entityType, "meeting"), eq(meetings.id, auditLog.entityId)))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(JOURNAL_PER_PAGE)
    .offset((page - 1) * JOURNAL_PER_PAGE)
    .all();
  const total = rows[0]?.matching ?? (page > 1 ? db.select({ n: sql<number>`count(*)` }).from(auditLog).where(where).get()!.n : 0);
  return { items: rows, total, page, perPage: JOURNAL_PER_PAGE };
}

export type JournalEntry = ReturnType<typeof searchJournal>["items"][number];

/** What the filters offer: the people, actions and kinds of record the log holds. */
export function journalChoices(db: Db, actor: Actor) {
  assertActorRole(db, actor, "admin");
  const actors = db
    .selectDistinct({ id: users.id, name: users.name, email: users.email, sortName: users.sortName })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(asc(users.sortName))
    .all();
  const actions = db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)).all().map((r) => r.value);
  const types = db.selectDistinct({ value: auditLog.entityType }).from(auditLog).orderBy(asc(auditLog.entityType)).all().map((r) => r.value);
  return { actors, actions, types };
}

/** The back-office page of a record, when it has one. */
export function journalRecordHref(entry: Pick<JournalEntry, "entityType" | "entityId" | "meetingSlug">): string | null {
  switch (entry.entityType) {
    case "meeting":
      return entry.meetingSlug ? `/admin/rencontres/${entry.meetingSlug}` : null;
    case "user":
      return "/admin/membres";
    case "email":
    case "outbox_email":
      return `/admin/courriels/${encodeURIComponent(entry.entityId)}`;
    case "document":
      return `/admin/documents/${encodeURIComponent(entry.entityId)}`;
    case "report":
      return `/admin/ressources/${encodeURIComponent(entry.entityId)}`;
    case "theme":
      return "/admin/thematiques";
    case "organisation":
      return "/admin/organisations";
    case "settings":
      return "/admin/parametres";
    default:
      return null;
  }
}

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "meeting.create": "Rencontre créée",
  "meeting.update": "Rencontre modifiée",
  "meeting.duplicate": "Rencontre dupliquée",
  "meeting.delete": "Brouillon de rencontre supprimé",
  "meeting.publish": "Rencontre publiée",
  "meeting.unpublish": "Rencontre dépubliée",
  "meeting.change": "Horaire ou lieu modifié",
  "meeting.cancel": "Rencontre annulée",
  "meeting.half_days": "Demi-journées ajustées",
  "meeting.sign_in_sheet": "Feuille d'émargement imprimée",
  "attestations.issue": "Attestations de présence délivrées",
  "attestations.download": "Attestations de présence téléchargées",
  "agenda_item.create": "Point du programme ajouté",
  "agenda_item.update": "Point du programme modifié",
  "agenda_item.delete": "Point du programme supprimé",
  "agenda_item.move": "Point du programme déplacé",
  "question.create": "Question ajoutée",
  "question.update": "Question modifiée",
  "question.delete": "Question supprimée",
  "question.retire": "Question retirée",
  "question.move": "Question déplacée",
  "attachment.create": "Fichier joint ajouté",
  "attachment.update": "Libellé d'un fichier joint modifié",
  "attachment.delete": "Fichier joint retiré",
  "attachment.move": "Fichier joint déplacé",
  "registration.add": "Inscription ajoutée par l'équipe",
  "registration.approve": "Demande d'inscription acceptée",
  "registration.refuse": "Demande d'inscription refusée",
  "registration.promote": "Inscription confirmée depuis la liste d'attente",
  "registration.move": "Place changée dans la liste d'attente",
  "registration.answers": "Réponses d'une inscription modifiées",
  "registration.note": "Note de l'équipe sur une inscription",
  "registration.cancel": "Inscription annulée par l'équipe",
  "registrations.export": "Liste des inscrits exportée",
  "registrations.message": "Message envoyé aux inscrits",
  "registrations.badges": "Badges imprimés",
  "attendance.mark": "Présence marquée",
  "attendance.unmark": "Présence annulée",
  "attendance.sheet": "Présences saisies depuis la feuille d'émargement",
  "document.create": "Document téléversé",
  "document.update": "Document modifié",
  "document.replace_file": "Fichier d'un document remplacé",
  "document.delete": "Document supprimé",
  "report.create": "Publication créée",
  "report.update": "Publication modifiée",
  "report.submit": "Publication envoyée en relecture",
  "report.return_to_draft": "Publication renvoyée en brouillon",
  "report.publish": "Publication publiée",
  "report.archive": "Publication archivée",
  "report.republish": "Publication republiée",
  "report.submit_version": "Nouvelle version envoyée en relecture",
  "report.return_version_to_draft": "Nouvelle version renvoyée en brouillon",
  "report.publish_version": "Nouvelle version publiée",
  "report.discard_version": "Nouvelle version abandonnée",
  "report.schedule": "Publication programmée",
  "report.unschedule": "Programmation annulée",
  "report.restore": "Ancienne version d'une publication restaurée",
  "theme.create": "Thématique créée",
  "theme.update": "Thématique modifiée",
  "theme.delete": "Thématique supprimée",
  "theme.merge": "Thématiques fusionnées",
  "theme.move": "Thématique déplacée",
  "organisation.create": "Organisation créée",
  "organisation.update": "Organisation modifiée",
  "organisation.delete": "Organisation supprimée",
  "organisation.merge": "Organisations fusionnées",
  "user.create": "Compte créé par l'équipe",
  "email.resend": "Courriel renvoyé",
  "settings.update": "Paramètres modifiés",
  "user.approve": "Compte validé",
  "user.refuse": "Compte refusé",
  "user.role": "Rôle modifié",
  "user.organisation": "Structure modifiée",
  "user.delete": "Compte supprimé",
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  meeting: "Rencontre",
  registration: "Inscription",
  user: "Compte",
  email: "Courriel",
  outbox_email: "Courriel",
  settings: "Paramètres",
  document: "Document",
  report: "Publication",
  theme: "Thématique",
  organisation: "Organisation",
};

/** A label for an action or a kind of record: its French name, or its code for one not named yet. */
export function labelOf(labels: Record<string, string>, code: string): string {
  return labels[code] ?? code;
}
