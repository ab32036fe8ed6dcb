import { asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { optionalText } from "@/lib/form-fields";
import type { Db, DbOrTx, Tx } from "@/db/open";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { DomainError, fieldErrorsOf, frenchZodErrors, type FieldErrors } from "@/lib/errors";
import { organisations } from "@/lib/organisations/schema";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { liveRegistrationCount } from "@/lib/registrations/queries";
import { registrations } from "@/lib/registrations/schema";
import { slugify, uniqueSlug } from "@/lib/slug";
import { themes } from "@/lib/themes/schema";
import { parisInstant, parisParts, parseParisDateTime } from "@/lib/time";
import { changeTimeOrPlaceInTransaction } from "./changes";
import { AUDIENCES, MEETING_KINDS, meetingPartners, meetingSlugRedirects, meetingThemes, meetings } from "./schema";
import { RESERVED_ADMIN_SLUGS } from "./staff";
import { VENUE_FIELDS } from "./venue";

type Meeting = typeof meetings.$inferSelect;

/** What the meeting form sends: text fields, and the ids of the checked themes and partners. */
export type MeetingFormInput = Record<string, string | string[] | undefined>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

const requiredText = (max: number, missing: string) => z.string(missing).trim().min(1, missing).max(max, `${max} caractères au plus.`);
/* An unchecked box is absent from the form. */
const checkbox = z
  .string()
  .optional()
  .transform((value) => value !== undefined && value !== "");
const idList = z.array(z.string()).default([]);
const count = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || /^\d{1,6}$/.test(value), message)
    .transform((value) => (value ? Number(value) : null));
const instant = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || parseParisDateTime(value) !== null, message)
    .transform((value) => (value ? parseParisDateTime(value) : null));

