import { describe, it, expect, beforeAll } from "vitest";
import type { Db } from "@/db/open";
import { freshDatabase, insertMeeting } from "@/tests/db";
import { users } from "@/lib/people/schema";
import { registrations } from "@/lib/registrations/schema";
import { parisInstant } from "@/lib/time";
import { personalFeedMeetings, publicFeedMeetings } from "./feeds";

const NOW = parisInstant(2027, 3, 1, 12);

function meetingAt(db: Db, slug: string, startsAt: Date, status: "draft" | "published" | "cancelled" = "published") {
  return insertMeeting(db, { slug, startsAt, endsAt: new Date(startsAt.getTime() + 7 * 3600_000), status }).id;
}

describe("calendar feeds", () => {
  let db: Db;
  let token: string;
  let otherToken: string;
  const ids: Record<string, string> = {};

  beforeAll(() => {
    db = freshDatabase();
    const member = db.insert(users).values({ email: "membre@example.org", name: "Membre", role: "member" }).returning().get();
    const other = db.insert(users).values({ email: "autre@example.org", name: "Autre", role: "member" }).returning().get();
    token = member.calendarToken;
    otherToken = other.calendarToken;

    ids.registered = meetingAt(db, "inscrit", parisInstant(2027, 4, 1, 9, 30));
    ids.cancelledRegistration = meetingAt(db, "desinscrit", parisInstant(2027, 5, 6, 9, 30));
    ids.draft = meetingAt(db, "brouillon", parisInstant(2027, 6, 3, 9, 30), "draft");
    ids.old = meetingAt(db, "ancienne", parisInstant(2025, 11, 6, 9, 30));
    ids.recent = meetingAt(db, "recente", parisInstant(2026, 11, 5, 9, 30), "cancelled");

    db.insert(registrations).values({ meetingId: ids.registered, userId: member.id, status: "confirmed" }).run();
    db.insert(registrations).values({ meetingId: ids.cancelledRegistration, userId: member.id, status: "cancelled" }).run();
    db.insert(registrations).values({ meetingId: ids.draft, userId: member.id, status: "confirmed" }).run();
    db.insert(registrations).values({ meetingId: ids.recent, userId: other.id, status: "waitlisted" }).run();
  });

  it("gives the owner of the token their live registrations only", () => {
    const feed = personalFeedMeetings(db, token);
    expect(feed?.map((m) => m.slug)).toEqual(["inscrit"]);
    expect(feed?.[0]?.registrationStatus).toBe("confirmed");
  });

  it("gives each token its own registrations", () => {
    expect(personalFeedMeetings(db, otherToken)?.map((m) => [m.slug, m.registrationStatus])).toEqual([["recente", "waitlisted"]]);
  });

  it("refuses unknown or empty tokens", () => {
    expect(personalFeedMeetings(db, "pas-un-jeton")).toBeNull();
    expect(personalFeedMeetings(db, "")).toBeNull();
  });

  it("refuses the token of an account that is no longer active", () => {
    const gone = db
      .insert(users)
      .values({ email: "parti@example.org", name: "Parti", status: "deleted" })
      .returning()
      .get();
    expect(personalFeedMeetings(db, gone.calendarToken)).toBeNull();
  });

  it("lists public meetings of the last 12 months and upcoming ones, without drafts", () => {
    expect(publicFeedMeetings(db, NOW).map((m) => m.slug)).toEqual(["recente", "inscrit", "desinscrit"]);
  });
});
