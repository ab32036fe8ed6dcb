import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog } from "@/lib/audit/schema";
import { attachments, documents } from "@/lib/documents/schema";
import { organisations } from "@/lib/organisations/schema";
import { register } from "@/lib/registrations/service";
import { registrations } from "@/lib/registrations/schema";
import { themes } from "@/lib/themes/schema";
import { parisInstant } from "@/lib/time";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { mailsTo } from "@/tests/invitations";
import { refusal } from "@/tests/refusal";
import { cancelMeetingByIrev } from "./changes";
import { duplicateMeeting, provisionalShift } from "./duplicate";
import { createMeeting, deleteDraftMeeting, meetingFormValues, updateMeeting, type MeetingFormInput } from "./editing";
import { publishMeetings, unpublishMeetings } from "./publication";
import { renamedMeetingSlug } from "./queries";
import { agendaItems, meetingPartners, meetingSlugRedirects, meetingThemes, meetings, speakers } from "./schema";
import { findMeetingForStaff } from "./staff";

const NOW = parisInstant(2099, 1, 10, 12);

function setup() {
  const db = freshDatabase();
  const staff = { userId: insertUser(db, "staff").id };
  const member = { userId: insertUser(db, "member").id };
  const theme = db.insert(themes).values({ slug: "sante", name: "Santé" }).returning().get();
  const host = db.insert(organisations).values({ name: "Ville de Noyon", kind: "commune" }).returning().get();
  const partner = db.insert(organisations).values({ name: "CA du Pays Noyonnais", kind: "epci" }).returning().get();
  return { db, staff, member, theme, host, partner };
}

function form(overrides: MeetingFormInput = {}): MeetingFormInput {
  return {
    kind: "rencontre_reseau",
    title: "Rencontre de réseau à Noyon",
    summary: "Les chefs de projet du réseau.",
    description: "## Programme\n\nUne **journée** d'échanges.",
    startDate: "2099-05-11",
    startTime: "09:30",
    endDate: "",
    endTime: "16:30",
    venueName: "Hôtel de ville",
    venuePostcode: "60400",
    venueCity: "Noyon",
    audience: "public",
    capacity: "40",
    waitlistEnabled: "on",
    registrationEnabled: "on",
    registrationOpensAt: "2099-04-01T09:00",
    registrationClosesAt: "2099-05-04T18:00",
    cancellationDeadline: "2099-05-09 18:00",
    ...overrides,
  };
}

const stored = (db: ReturnType<typeof freshDatabase>, id: string) => db.select().from(meetings).where(eq(meetings.id, id)).get()!;

