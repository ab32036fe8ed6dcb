import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/lib/audit/schema";
import { parisInstant } from "@/lib/time";
import { freshDatabase, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { createReport, updateReport } from "./editing";
import { getPublishedReportBySlug } from "./queries";
import { cancelScheduledPublication, nextScheduledPublication, publishDueReports, schedulePublication } from "./schedule";
import { reports } from "./schema";
import { transitionReport } from "./workflow";

/* A fake clock: every call says what time it is. */
const NOW = parisInstant(2027, 1, 14, 18, 0);
const MINUTE = 60_000;

function setup() {
  const db = freshDatabase();
  const staff = { userId: insertUser(db, "staff").id };
  const form = { kind: "actualite", title: "Circulaire", visibility: "public", body: "Texte v1" };
  const { id, slug } = createReport(db, staff, form, NOW);
  const state = () => db.select().from(reports).where(eq(reports.id, id)).get()!;
  return { db, staff, form, id, slug, state };
}

describe("scheduled publication", () => {
  it("publishes a reviewed report at the Paris instant chosen, not before, dated then; the job's second run publishes nothing", () => {
    const { db, staff, id, slug, state } = setup();
    expect(refusal(() => schedulePublication(db, staff, id, "2027-01-15", "09:00", NOW)).code).toBe("conflict");
    transitionReport(db, staff, id, "submit", NOW);
    expect(refusal(() => schedulePublication(db, staff, id, "2027-01-14", "17:59", NOW)).fieldErrors).toEqual({ publishDate: "Choisissez une date et une heure à venir." });
    expect(refusal(() => schedulePublication(db, staff, id, "2027-02-30", "09:00", NOW)).fieldErrors.publishDate).toMatch(/qui existent/);

    const at = schedulePublication(db, staff, id, "2027-01-15", "09:00", NOW);
    expect(at).toEqual(parisInstant(2027, 1, 15, 9, 0));
    expect(nextScheduledPublication(db, NOW)).toEqual(at);

    expect(publishDueReports(db, new Date(at.getTime() - 1))).toEqual({ summary: "Aucune publication programmée à publier.", idle: true });
    expect(getPublishedReportBySlug(db, slug, null)).toBeNull();
    expect(publishDueReports(db, new Date(at.getTime() + 2_000))).toEqual({ summary: "1 publication programmée publiée." });
    expect(state()).toMatchObject({ status: "published", publishedAt: at, publishAt: null });
    expect(publishDueReports(db, new Date(at.getTime() + 7_000)).idle).toBe(true);
    expect(nextScheduledPublication(db, at)).toBeNull();
    expect(db.select().from(auditLog).where(eq(auditLog.action, "report.publish")).get()).toMatchObject({ actorId: null, entityId: id });
  });

  it("publishes a reviewed next version on time, the published text staying until then; 'Modifié le' is that instant", () => {
    const { db, staff, form, id, slug, state } = setup();
    transitionReport(db, staff, id, "submit", NOW);
    transitionReport(db, staff, id, "publish", NOW);
    updateReport(db, staff, id, { ...form, body: "Texte v2" }, NOW);
    transitionReport(db, staff, id, "submit_version", NOW);
    const at = schedulePublication(db, staff, id, "2027-01-14", "18:02", NOW);
    publishDueReports(db, new Date(at.getTime() - MINUTE));
    expect(getPublishedReportBySlug(db, slug, null)).toMatchObject({ report: { body: "Texte v1" } });
    publishDueReports(db, at);
    expect(state()).toMatchObject({ body: "Texte v2", publishedAt: NOW, modifiedAt: at, pendingRevisionId: null });
  });

  it("is cancelled by staff, or by sending the version back to draft; audited", () => {
    const { db, staff, id, state } = setup();
    transitionReport(db, staff, id, "submit", NOW);
    schedulePublication(db, staff, id, "2027-01-15", "09:00", NOW);
    cancelScheduledPublication(db, staff, id);
    expect(state().publishAt).toBeNull();
    expect(refusal(() => cancelScheduledPublication(db, staff, id)).code).toBe("conflict");
    schedulePublication(db, staff, id, "2027-01-15", "09:00", NOW);
    transitionReport(db, staff, id, "return_to_draft", NOW);
    expect(state().publishAt).toBeNull();
    expect(publishDueReports(db, parisInstant(2027, 1, 16)).idle).toBe(true);
    expect(state().status).toBe("draft");
    const actions = db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id)).all().map((row) => row.action);
    expect(actions).toEqual(["report.create", "report.submit", "report.schedule", "report.unschedule", "report.schedule", "report.return_to_draft"]);
  });
});