const formSchema = z
  .object({
    kind: z.enum(MEETING_KINDS, "Choisissez le type de rencontre."),
    title: requiredText(200, "Indiquez le titre de la rencontre."),
    summary: optionalText(500).transform((value) => value ?? ""),
    description: optionalText(20_000).transform((value) => value ?? ""),
    startDate: z.string("Indiquez la date de début, par exemple 2027-05-11.").trim().regex(DATE, "Indiquez la date de début, par exemple 2027-05-11."),
    startTime: z.string().trim().optional(),
    endDate: z.string().trim().optional(),
    endTime: z.string().trim().optional(),
    allDay: checkbox,
    venueName: optionalText(300),
    venueRoom: optionalText(300),
    venueAddress: optionalText(300),
    venuePostcode: optionalText(5).refine((value) => value === null || /^\d{5}$/.test(value), "Indiquez un code postal de 5 chiffres, par exemple 60400."),
    venueCity: optionalText(300),
    onlineUrl: optionalText(500).refine(
      (value) => value === null || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value),
      "Indiquez une adresse web complète, par exemple https://visio.example.org/reunion.",
    ),
    hostOrganisationId: optionalText(100),
    partnerIds: idList,
    themeIds: idList,
    audience: z.enum(AUDIENCES, "Choisissez le public de la rencontre."),
    capacity: count("Indiquez un nombre de places entier, par exemple 40, ou laissez vide pour ne pas limiter.").refine(
      (value) => value === null || value > 0,
      "Indiquez au moins 1 place, ou laissez vide pour ne pas limiter.",
    ),
    waitlistEnabled: checkbox,
    approvalRequired: checkbox,
    registrationEnabled: checkbox,
    registrationOpensAt: instant("Indiquez une date et une heure d'ouverture valides, par exemple 2027-04-01 09:00."),
    registrationClosesAt: instant("Indiquez une date et une heure de clôture valides, par exemple 2027-05-04 18:00."),
    cancellationDeadline: instant("Indiquez une date et une heure valides, par exemple 2027-05-09 18:00."),
    reportedAttendance: count("Indiquez un nombre entier de participants, par exemple 17."),
    reportedAttendanceLabel: optionalText(200),
    notify: checkbox,
  })
  .transform((form, context) => {
    const { startDate, startTime, endDate, endTime, ...rest } = form;
    const lastDay = endDate || startDate;
    const fail = (path: string, message: string) => {
      context.addIssue({ code: "custom", path: [path], message });
      return z.NEVER;
    };
    if (!DATE.test(lastDay)) return fail("endDate", "Indiquez la date de fin, par exemple 2027-05-11, ou laissez vide pour une rencontre d'un jour.");
    let startsAt: Date | null;
    let endsAt: Date | null;
    if (form.allDay) {
      startsAt = parseParisDateTime(`${startDate} 00:00`);
      endsAt = parseParisDateTime(`${lastDay} 00:00`) && parisInstant(...dayAfter(lastDay));
      if (!startsAt) return fail("startDate", "Cette date de début n'existe pas.");
      if (!endsAt) return fail("endDate", "Cette date de fin n'existe pas.");
    } else {
      if (!startTime || !TIME.test(startTime)) return fail("startTime", "Indiquez l'heure de début, par exemple 09:30, ou cochez « Toute la journée ».");
      if (!endTime || !TIME.test(endTime)) return fail("endTime", "Indiquez l'heure de fin, par exemple 16:30, ou cochez « Toute la journée ».");
      startsAt = parseParisDateTime(`${startDate} ${startTime}`);
      endsAt = parseParisDateTime(`${lastDay} ${endTime}`);
      if (!startsAt) return fail("startDate", "Cette date et cette heure de début n'existent pas à Paris.");
      if (!endsAt) return fail("endDate", "Cette date et cette heure de fin n'existent pas à Paris.");
    }
    if (endsAt.getTime() <= startsAt.getTime()) {
      return fail(form.allDay ? "endDate" : "endTime", "La fin doit être postérieure au début : vérifiez la date et l'heure de fin.");
    }
    if (rest.registrationOpensAt && rest.registrationClosesAt && rest.registrationClosesAt.getTime() <= rest.registrationOpensAt.getTime()) {
      return fail("registrationClosesAt", "La clôture des inscriptions doit suivre leur ouverture.");
    }
    if (rest.registrationClosesAt && rest.registrationClosesAt.getTime() > endsAt.getTime()) {
      return fail("registrationClosesAt", "La clôture des inscriptions doit précéder la fin de la rencontre.");
    }
    if (rest.reportedAttendance === null && rest.reportedAttendanceLabel) {
      return fail("reportedAttendance", "Indiquez aussi le nombre de participants, par exemple 17 pour « les 17 participants ».");
    }
    return { ...rest, startsAt, endsAt };
  });

/* The last day is included: an all-day meeting ends at Paris midnight after it. */
function dayAfter(date: string): [number, number, number] {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return [year, month, day + 1];
}

export type MeetingValues = z.output<typeof formSchema>;

/** The form as the meeting's columns, or the French message of each field to correct. */
export function parseMeetingForm(input: MeetingFormInput): MeetingValues {
  const parsed = formSchema.safeParse(input, { error: frenchZodErrors });
  if (!parsed.success) throw new DomainError("validation_failed", "Le formulaire contient des erreurs : corrigez les champs signalés.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/**
 * The first free address for this title ("Rencontre de réseau à Noyon" → "rencontre-de-reseau-a-noyon"): not another
 * meeting's slug, current or former (its old links must keep leading to it), and never a reserved word of the back
 * office ("nouvelle").
 */
export function uniqueMeetingSlug(tx: Tx, title: string, meetingId?: string): string {
  return uniqueSlug(slugify(title) || "rencontre", (candidate) => {
    if ((RESERVED_ADMIN_SLUGS as readonly string[]).includes(candidate)) return true;
    const current = tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, candidate)).get();
    const former = tx.select({ id: meetingSlugRedirects.meetingId }).from(meetingSlugRedirects).where(eq(meetingSlugRedirects.slug, candidate)).get();
    return Boolean((current && current.id !== meetingId) || (former && former.id !== meetingId));
  });
}

