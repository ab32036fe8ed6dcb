import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { openDatabase, type Db } from "@/db/open";
import { auditLog } from "@/lib/audit/schema";
import { DomainError } from "@/lib/errors";
import { outboxEmails } from "@/lib/mail/schema";
import { meetings } from "@/lib/meetings/schema";
import { registrations } from "@/lib/registrations/schema";
import { saveSettingsGroup } from "@/lib/settings/service";
import { parisInstant } from "@/lib/time";
import { startWorkerProcess } from "@/tests/child-process";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";

vi.mock("@/lib/cache/invalidate", () => ({ invalidateCache: vi.fn() }));
import { attestationByCode, attestationsOf, issueAttestations, meetingAttestations, newVerificationCode, normaliseVerificationCode, ownAttestation } from "./attestations";

const NOW = parisInstant(2026, 11, 10, 10);
const at = (hour: number, minute = 0) => parisInstant(2026, 11, 3, hour, minute);

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("not refused");
}

/** A past meeting of 9:30 to 16:30 on 3 November 2026 and registrants with the attendance given. */
function pastMeeting(db: Db, attendances: Record<string, boolean>[]) {
  const meeting = insertMeeting(db, { title: "Rencontre « Cadre de vie »", startsAt: at(9, 30), endsAt: at(16, 30), venueName: "Mairie", venueCity: "Lens" });
  const people = attendances.map((attendance, index) => {
    const user = insertUser(db, "member", { givenName: index === 0 ? "Łukasz" : "Personne", familyName: index === 0 ? "Żółkiewski" : `P${index}` });
    const registration = db.insert(registrations).values({ meetingId: meeting.id, userId: user.id, status: "confirmed", attendance }).returning().get();
    return { user, registration };
  });
  return { meeting, people };
}