describe("createMeeting", () => {
  it("creates a draft in Paris time with its themes, host and partners, audited", () => {
    const { db, staff, theme, host, partner } = setup();
    const meeting = createMeeting(db, staff, form({ hostOrganisationId: host.id, partnerIds: [partner.id], themeIds: [theme.id] }), NOW);
    expect(meeting).toMatchObject({
      status: "draft",
      slug: "rencontre-de-reseau-a-noyon",
      startsAt: parisInstant(2099, 5, 11, 9, 30),
      endsAt: parisInstant(2099, 5, 11, 16, 30),
      allDay: false,
      capacity: 40,
      venueRoom: null,
      registrationOpensAt: parisInstant(2099, 4, 1, 9),
      cancellationDeadline: parisInstant(2099, 5, 9, 18),
      hostOrganisationId: host.id,
      publishedAt: null,
    });
    expect(db.select().from(meetingThemes).all()).toEqual([{ meetingId: meeting.id, themeId: theme.id }]);
    expect(db.select().from(meetingPartners).all()).toEqual([{ meetingId: meeting.id, organisationId: partner.id }]);
    expect(db.select().from(auditLog).all()).toMatchObject([{ actorId: staff.userId, action: "meeting.create", entityId: meeting.id }]);
    expect(meetingFormValues(db, meeting)).toMatchObject({ startDate: "2099-05-11", startTime: "09:30", endDate: "2099-05-11", themeIds: theme.id, registrationOpensAt: "2099-04-01T09:00" });
  });

  it("covers several whole days for an all-day meeting, ending at Paris midnight after the last day", () => {
    const { db, staff } = setup();
    const meeting = createMeeting(db, staff, form({ allDay: "on", startTime: "", endTime: "", startDate: "2099-03-28", endDate: "2099-03-29", registrationClosesAt: "" }), NOW);
    expect(meeting).toMatchObject({ allDay: true, startsAt: parisInstant(2099, 3, 28), endsAt: parisInstant(2099, 3, 30) });
    expect(meetingFormValues(db, meeting)).toMatchObject({ startDate: "2099-03-28", endDate: "2099-03-29", allDay: "on", startTime: "" });
  });

  it("refuses with a French message on each field to correct, and writes nothing", () => {
    const { db, staff } = setup();
    const error = refusal(() =>
      createMeeting(db, staff, form({ title: " ", venuePostcode: "604", onlineUrl: "visio", capacity: "-3", registrationClosesAt: "2099-03-01T09:00" }), NOW),
    );
    expect(error.fieldErrors).toMatchObject({
      title: "Indiquez le titre de la rencontre.",
      venuePostcode: "Indiquez un code postal de 5 chiffres, par exemple 60400.",
      onlineUrl: expect.stringContaining("adresse web complète"),
      capacity: expect.stringContaining("nombre de places entier"),
    });
    expect(refusal(() => createMeeting(db, staff, form({ endTime: "08:00" }), NOW)).fieldErrors).toEqual({ endTime: expect.stringContaining("La fin doit être postérieure au début") });
    expect(refusal(() => createMeeting(db, staff, form({ registrationClosesAt: "2099-03-01T09:00" }), NOW)).fieldErrors).toEqual({
      registrationClosesAt: "La clôture des inscriptions doit suivre leur ouverture.",
    });
    expect(refusal(() => createMeeting(db, staff, form({ reportedAttendance: "17" }), NOW)).fieldErrors).toHaveProperty("reportedAttendance");
    expect(refusal(() => createMeeting(db, staff, form({ themeIds: ["inconnue"] }), NOW)).fieldErrors).toHaveProperty("themeIds");
    expect(db.select().from(meetings).all()).toHaveLength(0);
  });

  it("checks the actor's role in the database, at the time of the write", () => {
    const { db, member } = setup();
    expect(refusal(() => createMeeting(db, member, form(), NOW)).code).toBe("forbidden");
  });

  it("never takes a slug in use, former slugs included, nor the reserved 'nouvelle'", () => {
    const { db, staff } = setup();
    const first = createMeeting(db, staff, form({ title: "Nouvelle" }), NOW);
    expect(first.slug).toBe("nouvelle-2");
    const other = insertMeeting(db, { slug: "autre" });
    db.insert(meetingSlugRedirects).values({ slug: "rencontre", meetingId: other.id }).run();
    expect(createMeeting(db, staff, form({ title: "Rencontre…" }), NOW).slug).toBe("rencontre-2");
    expect(createMeeting(db, staff, form({ title: "Nouvelle" }), NOW).slug).toBe("nouvelle-3");
  });
});