/** The referenced organisations and themes exist; attendance is reported once the meeting is over. */
function checkReferences(tx: Tx, values: MeetingValues, now: Date): void {
  const errors: FieldErrors = {};
  const organisationIds = [...new Set([...(values.hostOrganisationId ? [values.hostOrganisationId] : []), ...values.partnerIds])];
  const knownOrganisations = new Set(
    organisationIds.length ? tx.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, organisationIds)).all().map((o) => o.id) : [],
  );
  if (values.hostOrganisationId && !knownOrganisations.has(values.hostOrganisationId)) errors.hostOrganisationId = "Choisissez une organisation de la liste.";
  if (values.partnerIds.some((id) => !knownOrganisations.has(id))) errors.partnerIds = "Un partenaire choisi n'existe plus : rechargez la page.";
  const knownThemes = values.themeIds.length ? tx.select({ id: themes.id }).from(themes).where(inArray(themes.id, values.themeIds)).all().length : 0;
  if (knownThemes !== new Set(values.themeIds).size) errors.themeIds = "Une thématique choisie n'existe plus : rechargez la page.";
  if (values.reportedAttendance !== null && values.endsAt.getTime() > now.getTime()) {
    errors.reportedAttendance = "La participation se renseigne une fois la rencontre terminée : laissez ce champ vide.";
  }
  if (Object.keys(errors).length > 0) throw new DomainError("validation_failed", "Le formulaire contient des erreurs : corrigez les champs signalés.", errors);
}

/** `record` without `keys`. */
export function withoutKeys<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !(keys as readonly PropertyKey[]).includes(key))) as Omit<T, K>;
}

/** The columns the form writes, as stored. */
function columnsOf(values: MeetingValues) {
  return { ...withoutKeys(values, ["themeIds", "partnerIds", "notify"]), timeKnown: true };
}

type Columns = ReturnType<typeof columnsOf>;

function setLinks(tx: Tx, meetingId: string, values: MeetingValues): void {
  tx.delete(meetingThemes).where(eq(meetingThemes.meetingId, meetingId)).run();
  tx.delete(meetingPartners).where(eq(meetingPartners.meetingId, meetingId)).run();
  for (const themeId of new Set(values.themeIds)) tx.insert(meetingThemes).values({ meetingId, themeId }).run();
  for (const organisationId of new Set(values.partnerIds)) {
    if (organisationId !== values.hostOrganisationId) tx.insert(meetingPartners).values({ meetingId, organisationId }).run();
  }
}

function linkIds(tx: DbOrTx, meetingId: string) {
  return {
    themeIds: tx.select({ id: meetingThemes.themeId }).from(meetingThemes).where(eq(meetingThemes.meetingId, meetingId)).all().map((r) => r.id).sort(),
    partnerIds: tx.select({ id: meetingPartners.organisationId }).from(meetingPartners).where(eq(meetingPartners.meetingId, meetingId)).all().map((r) => r.id).sort(),
  };
}

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return [...value].sort().join(",");
  return value ?? null;
}

/** What changed, field by field, for the audit log. */
function changesBetween(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const [field, value] of Object.entries(after)) {
    if (comparable(before[field]) !== comparable(value)) changes[field] = { before: comparable(before[field]), after: comparable(value) };
  }
  return changes;
}

/** A new meeting, as a draft, at an address made from its title. */
export function createMeeting(db: Db, actor: Actor, input: MeetingFormInput, now = new Date()): Meeting {
  const values = parseMeetingForm(input);
  const meeting = db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      checkReferences(tx, values, now);
      const created = tx
        .insert(meetings)
        .values({ ...columnsOf(values), slug: uniqueMeetingSlug(tx, values.title), status: "draft", createdAt: now, updatedAt: now })
        .returning()
        .get();
      setLinks(tx, created.id, values);
      recordAudit(tx, { actorId, action: "meeting.create", entityType: "meeting", entityId: created.id, details: { title: created.title, slug: created.slug } });
      return created;
    },
    { behavior: "immediate" },
  );
  invalidateCache([cacheTags.meetings, cacheTags.meeting(meeting.id)]);
  return meeting;
}

