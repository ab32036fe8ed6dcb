import { describe, expect, it, vi } from "vitest";
import { agendaItems, meetings } from "@/lib/meetings/schema";
import { saveSettingsGroup } from "@/lib/settings/service";
import { parisDayStart, parisInstant } from "@/lib/time";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { eq } from "drizzle-orm";
import { attendedMinutes } from "./half-days";

vi.mock("@/lib/cache/invalidate", () => ({ invalidateCache: vi.fn() }));
import { findMeetingHalfDays } from "./queries";

describe("findMeetingHalfDays", () => {
  it("reads a meeting's programme, its adjusted half-days and the settings' default hours from the database", () => {
    const db = freshDatabase();
    const at = (hour: number, minute = 0) => parisInstant(2026, 12, 3, hour, minute);
    const meeting = insertMeeting(db, { startsAt: at(9, 30), endsAt: at(16, 30) });
    expect(findMeetingHalfDays(db, meeting.id).map((half) => `${half.key} ${half.start}-${half.end}`)).toEqual(["2026-12-03:am 09:30-12:30", "2026-12-03:pm 13:30-16:30"]);

    db.insert(agendaItems).values([
      { meetingId: meeting.id, position: 0, kind: "accueil", title: "Accueil", startsAt: at(9, 30), endsAt: at(10) },
      { meetingId: meeting.id, position: 1, kind: "intervention", title: "Ouverture", startsAt: at(10), endsAt: at(12) },
    ]).run();
    const morning = findMeetingHalfDays(db, meeting.id);
    expect(morning.map((half) => `${half.key} ${half.start}-${half.end}`)).toEqual(["2026-12-03:am 09:30-12:00"]);
    expect(attendedMinutes(morning, { "2026-12-03:am": true })).toBe(150);

    db.update(meetings).set({ halfDays: [{ key: "2026-12-03:am", start: "09:00", end: "12:00" }, { key: "2026-12-03:pm", start: "13:00", end: "15:00" }] }).where(eq(meetings.id, meeting.id)).run();
    expect(attendedMinutes(findMeetingHalfDays(db, meeting.id), { "2026-12-03:am": true, "2026-12-03:pm": true })).toBe(300);
  });

  it("gives an all-day meeting of two days the default hours the settings hold", () => {
    const db = freshDatabase();
    const admin = insertUser(db, "admin");
    saveSettingsGroup(db, { actor: { userId: admin.id }, group: "halfDays", values: { morningStart: "08:30", morningEnd: "12:00", afternoonStart: "13:00", afternoonEnd: "16:00" } });
    const meeting = insertMeeting(db, { startsAt: parisDayStart("2026-12-03"), endsAt: parisDayStart("2026-12-05"), allDay: true });
    const halves = findMeetingHalfDays(db, meeting.id);
    expect(halves.map((half) => half.key)).toEqual(["2026-12-03:am", "2026-12-03:pm", "2026-12-04:am", "2026-12-04:pm"]);
    expect(attendedMinutes(halves, Object.fromEntries(halves.map((half) => [half.key, true])))).toBe(2 * (210 + 180));
    expect(findMeetingHalfDays(db, "inconnue")).toEqual([]);
  });
});