describe("updateMeeting: slug rules", () => {
  it("lets a never-published draft follow its title, keeping the old slug as a redirect", () => {
    const { db, staff } = setup();
    const draft = createMeeting(db, staff, form(), NOW);
    const { meeting, slugChanged } = updateMeeting(db, staff, draft.id, form({ title: "Rencontre de réseau à Lillers" }), NOW);
    expect(slugChanged).toBe(true);
    expect(meeting.slug).toBe("rencontre-de-reseau-a-lillers");
    expect(findMeetingForStaff(db, staff, draft.slug)).toEqual({ redirectTo: meeting.slug });
    /* A draft is not shown publicly: its former slug leads nowhere for visitors. */
    expect(renamedMeetingSlug(db, draft.slug, null)).toBeNull();

    /* Going back to the first title takes back the first slug: no redirect loop. */
    const back = updateMeeting(db, staff, draft.id, form(), NOW).meeting;
    expect(back.slug).toBe(draft.slug);
    expect(db.select().from(meetingSlugRedirects).all().map((r) => r.slug)).toEqual([meeting.slug]);
    const [, , audit] = db.select().from(auditLog).all();
    expect(audit).toMatchObject({ action: "meeting.update", details: { changes: { title: { before: meeting.title, after: draft.title }, slug: { before: meeting.slug, after: draft.slug } } } });
  });

  it("fixes the slug once published, even back in draft; the public page of a renamed meeting redirects", () => {
    const { db, staff } = setup();
    const draft = createMeeting(db, staff, form(), NOW);
    updateMeeting(db, staff, draft.id, form({ title: "Rencontre de Noyon" }), NOW);
    publishMeetings(db, staff, [draft.id], NOW);
    expect(renamedMeetingSlug(db, draft.slug, null)).toBe("rencontre-de-noyon");
    unpublishMeetings(db, staff, [draft.id], NOW);
    const { meeting, slugChanged } = updateMeeting(db, staff, draft.id, form({ title: "Tout autre titre" }), NOW);
    expect({ slug: meeting.slug, slugChanged, title: meeting.title }).toEqual({ slug: "rencontre-de-noyon", slugChanged: false, title: "Tout autre titre" });
  });

  it("records only what changed, and refuses a cancelled meeting", () => {
    const { db, staff, theme } = setup();
    const draft = createMeeting(db, staff, form(), NOW);
    updateMeeting(db, staff, draft.id, form({ capacity: "", themeIds: [theme.id] }), NOW);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, "meeting.update")).get()!;
    expect(audit.details).toEqual({ changes: { capacity: { before: 40, after: null }, themeIds: { before: "", after: theme.id } } });
    publishMeetings(db, staff, [draft.id], NOW);
    cancelMeetingByIrev(db, { meetingId: draft.id, actor: staff, reason: "Grève des transports.", now: NOW });
    expect(stored(db, draft.id).cancellationReason).toBe("Grève des transports.");
    expect(refusal(() => updateMeeting(db, staff, draft.id, form(), NOW)).code).toBe("meeting_cancelled");
  });
});

describe("updateMeeting: a new time or place of a published meeting", () => {
  function publishedWithRegistrant() {
    const context = setup();
    const draft = createMeeting(context.db, context.staff, form({ registrationOpensAt: "" }), NOW);
    publishMeetings(context.db, context.staff, [draft.id], NOW);
    const person = insertUser(context.db, "member");
    register(context.db, { meetingId: draft.id, userId: person.id, now: NOW });
    return { ...context, meetingId: draft.id, person };
  }

  it("with notify: raises the SEQUENCE and e-mails the update invitation, with the rest of the form in the same save", () => {
    const { db, staff, meetingId, person } = publishedWithRegistrant();
    const { meeting, notified } = updateMeeting(db, staff, meetingId, form({ startTime: "10:00", summary: "Nouveau résumé", notify: "on" }), NOW);
    expect(notified).toBe(1);
    expect(meeting).toMatchObject({ sequence: 1, startsAt: parisInstant(2099, 5, 11, 10), summary: "Nouveau résumé" });
    const [confirmation, update] = mailsTo(db, person.email);
    expect(confirmation!.calendar).toMatchObject({ sequence: 0 });
    expect(update).toMatchObject({ kind: "meeting_changed", calendar: { method: "REQUEST", sequence: 1 } });
    expect(db.select().from(auditLog).where(eq(auditLog.action, "meeting.change")).get()!.details).toMatchObject({ notified: 1, sequence: 1 });
  });

  it("without notify: raises the SEQUENCE for calendars but sends nothing, and says so in the audit", () => {
    const { db, staff, meetingId, person } = publishedWithRegistrant();
    const { meeting, notified } = updateMeeting(db, staff, meetingId, form({ venueName: "Salle des fêtes" }), NOW);
    expect(notified).toBe(0);
    expect(meeting).toMatchObject({ sequence: 1, venueName: "Salle des fêtes" });
    expect(mailsTo(db, person.email)).toHaveLength(1);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "meeting.change")).get()!.details).toMatchObject({ notified: 0, sequence: 1 });
  });

  it("leaves the SEQUENCE alone when neither time nor place changes", () => {
    const { db, staff, meetingId, person } = publishedWithRegistrant();
    expect(updateMeeting(db, staff, meetingId, form({ summary: "Autre", notify: "on" }), NOW).meeting.sequence).toBe(0);
    expect(mailsTo(db, person.email)).toHaveLength(1);
  });
});

