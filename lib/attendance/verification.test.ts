import { describe, expect, it, vi } from "vitest";
import { registrations } from "@/lib/registrations/schema";
import { parisInstant } from "@/lib/time";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";

vi.mock("@/lib/cache/invalidate", () => ({ invalidateCache: vi.fn() }));
import { issueAttestations, meetingAttestations } from "./attestations";
import { MAX_WRONG_CODES_PER_CLIENT, verifyAttestationCode } from "./verification";

describe("verifyAttestationCode", () => {
  it("finds a right code however typed, refuses wrong ones, and throttles a client's wrong codes before reading the register", () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { startsAt: parisInstant(2026, 11, 3, 9), endsAt: parisInstant(2026, 11, 3, 12) });
    db.insert(registrations).values({ meetingId: meeting.id, userId: insertUser(db).id, status: "confirmed", attendance: { "2026-11-03:am": true } }).run();
    issueAttestations(db, "operator", meeting.id, { now: parisInstant(2026, 11, 4, 9) });
    const [attestation] = meetingAttestations(db, meeting.id);
    const now = parisInstant(2026, 11, 5, 9);

    for (let i = 0; i < 5; i += 1) expect(verifyAttestationCode(db, attestation!.verificationCode.toLowerCase(), "203.0.113.7", now).outcome).toBe("found");
    for (let i = 0; i < MAX_WRONG_CODES_PER_CLIENT; i += 1) expect(verifyAttestationCode(db, `FAUX-CODE-${i}`, "203.0.113.7", now).outcome).toBe("unknown");
    expect(verifyAttestationCode(db, "FAUX-CODE-X", "203.0.113.7", now).outcome).toBe("throttled");
    expect(verifyAttestationCode(db, attestation!.verificationCode, "203.0.113.7", now).outcome).toBe("throttled");
    expect(verifyAttestationCode(db, attestation!.verificationCode, "198.51.100.2", now)).toMatchObject({ outcome: "found", attestation: { number: attestation!.number } });
    expect(verifyAttestationCode(db, attestation!.verificationCode, "203.0.113.7", new Date(now.getTime() + 61 * 60_000)).outcome).toBe("found");
  });
});
