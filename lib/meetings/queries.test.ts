import { describe, expect, it } from "vitest";
import { freshDatabase, insertMeeting } from "@/tests/db";
import { themes } from "@/lib/themes/schema";
import { meetingThemes } from "./schema";
import { archiveYears, getMeetingBySlug, listMeetings, meetingsWithDeadlineBetween, nextMeetingDeadline } from "./queries";
import { parisInstant } from "@/lib/time";

describe("listMeetings", () => {
  it("filters by theme, kind and department, upcoming soonest first", () => {
    const db = freshDatabase();
    const sante = db.insert(themes).values({ slug: "sante", name: "Santé" }).returning().get();
    const later = insertMeeting(db, { slug: "plus-tard", venuePostcode: "59000", startsAt: new Date(Date.now() + 20 * 86_400_000), endsAt: new Date(Date.now() + 21 * 86_400_000) });
    const sooner = insertMeeting(db, { slug: "bientot", kind: "atelier", venuePostcode: "60400" });
    db.insert(meetingThemes).values({ meetingId: later.id, themeId: sante.id }).run();

    expect(listMeetings(db, {}, null).items.map((m) => m.slug)).toEqual(["bientot", "plus-tard"]);
    expect(listMeetings(db, { theme: "sante" }, null).items.map((m) => m.slug)).toEqual(["plus-tard"]);
    expect(listMeetings(db, { kind: "atelier" }, null).items.map((m) => m.slug)).toEqual([sooner.slug]);
    expect(listMeetings(db, { department: "59" }, null).items.map((m) => m.slug)).toEqual(["plus-tard"]);
    expect(listMeetings(db, { theme: "inconnue" }, null).total).toBe(0);
  });

  it("keeps drafts for staff and files past meetings by year", () => {
    const db = freshDatabase();
    insertMeeting(db, { slug: "brouillon", status: "draft" });
    insertMeeting(db, { slug: "noyon", startsAt: parisInstant(2017, 5, 11, 9, 30), endsAt: parisInstant(2017, 5, 11, 12, 30) });
    expect(listMeetings(db, {}, "member").total).toBe(0);
    expect(listMeetings(db, {}, "staff").total).toBe(1);
    expect(getMeetingBySlug(db, "brouillon", "member")).toBeNull();
    expect(getMeetingBySlug(db, "brouillon", "staff")?.status).toBe("draft");
    expect(archiveYears(db, null)).toEqual([2017]);
    expect(listMeetings(db, { when: 2017 }, null).items.map((m) => m.slug)).toEqual(["noyon"]);
  });
});

describe("meeting deadlines", () => {
  const at = (iso: string) => new Date(iso);

  it("finds the next moment a meeting changes by itself, for one meeting or for all", () => {
    const db = freshDatabase();
    const now = at("2027-03-01T08:00:00Z");
    const first = insertMeeting(db, {
      registrationOpensAt: at("2027-02-01T08:00:00Z"),
      registrationClosesAt: at("2027-03-01T17:00:00Z"),
      startsAt: at("2027-03-10T08:00:00Z"),
      endsAt: at("2027-03-10T16:00:00Z"),
    });
    insertMeeting(db, { registrationOpensAt: at("2027-03-01T12:00:00Z"), registrationClosesAt: null, startsAt: at("2027-04-01T08:00:00Z"), endsAt: at("2027-04-01T16:00:00Z") });

    expect(nextMeetingDeadline(db, now)).toEqual(at("2027-03-01T12:00:00Z"));
    expect(nextMeetingDeadline(db, now, first.id)).toEqual(at("2027-03-01T17:00:00Z"));
    expect(nextMeetingDeadline(db, at("2027-03-10T09:00:00Z"), first.id)).toEqual(at("2027-03-10T16:00:00Z"));
    expect(nextMeetingDeadline(db, at("2027-05-01T00:00:00Z"))).toBeNull();
  });

  it("lists the meetings whose deadline falls in a window, its end included and its start not", () => {
    const db = freshDatabase();
    const closing = insertMeeting(db, { registrationClosesAt: at("2027-03-01T17:00:00Z"), startsAt: at("2027-03-10T08:00:00Z"), endsAt: at("2027-03-10T16:00:00Z") });
    insertMeeting(db, { registrationClosesAt: at("2027-03-02T17:00:00Z"), startsAt: at("2027-03-11T08:00:00Z"), endsAt: at("2027-03-11T16:00:00Z") });

    expect(meetingsWithDeadlineBetween(db, at("2027-03-01T16:59:59Z"), at("2027-03-01T17:00:00Z"))).toEqual([closing.id]);
    expect(meetingsWithDeadlineBetween(db, at("2027-03-01T17:00:00Z"), at("2027-03-01T17:00:01Z"))).toEqual([]);
  });
});