describe("capacity lowered below the confirmed count", () => {
  it("keeps everyone confirmed; new registrants go to the waitlist, or are refused without one", () => {
    const { db, staff } = setup();
    const draft = createMeeting(db, staff, form({ capacity: "3", registrationOpensAt: "" }), NOW);
    publishMeetings(db, staff, [draft.id], NOW);
    const people = [insertUser(db), insertUser(db), insertUser(db)];
    for (const person of people) register(db, { meetingId: draft.id, userId: person.id, now: NOW });
    updateMeeting(db, staff, draft.id, form({ capacity: "1", registrationOpensAt: "" }), NOW);
    const confirmed = () => db.select().from(registrations).where(and(eq(registrations.meetingId, draft.id), eq(registrations.status, "confirmed"))).all().length;
    expect(confirmed()).toBe(3);
    expect(register(db, { meetingId: draft.id, userId: insertUser(db).id, now: NOW }).registration.status).toBe("waitlisted");
    updateMeeting(db, staff, draft.id, form({ capacity: "1", registrationOpensAt: "", waitlistEnabled: "" }), NOW);
    expect(refusal(() => register(db, { meetingId: draft.id, userId: insertUser(db).id, now: NOW })).code).toBe("meeting_full");
    expect(confirmed()).toBe(3);
  });
});

describe("publication and deletion", () => {
  it("publishes drafts once, fixing publishedAt, and skips with a reason what cannot change", () => {
    const { db, staff, member } = setup();
    const draft = createMeeting(db, staff, form(), NOW);
    expect(publishMeetings(db, staff, [draft.id, "inconnue"], NOW)).toMatchObject({ changed: [{ id: draft.id }], skipped: [{ id: "inconnue", reason: "not_found" }] });
    expect(stored(db, draft.id)).toMatchObject({ status: "published", publishedAt: NOW });
    register(db, { meetingId: draft.id, userId: member.userId, now: parisInstant(2099, 4, 2) });
    expect(unpublishMeetings(db, staff, [draft.id], NOW).skipped).toHaveLength(1);
    expect(refusal(() => publishMeetings(db, member, [draft.id], NOW)).code).toBe("forbidden");
    expect(db.select().from(auditLog).where(eq(auditLog.action, "meeting.publish")).all()).toHaveLength(1);
  });

  it("deletes a draft nobody registered to, nothing else", () => {
    const { db, staff } = setup();
    const draft = createMeeting(db, staff, form(), NOW);
    const published = insertMeeting(db);
    expect(refusal(() => deleteDraftMeeting(db, staff, published.id)).code).toBe("conflict");
    deleteDraftMeeting(db, staff, draft.id);
    expect(db.select().from(meetings).where(eq(meetings.id, draft.id)).get()).toBeUndefined();
    expect(db.select().from(auditLog).where(eq(auditLog.action, "meeting.delete")).all()).toHaveLength(1);
  });
});

