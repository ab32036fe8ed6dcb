import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/lib/audit/schema";
import { users } from "@/lib/people/schema";
import { cancelRegistration, register } from "@/lib/registrations/service";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { publicationReport, publishMeetings, unpublishMeetings } from "./publication";
import { meetings } from "./schema";

const NOW = new Date("2099-01-15T10:00:00Z");

function setup() {
  const db = freshDatabase();
  const staff = insertUser(db, "staff");
  return { db, staff: { userId: staff.id } };
}

function stored(db: ReturnType<typeof freshDatabase>, id: string) {
  return db.select().from(meetings).where(eq(meetings.id, id)).get()!;
}

describe("publishMeetings", () => {
  it("publishes the drafts in one go, dates their first publication and audits each one", () => {
    const { db, staff } = setup();
    const [a, b] = [insertMeeting(db, { status: "draft" }), insertMeeting(db, { status: "draft" })];
    const outcome = publishMeetings(db, staff, [a.id, b.id], NOW);
    expect(outcome.changed.map((m) => m.id)).toEqual([a.id, b.id]);
    expect(outcome.skipped).toEqual([]);
    for (const id of [a.id, b.id]) expect(stored(db, id)).toMatchObject({ status: "published", publishedAt: NOW });
    const audits = db.select().from(auditLog).all();
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ actorId: staff.userId, action: "meeting.publish", entityType: "meeting", details: { firstPublication: true } });
  });

  it("keeps the date of the first publication when a meeting is published again", () => {
    const { db, staff } = setup();
    const first = new Date("2098-06-01T08:00:00Z");
    const meeting = insertMeeting(db, { status: "draft", publishedAt: first });
    publishMeetings(db, staff, [meeting.id], NOW);
    expect(stored(db, meeting.id)).toMatchObject({ status: "published", publishedAt: first });
    expect(db.select().from(auditLog).get()!.details).not.toHaveProperty("firstPublication");
  });

  it("skips meetings already published, cancelled or gone, and says why", () => {
    const { db, staff } = setup();
    const published = insertMeeting(db, { status: "published" });
    const cancelled = insertMeeting(db, { status: "cancelled", title: "Rencontre annulée" });
    const draft = insertMeeting(db, { status: "draft" });
    const outcome = publishMeetings(db, staff, [published.id, cancelled.id, "disparue", draft.id], NOW);
    expect(outcome.changed.map((m) => m.id)).toEqual([draft.id]);
    expect(outcome.skipped).toEqual([
      { id: published.id, title: published.title, reason: "already_published", message: "déjà publiée." },
      expect.objectContaining({ id: cancelled.id, title: "Rencontre annulée", reason: "cancelled" }),
      expect.objectContaining({ id: "disparue", title: null, reason: "not_found" }),
    ]);
    expect(stored(db, cancelled.id).status).toBe("cancelled");
    expect(db.select().from(auditLog).all()).toHaveLength(1);
  });

  it("reads the actor's role in the database: a demoted staff member is refused and nothing changes", () => {
    const { db, staff } = setup();
    const meeting = insertMeeting(db, { status: "draft" });
    db.update(users).set({ role: "member" }).where(eq(users.id, staff.userId)).run();
    expect(refusal(() => publishMeetings(db, staff, [meeting.id], NOW)).code).toBe("forbidden");
    expect(stored(db, meeting.id)).toMatchObject({ status: "draft", publishedAt: null });
    expect(db.select().from(auditLog).all()).toHaveLength(0);
  });

  it("refuses an empty selection", () => {
    const { db, staff } = setup();
    const error = refusal(() => publishMeetings(db, staff, [], NOW));
    expect(error).toMatchObject({ code: "validation_failed", message: "Sélectionnez au moins une rencontre." });
  });
});

