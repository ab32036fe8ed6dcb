import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { readPdf } from "@/tests/pdf";
import { auditLog } from "@/lib/audit/schema";
import { A4, mm } from "@/lib/pdf/document";
import { badgesPdf, labelBox, printBadges, type Badge } from "./badges";
import { LABEL_FORMATS } from "./label-formats";
import { registrations, type RegistrationStatus } from "./schema";

const now = new Date("2026-11-30T10:00:00Z");
const meetingInfo = { title: "Rencontre du réseau des chefs de projet", startsAt: new Date("2027-01-14T08:30:00Z"), endsAt: new Date("2027-01-14T15:30:00Z"), allDay: false, timeKnown: true };
const close = (value: number) => expect.closeTo(value, 3);

describe("label sheets", () => {
  it("place L7163 labels 2 × 7 from the sheet's real margins and pitches, a new sheet every 14", () => {
    const format = LABEL_FORMATS.L7163;
    expect(labelBox(format, 0)).toEqual({ sheet: 0, x: close(mm(4.65)), y: close(A4.height - mm(15.15 + 38.1)), width: close(mm(99.1)), height: close(mm(38.1)) });
    expect(labelBox(format, 1)).toMatchObject({ sheet: 0, x: close(mm(4.65 + 101.6)), y: close(A4.height - mm(15.15 + 38.1)) });
    expect(labelBox(format, 13)).toMatchObject({ sheet: 0, x: close(mm(106.25)), y: close(mm(15.15)) });
    expect(labelBox(format, 14)).toMatchObject({ sheet: 1, x: close(mm(4.65)), y: close(A4.height - mm(53.25)) });
  });

  it("place L7160 labels 3 × 7, a new sheet every 21", () => {
    const format = LABEL_FORMATS.L7160;
    expect(labelBox(format, 2)).toMatchObject({ sheet: 0, x: close(mm(7.25 + 2 * 66)), y: close(A4.height - mm(53.25)), width: close(mm(63.5)) });
    expect(labelBox(format, 3)).toMatchObject({ sheet: 0, x: close(mm(7.25)), y: close(A4.height - mm(15.15 + 2 * 38.1)) });
    expect(labelBox(format, 20)).toMatchObject({ sheet: 0, y: close(mm(15.15)) });
    expect(labelBox(format, 21)).toMatchObject({ sheet: 1, x: close(mm(7.25)) });
  });

  it("every format fits its labels on an A4 sheet, symmetrically", () => {
    for (const format of Object.values(LABEL_FORMATS)) {
      const last = labelBox(format, format.columns * format.rows - 1);
      expect(last.sheet).toBe(0);
      expect(last.x + last.width).toBeCloseTo(A4.width - mm(format.left), 1);
      expect(last.y).toBeCloseTo(mm(format.top), 0);
    }
  });
});

describe("badges PDF", () => {
  const badges = (n: number): Badge[] => Array.from({ length: n }, (_, i) => ({ givenName: "Personne", familyName: `Badge ${String(i + 1).padStart(2, "0")}`, organisation: "Ville de Noyon" }));

  it("makes a page per 14 badges on L7163 and per 21 on L7160, each badge with names, organisation and the meeting", async () => {
    const l7163 = await readPdf(await badgesPdf(meetingInfo, badges(29), LABEL_FORMATS.L7163, now));
    expect(l7163.pages.map((page) => page.items.filter((item) => item.text.startsWith("BADGE")).length)).toEqual([14, 14, 1]);
    const l7160 = await readPdf(await badgesPdf(meetingInfo, badges(29), LABEL_FORMATS.L7160, now));
    expect(l7160.pages.map((page) => page.items.filter((item) => item.text.startsWith("BADGE")).length)).toEqual([21, 8]);
    const first = l7160.pages[0]!.items;
    expect(first.slice(0, 5).map((item) => item.text)).toEqual(["Personne", "BADGE 01", "Ville de Noyon", "jeudi 14 janvier 2027, 9 h 30 – 16 h 30", "Rencontre du réseau des chefs de projet"]);
    /* The third badge starts in the third column of the first row. */
    const third = first.filter((item) => item.text === "BADGE 03")[0]!;
    expect(third.x).toBeCloseTo(mm(7.25 + 2 * 66 + 3.5), 1);
    expect(third.y).toBeGreaterThan(A4.height - mm(15.15 + 38.1));
  });

  it("writes names the standard fonts cannot, and shrinks long names to the label's width", async () => {
    const long = "de La Rochefoucauld-Montmorency-Laval";
    const pdf = await readPdf(await badgesPdf(meetingInfo, [{ givenName: "Łukasz", familyName: "Ștefan", organisation: null }, { givenName: "Marie-Éléonore", familyName: long, organisation: "Communauté d'agglomération de la Région de Compiègne et de la Basse Automne" }], LABEL_FORMATS.L7160, now));
    const texts = pdf.pages[0]!.items.map((item) => item.text);
    expect(texts).toContain("Łukasz");
    expect(texts).toContain("ȘTEFAN");
    expect(texts).toContain(long.toLocaleUpperCase("fr-FR"));
    expect(texts.some((text) => text.startsWith("Communauté d'agglomération") && text.endsWith("…"))).toBe(true);
  });

  it("says so on one page when nobody is confirmed", async () => {
    const pdf = await readPdf(await badgesPdf(meetingInfo, [], LABEL_FORMATS.L7163, now));
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.text).toMatch(/^Aucune inscription confirmée\s:\saucun badge à imprimer\.$/);
  });
});

describe("printBadges", () => {
  it("prints the confirmed registrants by family name for staff, audited; refuses others", async () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { slug: "rencontre-badges" });
    const register = (status: RegistrationStatus, familyName: string) => {
      const user = insertUser(db, "member", { givenName: "Anne", familyName });
      db.insert(registrations).values({ meetingId: meeting.id, userId: user.id, status }).run();
    };
    register("confirmed", "Zola");
    register("confirmed", "Émile");
    register("waitlisted", "Attente");
    register("pending_approval", "Demande");
    register("cancelled", "Annulé");
    const staff = insertUser(db, "staff");
    const file = await printBadges(db, { userId: staff.id }, meeting, "L7160", now);
    expect(file.filename).toBe("badges-rencontre-badges-L7160.pdf");
    const names = (await readPdf(file.body)).pages[0]!.items.filter((item) => item.text === item.text.toUpperCase() && item.text.length > 1).map((item) => item.text);
    expect(names).toEqual(["ÉMILE", "ZOLA"]);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "registrations.badges")).all()).toEqual([
      expect.objectContaining({ actorId: staff.id, entityType: "meeting", entityId: meeting.id, details: { format: "L7160", count: 2 } }),
    ]);
    const member = insertUser(db, "member");
    await expect(printBadges(db, { userId: member.id }, meeting, "L7163", now)).rejects.toMatchObject({ code: "forbidden" });
    expect(db.select().from(auditLog).where(eq(auditLog.action, "registrations.badges")).all()).toHaveLength(1);
  });
});