describe("duplicateMeeting", () => {
  it("copies everything but dates, registrations, attendance and publication, with provisional dates a whole number of weeks later", () => {
    const { db, staff, member, theme, host, partner } = setup();
    const original = insertMeeting(db, {
      title: "Rencontre de réseau",
      startsAt: parisInstant(2098, 12, 3, 9, 30),
      endsAt: parisInstant(2098, 12, 3, 16),
      hostOrganisationId: host.id,
      capacity: 30,
      reportedAttendance: 17,
      reportedAttendanceLabel: "les 17 participants",
      publishedAt: parisInstant(2098, 11, 1),
      sequence: 3,
      cancellationDeadline: parisInstant(2098, 12, 1),
      registrationOpensAt: null,
      registrationClosesAt: null,
      questions: [
        { id: "q1", label: "Régime alimentaire", kind: "text", required: false, previousLabels: ["Repas"] },
        { id: "q2", label: "Ancienne", kind: "text", required: false, retired: true },
      ],
    });
    register(db, { meetingId: original.id, userId: member.userId, now: parisInstant(2098, 11, 20) });
    db.insert(meetingThemes).values({ meetingId: original.id, themeId: theme.id }).run();
    db.insert(meetingPartners).values({ meetingId: original.id, organisationId: partner.id }).run();
    const item = db.insert(agendaItems).values({ meetingId: original.id, position: 0, kind: "accueil", title: "Accueil café", startsAt: parisInstant(2098, 12, 3, 9, 30) }).returning().get();
    db.insert(speakers).values({ agendaItemId: item.id, name: "Jean Dupont", function: "Maire" }).run();
    const document = db.insert(documents).values({ title: "Invitation", originalFilename: "invitation.pdf", storageName: "x.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "a".repeat(64), visibility: "public" }).returning().get();
    db.insert(attachments).values({ documentId: document.id, meetingId: original.id, position: 0, label: "Invitation" }).run();

    const copy = duplicateMeeting(db, staff, original.id, NOW);
    const weeks = provisionalShift(original.startsAt, NOW);
    expect(copy).toMatchObject({
      title: "Rencontre de réseau (copie)",
      slug: "rencontre-de-reseau-copie",
      status: "draft",
      publishedAt: null,
      sequence: 0,
      reportedAttendance: null,
      reportedAttendanceLabel: null,
      cancellationDeadline: null,
      registrationOpensAt: null,
      hostOrganisationId: host.id,
      capacity: 30,
      questions: [{ id: "q1", label: "Régime alimentaire", kind: "text", required: false }],
    });
    /* Same weekday and Paris time, the first week after `now`. */
    expect(copy.startsAt.getTime()).toBeGreaterThan(NOW.getTime());
    expect(copy.startsAt.getTime() - 7 * 24 * 3600_000).toBeLessThanOrEqual(NOW.getTime() + 3600_000);
    expect(meetingFormValues(db, copy)).toMatchObject({ startTime: "09:30", endTime: "16:00" });
    expect(db.select().from(registrations).where(eq(registrations.meetingId, copy.id)).all()).toHaveLength(0);
    expect(db.select().from(meetingThemes).where(eq(meetingThemes.meetingId, copy.id)).all()).toHaveLength(1);
    expect(db.select().from(meetingPartners).where(eq(meetingPartners.meetingId, copy.id)).all()).toHaveLength(1);
    const [copiedItem] = db.select().from(agendaItems).where(eq(agendaItems.meetingId, copy.id)).all();
    expect(copiedItem).toMatchObject({ title: "Accueil café", startsAt: copy.startsAt });
    expect(db.select().from(speakers).where(eq(speakers.agendaItemId, copiedItem!.id)).all()).toMatchObject([{ name: "Jean Dupont", function: "Maire" }]);
    expect(db.select().from(attachments).where(eq(attachments.meetingId, copy.id)).all()).toMatchObject([{ documentId: document.id, label: "Invitation" }]);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "meeting.duplicate")).get()!.details).toMatchObject({ from: original.id, weeks });
  });
});
