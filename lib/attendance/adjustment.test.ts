import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { auditLog } from "@/lib/audit/schema";
import { DomainError } from "@/lib/errors";
import { parisInstant } from "@/lib/time";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";

vi.mock("@/lib/cache/invalidate", () => ({ invalidateCache: vi.fn() }));
import { adjustableHalfDays, parseHalfDayAdjustment, setMeetingHalfDays } from "./adjustment";
import { findMeetingHalfDays } from "./queries";

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("not refused");
}

const KEYS = ["2026-12-03:am", "2026-12-03:pm"];

describe("parseHalfDayAdjustment", () => {
  it("keeps the ticked half-days with their hours, the French ways of writing them included", () => {
    expect(parseHalfDayAdjustment({ "garder-2026-12-03:pm": "on", "debut-2026-12-03:pm": "14 h", "fin-2026-12-03:pm": "17h30", "debut-2026-12-03:am": "09:00" }, KEYS)).toEqual([
      { key: "2026-12-03:pm", start: "14:00", end: "17:30" },
    ]);
  });

  it("refuses wrong hours next to their field, and a list with no half-day", () => {
    const wrong = refusal(() => parseHalfDayAdjustment({ "garder-2026-12-03:am": "on", "debut-2026-12-03:am": "11:00", "fin-2026-12-03:am": "10:00", "garder-2026-12-03:pm": "on", "debut-2026-12-03:pm": "midi", "fin-2026-12-03:pm": "17:00" }, KEYS));
    expect(wrong.fieldErrors).toEqual({
      "fin-2026-12-03:am": "La fin doit venir après le début.",
      "debut-2026-12-03:pm": "Indiquez une heure au format HH:MM, par exemple 09:00 ou 13:30.",
    });
    expect(refusal(() => parseHalfDayAdjustment({}, KEYS)).message).toBe("Gardez au moins une demi-journée, ou revenez au calcul automatique.");
  });
});

describe("setMeetingHalfDays", () => {
  it("adjusts a meeting's half-days, offers the left-out one again, goes back to automatic; staff only, audited", () => {
    const db = freshDatabase();
    const staff = insertUser(db, "staff");
    const meeting = insertMeeting(db, { startsAt: parisInstant(2026, 12, 3, 9), endsAt: parisInstant(2026, 12, 3, 17) });
    expect(refusal(() => setMeetingHalfDays(db, { userId: insertUser(db, "member").id }, meeting.id, null)).code).toBe("forbidden");

    setMeetingHalfDays(db, { userId: staff.id }, meeting.id, [{ key: "2026-12-03:am", start: "09:30", end: "12:00" }]);
    expect(findMeetingHalfDays(db, meeting.id).map((half) => `${half.key} ${half.start}-${half.end}`)).toEqual(["2026-12-03:am 09:30-12:00"]);
    expect(adjustableHalfDays(db, meeting.id).map((half) => `${half.key} ${half.start}-${half.end} ${half.kept}`)).toEqual([
      "2026-12-03:am 09:30-12:00 true",
      "2026-12-03:pm 13:30-17:00 false",
    ]);

    setMeetingHalfDays(db, { userId: staff.id }, meeting.id, null);
    expect(findMeetingHalfDays(db, meeting.id)).toHaveLength(2);
    const audited = db.select().from(auditLog).where(eq(auditLog.action, "meeting.half_days")).all();
    expect(audited.map((entry) => entry.details)).toEqual([
      { before: null, after: [{ key: "2026-12-03:am", start: "09:30", end: "12:00" }] },
      { before: [{ key: "2026-12-03:am", start: "09:30", end: "12:00" }], after: null },
    ]);
  });
});
