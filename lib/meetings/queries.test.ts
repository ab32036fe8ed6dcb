import { describe, expect, it } from "vitest";
import { freshDatabase, insertMeeting } from "@/tests/db";
import { themes } from "@/lib/themes/schema";
import { meetingThemes } from "./schema";
import { archiveYears, getMeetingBySlug, listMeetings } from "./queries";
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
