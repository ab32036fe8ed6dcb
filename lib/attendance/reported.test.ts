import { describe, expect, it } from "vitest";
import { participationLabel } from "./reported";

const endsAt = new Date("2026-12-03T16:00:00Z");
const after = new Date("2026-12-03T17:00:00Z");

describe("participationLabel", () => {
  it("shows the recorded attendance once the meeting has ended, and nothing before or when nobody was recorded", () => {
    const meeting = { endsAt, reportedAttendance: null, reportedAttendanceLabel: null };
    expect(participationLabel(meeting, 32, after)).toBe("32 participants");
    expect(participationLabel(meeting, 1, after)).toBe("1 participant");
    expect(participationLabel(meeting, 1250, after)).toBe("1\u202f250 participants");
    expect(participationLabel(meeting, 32, new Date("2026-12-03T15:00:00Z"))).toBeNull();
    expect(participationLabel(meeting, 0, after)).toBeNull();
  });

  it("lets staff's figure win: their wording, else their number", () => {
    expect(participationLabel({ endsAt, reportedAttendance: 330, reportedAttendanceLabel: "plus de 330 personnes" }, 32, after)).toBe("plus de 330 personnes");
    expect(participationLabel({ endsAt, reportedAttendance: 17, reportedAttendanceLabel: null }, 32, after)).toBe("17 participants");
  });
});