/** Whether registrants would be asked about this meeting's change of time or place: published, to come, with registrants. */
export function asksToNotify(meeting: Pick<Meeting, "status" | "endsAt">, liveRegistrations: number, now: Date): boolean {
  return meeting.status === "published" && meeting.endsAt.getTime() > now.getTime() && liveRegistrations > 0;
}

function timeOrPlaceChanged(before: Meeting, after: Columns): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.allDay !== after.allDay ||
    VENUE_FIELDS.some((field) => before[field] !== after[field])
  );
}

export type MeetingUpdate = { meeting: Meeting; notified: number; slugChanged: boolean };

/**
 * Saves the meeting form. A draft never published follows its title (the old address redirects); once published,
 * the address is fixed. A new time or place of a published meeting raises its calendar SEQUENCE; with `notify`, its
 * registrants get the update invitation by e-mail, in the same transaction as the rest of the change.
 */
export function updateMeeting(db: Db, actor: Actor, meetingId: string, input: MeetingFormInput, now = new Date()): MeetingUpdate {
  const values = parseMeetingForm(input);
  const columns = columnsOf(values);
  const result = db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const before = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
      if (!before) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
      if (before.status === "cancelled") throw new DomainError("meeting_cancelled", "Cette rencontre est annulée : elle ne se modifie plus.");
      checkReferences(tx, values, now);
      const linksBefore = linkIds(tx, meetingId);

      let notified = 0;
      let sequence = before.sequence;
      if (before.status === "published" && timeOrPlaceChanged(before, columns)) {
        if (values.notify && asksToNotify(before, liveRegistrationCount(tx, meetingId), now)) {
          const change = { startsAt: columns.startsAt, endsAt: columns.endsAt, ...Object.fromEntries(VENUE_FIELDS.map((field) => [field, columns[field]])) };
          const changed = changeTimeOrPlaceInTransaction(tx, { meeting: before, actorId, change, now });
          notified = changed.notified;
          sequence = changed.meeting.sequence;
        } else {
          /* Nobody is written to, but calendars that imported the event must still take the new one. */
          sequence += 1;
          recordAudit(tx, {
            actorId,
            action: "meeting.change",
            entityType: "meeting",
            entityId: meetingId,
            details: { before: { startsAt: before.startsAt, endsAt: before.endsAt }, after: { startsAt: columns.startsAt, endsAt: columns.endsAt }, sequence, notified: 0 },
          });
        }
      }

      let slug = before.slug;
      if (!before.publishedAt && values.title !== before.title) {
        slug = uniqueMeetingSlug(tx, values.title, meetingId);
        if (slug !== before.slug) {
          tx.delete(meetingSlugRedirects).where(eq(meetingSlugRedirects.slug, slug)).run();
          tx.insert(meetingSlugRedirects).values({ slug: before.slug, meetingId, createdAt: now }).onConflictDoNothing().run();
        }
      }

      const meeting = tx
        .update(meetings)
        .set({ ...columns, slug, sequence, updatedAt: now })
        .where(eq(meetings.id, meetingId))
        .returning()
        .get();
      setLinks(tx, meetingId, values);
      const changes = changesBetween({ ...before, ...linksBefore }, { ...columns, slug, ...linkIds(tx, meetingId) });
      if (Object.keys(changes).length > 0) recordAudit(tx, { actorId, action: "meeting.update", entityType: "meeting", entityId: meetingId, details: { changes } });
      return { meeting, notified, slugChanged: slug !== before.slug };
    },
    { behavior: "immediate" },
  );
  invalidateCache([cacheTags.meetings, cacheTags.meeting(meetingId)]);
  return result;
}

