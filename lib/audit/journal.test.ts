import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parisInstant } from "@/lib/time";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { REPORT_TRANSITIONS } from "@/lib/publications/workflow";
import { AUDIT_ACTION_LABELS, journalChoices, journalRecordHref, NO_ACTOR, parseJournalSearch, searchJournal, JOURNAL_PER_PAGE } from "./journal";
import { recordAudit } from "./log";
import { auditLog } from "./schema";

function setup() {
  const db = freshDatabase();
  const admin = insertUser(db, "admin", { givenName: "Alice", familyName: "Admin" });
  const staff = insertUser(db, "staff", { givenName: "Sam", familyName: "Équipe" });
  const meeting = insertMeeting(db, { title: "Rencontre de Lillers", slug: "lillers" });
  const at = (day: number, hour = 12) => parisInstant(2099, 3, day, hour);
  db.insert(auditLog)
    .values([
      { actorId: staff.id, action: "meeting.publish", entityType: "meeting", entityId: meeting.id, createdAt: at(1), details: { slug: "lillers" } },
      { actorId: admin.id, action: "user.role", entityType: "user", entityId: staff.id, createdAt: at(2) },
      { actorId: null, action: "meeting.cancel", entityType: "meeting", entityId: meeting.id, createdAt: at(31, 23) },
    ])
    .run();
  return { db, admin: { userId: admin.id }, staff: { userId: staff.id }, meeting, staffId: staff.id };
}

describe("searchJournal", () => {
  it("lists the log most recent first, with who did it and the meeting's slug and title", () => {
    const { db, admin, meeting } = setup();
    const result = searchJournal(db, admin, {});
    expect(result.total).toBe(3);
    expect(result.items.map((e) => e.action)).toEqual(["meeting.cancel", "user.role", "meeting.publish"]);
    expect(result.items[0]).toMatchObject({ actorName: null, meetingSlug: "lillers", meetingTitle: "Rencontre de Lillers", entityId: meeting.id });
    expect(result.items[1]).toMatchObject({ actorName: "Alice Admin", meetingSlug: null });
  });

  it("filters by who, action, kind of record and Paris days (the last one included)", () => {
    const { db, admin, staffId } = setup();
    const actions = (search: Parameters<typeof searchJournal>[2]) => searchJournal(db, admin, search).items.map((e) => e.action);
    expect(actions({ qui: staffId })).toEqual(["meeting.publish"]);
    expect(actions({ qui: NO_ACTOR })).toEqual(["meeting.cancel"]);
    expect(actions({ action: "user.role" })).toEqual(["user.role"]);
    expect(actions({ type: "meeting" })).toEqual(["meeting.cancel", "meeting.publish"]);
    expect(actions({ du: "2099-03-02", au: "2099-03-31" })).toEqual(["meeting.cancel", "user.role"]);
    expect(actions({ au: "2099-03-01" })).toEqual(["meeting.publish"]);
    expect(actions({ type: "meeting", qui: staffId, action: "meeting.cancel" })).toEqual([]);
  });

  it("pages, with the total carried by the page", () => {
    const db = freshDatabase();
    const admin = insertUser(db, "admin");
    for (let i = 0; i < JOURNAL_PER_PAGE + 1; i++) recordAudit(db, { actorId: admin.id, action: "user.role", entityType: "user", entityId: `u${i}` });
    expect(searchJournal(db, { userId: admin.id }, { page: 2 })).toMatchObject({ total: JOURNAL_PER_PAGE + 1, page: 2, items: [expect.anything()] });
    expect(searchJournal(db, { userId: admin.id }, { page: 5 })).toMatchObject({ total: JOURNAL_PER_PAGE + 1, items: [] });
  });

  it("is for administrators only, read in the database: staff are refused", () => {
    const { db, staff } = setup();
    expect(refusal(() => searchJournal(db, staff, {})).code).toBe("forbidden");
    expect(refusal(() => journalChoices(db, staff)).code).toBe("forbidden");
  });
});

describe("journalChoices", () => {
  it("offers the people, actions and kinds of record the log holds", () => {
    const { db, admin } = setup();
    const choices = journalChoices(db, admin);
    expect(choices.actors.map((a) => a.name)).toEqual(["Alice Admin", "Sam Équipe"]);
    expect(choices.actions).toEqual(["meeting.cancel", "meeting.publish", "user.role"]);
    expect(choices.types).toEqual(["meeting", "user"]);
  });
});

describe("journal links and parameters", () => {
  it("links each kind of record to its back-office page, and others to nothing", () => {
    expect(journalRecordHref({ entityType: "meeting", entityId: "m", meetingSlug: "lillers" })).toBe("/admin/rencontres/lillers");
    expect(journalRecordHref({ entityType: "meeting", entityId: "gone", meetingSlug: null })).toBeNull();
    expect(journalRecordHref({ entityType: "user", entityId: "u", meetingSlug: null })).toBe("/admin/membres");
    expect(journalRecordHref({ entityType: "outbox_email", entityId: "e1", meetingSlug: null })).toBe("/admin/courriels/e1");
    expect(journalRecordHref({ entityType: "theme", entityId: "t", meetingSlug: null })).toBe("/admin/thematiques");
    expect(journalRecordHref({ entityType: "organisation", entityId: "o", meetingSlug: null })).toBe("/admin/organisations");
    expect(journalRecordHref({ entityType: "registration", entityId: "r", meetingSlug: null })).toBeNull();
  });

  it("drops malformed filters", () => {
    expect(parseJournalSearch({ action: "meeting.publish", type: "<script>", du: "hier", page: "0" })).toEqual({ action: "meeting.publish" });
  });
});

describe("journal labels", () => {
  it("names in French every action the application records", () => {
    const sources = ["lib", "app"].flatMap((root) =>
      readdirSync(root, { recursive: true, encoding: "utf8" })
        .filter((file) => /\.tsx?$/.test(file) && !file.includes(".test."))
        .map((file) => path.join(root, file)),
    );
    const recorded = sources.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/action: (?:[^,}]*\? )?"([a-z_]+\.[a-z_]+)"(?: : "([a-z_]+\.[a-z_]+)")?/g)].flatMap((match) => match.slice(1).filter(Boolean)),
    );
    expect(recorded.length).toBeGreaterThan(20);
    /* Recorded as `report.${transition}`. */
    recorded.push(...REPORT_TRANSITIONS.map((transition) => `report.${transition}`));
    expect(recorded.filter((action) => !(action in AUDIT_ACTION_LABELS))).toEqual([]);
  });
});