describe("verification codes", () => {
  it("are 12 characters from an alphabet without look-alikes, and read back however typed", () => {
    const codes = new Set(Array.from({ length: 200 }, newVerificationCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(normaliseVerificationCode(" k7qm 4pxr-9twa ")).toBe("K7QM-4PXR-9TWA");
  });
});

describe("issueAttestations", () => {
  it("issues one attestation per attended registrant with a snapshot, numbers of the year, e-mails; staff only, audited", () => {
    const db = freshDatabase();
    const staff = insertUser(db, "staff");
    saveSettingsGroup(db, { actor: "operator", group: "signatory", values: { name: "Camille Martin", role: "directrice" } });
    const { meeting, people } = pastMeeting(db, [{ "2026-11-03:am": true, "2026-11-03:pm": true }, { "2026-11-03:pm": true }, {}]);
    expect(refusal(() => issueAttestations(db, { userId: people[0]!.user.id }, meeting.id, { now: NOW })).code).toBe("forbidden");
    expect(refusal(() => issueAttestations(db, { userId: staff.id }, meeting.id, { now: at(12) })).message).toBe("Les attestations se délivrent une fois la rencontre terminée.");
    expect(refusal(() => issueAttestations(db, { userId: staff.id }, meeting.id, { registrationId: people[2]!.registration.id, now: NOW })).code).toBe("conflict");

    expect(issueAttestations(db, { userId: staff.id }, meeting.id, { now: NOW })).toEqual({ issued: 2, updated: 0, unchanged: 0 });
    /* Numbered in the order of family names: P1, then Żółkiewski. */
    const [second, first] = meetingAttestations(db, meeting.id).sort((a, b) => a.number.localeCompare(b.number));
    expect(first).toMatchObject({
      number: "2026-0002",
      participantName: "Łukasz Żółkiewski",
      meetingTitle: "Rencontre « Cadre de vie »",
      meetingNature: "Rencontre de réseau",
      meetingDates: "mardi 3 novembre 2026",
      place: "Mairie, Lens",
      attendedMinutes: 180 + 180,
      signatoryName: "Camille Martin",
      signatoryRole: "directrice",
      issuedPlace: "Lille",
      issuedAt: NOW,
    });
    expect(first!.halfDays.map((half) => half.label)).toEqual(["mardi 3 novembre 2026, matin (9 h 30 – 12 h 30)", "mardi 3 novembre 2026, après-midi (13 h 30 – 16 h 30)"]);
    expect(second).toMatchObject({ number: "2026-0001", attendedMinutes: 180 });
    expect(db.select().from(outboxEmails).where(eq(outboxEmails.kind, "attestation_available")).all()).toHaveLength(2);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "attestations.issue")).get()!.details).toEqual({ issued: 2, updated: 0, unchanged: 0, registrationId: null });
  });

  it("re-issued after a correction, keeps its number and code and updates what it certifies; unchanged ones are left alone", () => {
    const db = freshDatabase();
    const staff = insertUser(db, "staff");
    const { meeting, people } = pastMeeting(db, [{ "2026-11-03:am": true }, { "2026-11-03:pm": true }]);
    issueAttestations(db, { userId: staff.id }, meeting.id, { now: NOW });
    const before = meetingAttestations(db, meeting.id).find((row) => row.registrationId === people[0]!.registration.id)!;
    db.update(registrations).set({ attendance: { "2026-11-03:am": true, "2026-11-03:pm": true } }).where(eq(registrations.id, people[0]!.registration.id)).run();
    const later = new Date(NOW.getTime() + 60_000);
    expect(issueAttestations(db, { userId: staff.id }, meeting.id, { now: later })).toEqual({ issued: 0, updated: 1, unchanged: 1 });
    const after = meetingAttestations(db, meeting.id).find((row) => row.registrationId === people[0]!.registration.id)!;
    expect([after.number, after.verificationCode]).toEqual([before.number, before.verificationCode]);
    expect([after.attendedMinutes, after.issuedAt]).toEqual([360, later]);
    expect(meetingAttestations(db, meeting.id)).toHaveLength(2);
    expect(db.select().from(outboxEmails).where(eq(outboxEmails.kind, "attestation_available")).all()).toHaveLength(3);
  });

  it("lets a member read only their own attestations; the register outlives the registration", () => {
    const db = freshDatabase();
    const staff = insertUser(db, "staff");
    const { meeting, people } = pastMeeting(db, [{ "2026-11-03:am": true }, { "2026-11-03:am": true }]);
    issueAttestations(db, { userId: staff.id }, meeting.id, { now: NOW });
    const [mine] = attestationsOf(db, people[0]!.user.id);
    expect(mine!.participantName).toBe("Łukasz Żółkiewski");
    expect(ownAttestation(db, people[0]!.user.id, mine!.number)).toBeDefined();
    expect(ownAttestation(db, people[1]!.user.id, mine!.number)).toBeUndefined();
    db.delete(meetings).where(eq(meetings.id, meeting.id)).run();
    const kept = attestationByCode(db, mine!.verificationCode.toLowerCase())!;
    expect([kept.registrationId, kept.meetingId, kept.meetingTitle]).toEqual([null, null, "Rencontre « Cadre de vie »"]);
  });

  it("numbers attestations issued by several processes at once without a gap or a duplicate", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "irev-attestations-")), "test.db");
    const { db, sqlite } = openDatabase(file);
    const staff = insertUser(db, "staff");
    const meetingsWithPeople = Array.from({ length: 3 }, () => pastMeeting(db, Array.from({ length: 8 }, () => ({ "2026-11-03:am": true }))));
    const worker = fileURLToPath(new URL("./attestations-worker.ts", import.meta.url));
    const workers = meetingsWithPeople.map(({ meeting, people }) => startWorkerProcess(worker, [file, staff.id, meeting.id, ...people.map((p) => p.registration.id)]));
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.go();
    const numbers = (await Promise.all(workers.map((w) => w.exited))).flat();
    const year = new Date().getFullYear();
    expect(numbers.sort()).toEqual(Array.from({ length: 24 }, (_, i) => `${year}-${String(i + 1).padStart(4, "0")}`));
    sqlite.close();
  }, 60_000);
});