/** A draft nobody registered to can be deleted outright; anything else is unpublished or cancelled instead. */
export function deleteDraftMeeting(db: Db, actor: Actor, meetingId: string): void {
  db.transaction(
    (tx) => {
      const actorId = assertActorRole(tx, actor, "staff");
      const meeting = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
      if (!meeting) throw new DomainError("not_found", "Cette rencontre n'existe pas.");
      if (meeting.status !== "draft") throw new DomainError("conflict", "Seul un brouillon peut être supprimé : annulez ou dépubliez plutôt la rencontre.");
      const registered = tx.select({ n: sql<number>`count(*)` }).from(registrations).where(eq(registrations.meetingId, meetingId)).get()!.n;
      if (registered > 0) throw new DomainError("conflict", "Des personnes se sont inscrites à cette rencontre : elle ne peut pas être supprimée.");
      tx.delete(meetings).where(eq(meetings.id, meetingId)).run();
      recordAudit(tx, { actorId, action: "meeting.delete", entityType: "meeting", entityId: meetingId, details: { title: meeting.title, slug: meeting.slug } });
    },
    { behavior: "immediate" },
  );
  invalidateCache([cacheTags.meetings, cacheTags.meeting(meetingId)]);
}

const pad = (n: number) => String(n).padStart(2, "0");
const dateText = ({ year, month, day }: { year: number; month: number; day: number }) => `${year}-${pad(month)}-${pad(day)}`;
const dateTimeText = (instant: Date | null) => {
  if (!instant) return "";
  const parts = parisParts(instant);
  return `${dateText(parts)}T${pad(parts.hour)}:${pad(parts.minute)}`;
};

/** A stored meeting as the form shows it (the inverse of parseMeetingForm): Paris dates and times, ids joined by commas. */
export function meetingFormValues(db: DbOrTx, meeting: Meeting): Record<string, string> {
  const dateOnly = meeting.allDay || !meeting.timeKnown;
  const start = parisParts(meeting.startsAt);
  /* Date-only meetings end at midnight after their last day. */
  const end = parisParts(dateOnly ? new Date(meeting.endsAt.getTime() - 1) : meeting.endsAt);
  const links = linkIds(db, meeting.id);
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  const box = (value: boolean) => (value ? "on" : "");
  return {
    kind: meeting.kind,
    title: meeting.title,
    summary: meeting.summary,
    description: meeting.description,
    startDate: dateText(start),
    startTime: dateOnly ? "" : `${pad(start.hour)}:${pad(start.minute)}`,
    endDate: dateText(end),
    endTime: dateOnly ? "" : `${pad(end.hour)}:${pad(end.minute)}`,
    allDay: box(dateOnly),
    ...Object.fromEntries(VENUE_FIELDS.map((field) => [field, text(meeting[field])])),
    onlineUrl: text(meeting.onlineUrl),
    hostOrganisationId: text(meeting.hostOrganisationId),
    partnerIds: links.partnerIds.join(","),
    themeIds: links.themeIds.join(","),
    audience: meeting.audience,
    capacity: text(meeting.capacity),
    waitlistEnabled: box(meeting.waitlistEnabled),
    approvalRequired: box(meeting.approvalRequired),
    registrationEnabled: box(meeting.registrationEnabled),
    registrationOpensAt: dateTimeText(meeting.registrationOpensAt),
    registrationClosesAt: dateTimeText(meeting.registrationClosesAt),
    cancellationDeadline: dateTimeText(meeting.cancellationDeadline),
    reportedAttendance: text(meeting.reportedAttendance),
    reportedAttendanceLabel: text(meeting.reportedAttendanceLabel),
  };
}

/** What the form offers to choose from: organisations (host, partners) and themes. */
export function meetingFormChoices(db: Db) {
  return {
    organisations: db.select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name)).all(),
    themes: db.select({ id: themes.id, name: themes.name }).from(themes).orderBy(asc(themes.position), asc(themes.name)).all(),
  };
}
