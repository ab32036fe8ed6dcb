import { describe, expect, it } from "vitest";
import { freshDatabase, insertMeeting } from "@/tests/db";
import { getMeetingBySlug, listMeetings } from "@/lib/meetings/queries";
import { registrationState, type StateMeeting } from "./state";

const NOW = new Date("2027-03-01T10:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const open: StateMeeting = {
  status: "published",
  startsAt: new Date(NOW.getTime() + 10 * DAY),
  registrationEnabled: true,
  registrationOpensAt: new Date(NOW.getTime() - DAY),
  registrationClosesAt: new Date(NOW.getTime() + 9 * DAY),
  approvalRequired: false,
  waitlistEnabled: false,
  seatsLeft: 23,
};

const state = (changes: Partial<StateMeeting>) => registrationState({ ...open, ...changes }, NOW);

describe("registrationState", () => {
  it("counts the seats left while registration is open", () => {
    expect(state({})).toEqual({ code: "open", label: "23 places restantes", tone: "ok" });
    expect(state({ seatsLeft: 1 }).label).toBe("1 place restante");
    expect(state({ seatsLeft: null })).toEqual({ code: "open", label: "Inscriptions ouvertes", tone: "ok" });
  });

  it("says closed, and no seats, once the deadline has passed", () => {
    expect(state({ registrationClosesAt: new Date(NOW.getTime() - HOUR) })).toEqual({ code: "closed", label: "Inscriptions closes", tone: "warn" });
  });

  it("says when registration will open", () => {
    const result = state({ registrationOpensAt: new Date("2027-03-05T08:00:00Z") });
    expect(result.code).toBe("not_yet_open");
    expect(result.label).toBe("Inscriptions à partir du vendredi 5 mars 2027");
  });

  it("tells a full meeting with a waitlist from one without", () => {
    expect(state({ seatsLeft: 0, waitlistEnabled: true })).toMatchObject({ code: "waitlist", label: "Complet – liste d'attente" });
    expect(state({ seatsLeft: 0 })).toMatchObject({ code: "full", label: "Complet" });
  });

  it("puts approval before seats: a request is always possible", () => {
    expect(state({ approvalRequired: true, seatsLeft: 0 })).toMatchObject({ code: "open", label: "Inscription sur validation" });
  });

  it("says nothing of seats for past, cancelled, draft and offline meetings", () => {
    expect(state({ startsAt: new Date(NOW.getTime() - HOUR) })).toMatchObject({ code: "past", label: null });
    expect(state({ status: "cancelled" })).toMatchObject({ code: "cancelled", label: null });
    expect(state({ status: "draft" })).toMatchObject({ code: "unpublished", label: null });
    expect(state({ registrationEnabled: false })).toMatchObject({ code: "offline", label: null });
  });

  it("gives the same answer for a listed meeting and its page, read from the database", () => {
    const db = freshDatabase();
    const closed = insertMeeting(db, { slug: "close", capacity: 30, registrationClosesAt: new Date(NOW.getTime() - HOUR) }, NOW);
    const listed = listMeetings(db, {}, null, NOW).items.find((m) => m.id === closed.id)!;
    const detail = getMeetingBySlug(db, "close", null)!;
    expect(registrationState(listed, NOW).code).toBe("closed");
    expect(registrationState(detail, NOW)).toEqual(registrationState(listed, NOW));
  });
});