describe("unpublishMeetings", () => {
  it("takes published meetings without live registrations back to draft, keeping their first publication date", () => {
    const { db, staff } = setup();
    const first = new Date("2098-06-01T08:00:00Z");
    const meeting = insertMeeting(db, { status: "published", publishedAt: first });
    /* A cancelled registration is kept for the record: it does not hold the meeting. */
    const person = insertUser(db);
    register(db, { meetingId: meeting.id, userId: person.id });
    cancelRegistration(db, { meetingId: meeting.id, userId: person.id });
    const outcome = unpublishMeetings(db, staff, [meeting.id], NOW);
    expect(outcome).toEqual({ changed: [{ id: meeting.id, title: meeting.title, slug: meeting.slug }], skipped: [] });
    expect(stored(db, meeting.id)).toMatchObject({ status: "draft", publishedAt: first });
    expect(db.select().from(auditLog).get()).toMatchObject({ actorId: staff.userId, action: "meeting.unpublish", entityId: meeting.id });
  });

  it("leaves a meeting with live registrations published, says how many, and still unpublishes the others", () => {
    const { db, staff } = setup();
    const held = insertMeeting(db, { status: "published", capacity: 1 });
    const free = insertMeeting(db, { status: "published" });
    for (const person of [insertUser(db), insertUser(db)]) register(db, { meetingId: held.id, userId: person.id });
    const outcome = unpublishMeetings(db, staff, [held.id, free.id], NOW);
    expect(outcome.changed.map((m) => m.id)).toEqual([free.id]);
    expect(outcome.skipped).toEqual([
      { id: held.id, title: held.title, reason: "live_registrations", message: "2 inscriptions en cours, la dépublier la cacherait à ses inscrits (annulez-la plutôt)." },
    ]);
    expect(stored(db, held.id).status).toBe("published");
    expect(db.select().from(auditLog).all().map((a) => a.entityId)).toEqual([free.id]);
  });

  it("leaves drafts and cancelled meetings alone", () => {
    const { db, staff } = setup();
    const draft = insertMeeting(db, { status: "draft" });
    const cancelled = insertMeeting(db, { status: "cancelled" });
    const outcome = unpublishMeetings(db, staff, [draft.id, cancelled.id], NOW);
    expect(outcome.changed).toEqual([]);
    expect(outcome.skipped.map((s) => s.reason)).toEqual(["already_draft", "cancelled"]);
    expect(stored(db, cancelled.id).status).toBe("cancelled");
  });

  it("refuses a member", () => {
    const { db } = setup();
    const member = insertUser(db, "member");
    const meeting = insertMeeting(db, { status: "published" });
    expect(refusal(() => unpublishMeetings(db, { userId: member.id }, [meeting.id], NOW)).code).toBe("forbidden");
    expect(stored(db, meeting.id).status).toBe("published");
  });
});

describe("publicationReport", () => {
  it("names the meetings changed, then each one left alone with its reason", () => {
    const report = publicationReport(
      {
        changed: [{ id: "1", title: "Noyon", slug: "noyon" }, { id: "2", title: "Lillers", slug: "lillers" }],
        skipped: [{ id: "3", title: "Amiens", reason: "cancelled", message: "annulée, elle reste affichée comme telle (ni publiée ni dépubliée)." }],
      },
      "publish",
    );
    expect(report).toEqual({
      done: true,
      text: "2 rencontres publiées\u00a0: « Noyon\u00a0», « Lillers\u00a0». « Amiens\u00a0» non publiée\u00a0: annulée, elle reste affichée comme telle (ni publiée ni dépubliée).",
    });
  });

  it("reports a refusal when nothing changed", () => {
    const report = publicationReport({ changed: [], skipped: [{ id: "x", title: null, reason: "not_found", message: "cette rencontre n'existe plus." }] }, "unpublish");
    expect(report).toEqual({ done: false, text: "Aucune rencontre dépubliée. Une rencontre non dépubliée\u00a0: cette rencontre n'existe plus." });
  });
});
