import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { freshDatabase, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { auditLog } from "@/lib/audit/schema";
import { invalidateCache } from "@/lib/cache/invalidate";
import { formatDays, formatHourRange } from "./format";
import { readSettings } from "./queries";
import { DEFAULT_SETTINGS } from "./registry";
import { settings } from "./schema";
import { saveSettingsGroup } from "./service";

vi.mock("@/lib/cache/invalidate", () => ({ invalidateCache: vi.fn() }));

const identity = (overrides: Record<string, string> = {}) => ({
  ...Object.fromEntries(Object.entries(DEFAULT_SETTINGS.identity).map(([key, value]) => [key, value ?? ""])),
  ...overrides,
});

describe("settings", () => {
  it("are the defaults while nothing is stored", () => {
    expect(readSettings(freshDatabase())).toEqual(DEFAULT_SETTINGS);
  });

  it("fall back to a group's defaults when what is stored no longer passes its checks, and keep the other groups", () => {
    const db = freshDatabase();
    db.insert(settings).values([
      { key: "mail", value: { senderName: "IREV", senderAddress: "pas une adresse" } },
      { key: "retention", value: { sentEmailsDays: 30 } },
    ]).run();
    const read = readSettings(db);
    expect(read.mail).toEqual(DEFAULT_SETTINGS.mail);
    expect(read.retention).toEqual({ ...DEFAULT_SETTINGS.retention, sentEmailsDays: 30 });
  });

  it("are saved by an admin only, from the role in the database", () => {
    const db = freshDatabase();
    for (const role of ["member", "staff"] as const) {
      const user = insertUser(db, role);
      expect(refusal(() => saveSettingsGroup(db, { actor: { userId: user.id }, group: "signatory", values: { name: "X", role: "Y" } })).code).toBe("forbidden");
    }
    const demoted = insertUser(db, "admin", { status: "deleted" });
    expect(refusal(() => saveSettingsGroup(db, { actor: { userId: demoted.id }, group: "signatory", values: { name: "X", role: "Y" } })).code).toBe("unauthenticated");
    expect(db.select().from(settings).all()).toEqual([]);
    expect(db.select().from(auditLog).all()).toEqual([]);
  });

  it("are stored with their before and after in the audit log, and expire the pages that print them", () => {
    const db = freshDatabase();
    const admin = insertUser(db, "admin");
    vi.mocked(invalidateCache).mockClear();
    const values = identity({ contactEmail: " Accueil@IREV.fr ", postalAddress: "2 rue de Tournai, 59000 Lille", phone: "" });
    const saved = saveSettingsGroup(db, { actor: { userId: admin.id }, group: "identity", values });
    expect(saved.contactEmail).toBe("accueil@irev.fr");
    expect(saved.phone).toBeNull();
    expect(readSettings(db).identity).toEqual(saved);
    const [row] = db.select().from(auditLog).where(eq(auditLog.entityType, "settings")).all();
    expect(row).toMatchObject({ actorId: admin.id, action: "settings.update", entityId: "identity" });
    expect(row?.details).toEqual({ before: DEFAULT_SETTINGS.identity, after: saved });
    expect(invalidateCache).toHaveBeenCalledWith(["parametres"]);
  });

  it("refuse a bad e-mail address, a bad time and an afternoon before the morning, field by field, in French", () => {
    const db = freshDatabase();
    const admin = insertUser(db, "admin");
    const actor = { userId: admin.id };
    vi.mocked(invalidateCache).mockClear();

    const badEmail = refusal(() => saveSettingsGroup(db, { actor, group: "mail", values: { senderName: "IREV", senderAddress: "irev.fr", replyTo: "" } }));
    expect(badEmail.fieldErrors).toEqual({ senderAddress: "Indiquez une adresse e-mail valide, par exemple contact@irev.fr." });

    const badTime = refusal(() =>
      saveSettingsGroup(db, { actor, group: "halfDays", values: { morningStart: "9 heures", morningEnd: "12:30", afternoonStart: "13:30", afternoonEnd: "17:00" } }),
    );
    expect(badTime.fieldErrors).toEqual({ morningStart: "Indiquez une heure au format HH:MM, par exemple 09:00 ou 13:30." });

    const afternoonFirst = refusal(() =>
      saveSettingsGroup(db, { actor, group: "halfDays", values: { morningStart: "09:00", morningEnd: "12:30", afternoonStart: "11:00", afternoonEnd: "10:00" } }),
    );
    expect(afternoonFirst.fieldErrors).toEqual({
      afternoonStart: "L'après-midi doit commencer après la fin de la matinée.",
      afternoonEnd: "La fin de l'après-midi doit venir après son début.",
    });

    const backwards = refusal(() =>
      saveSettingsGroup(db, { actor, group: "halfDays", values: { morningStart: "12:00", morningEnd: "09:00", afternoonStart: "13:30", afternoonEnd: "17:00" } }),
    );
    expect(backwards.fieldErrors).toEqual({ morningEnd: "La fin de la matinée doit venir après son début." });

    const badDays = refusal(() => saveSettingsGroup(db, { actor, group: "retention", values: { sentEmailsDays: "0", failedEmailsDays: "1,5", jobRunsDays: "", attestationsYears: "10" } }));
    expect(Object.keys(badDays.fieldErrors)).toEqual(["sentEmailsDays", "failedEmailsDays", "jobRunsDays"]);

    expect(db.select().from(settings).all()).toEqual([]);
    expect(invalidateCache).not.toHaveBeenCalled();
  });

  it("accept hours written the French way, stored as HH:MM", () => {
    const db = freshDatabase();
    const admin = insertUser(db, "admin");
    const saved = saveSettingsGroup(db, {
      actor: { userId: admin.id },
      group: "halfDays",
      values: { morningStart: "8 h 30", morningEnd: "12h", afternoonStart: "14:00", afternoonEnd: "17 h 45" },
    });
    expect(saved).toEqual({ morningStart: "08:30", morningEnd: "12:00", afternoonStart: "14:00", afternoonEnd: "17:45" });
  });

  it("print hours and periods with French units", () => {
    const { halfDays, retention } = DEFAULT_SETTINGS;
    expect(formatHourRange(halfDays.morningStart, halfDays.morningEnd)).toBe("9 h – 12 h 30");
    expect(formatHourRange(halfDays.afternoonStart, halfDays.afternoonEnd)).toBe("13 h 30 – 17 h");
    expect(formatDays(retention.sentEmailsDays)).toBe("365 jours");
    expect(formatDays(1)).toBe("1 jour");
    expect(formatDays(3650)).toBe("3\u202f650 jours");
  });
});
