import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog } from "@/lib/audit/schema";
import { freshDatabase, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { createReport, updateReport } from "./editing";
import { getPublishedReportBySlug } from "./queries";
import { reports } from "./schema";
import { availableTransitions, transitionReport } from "./workflow";

function setup() {
  const db = freshDatabase();
  const staff = { userId: insertUser(db, "staff").id };
  const form = { kind: "actualite", title: "Circulaire", visibility: "public", body: "Texte v1" };
  const { id, slug } = createReport(db, staff, form);
  const state = () => db.select().from(reports).where(eq(reports.id, id)).get()!;
  return { db, staff, form, id, slug, state };
}

describe("availableTransitions", () => {
  it("offers each state's transitions: the report's, then its next version's", () => {
    const none = { pendingRevisionId: null, pendingStatus: null };
    expect(availableTransitions({ status: "draft", ...none })).toEqual(["submit"]);
    expect(availableTransitions({ status: "in_review", ...none })).toEqual(["publish", "return_to_draft"]);
    expect(availableTransitions({ status: "published", ...none })).toEqual(["archive"]);
    expect(availableTransitions({ status: "archived", ...none })).toEqual(["republish"]);
    expect(availableTransitions({ status: "published", pendingRevisionId: "r", pendingStatus: "draft" })).toEqual(["archive", "submit_version", "discard_version"]);
    expect(availableTransitions({ status: "published", pendingRevisionId: "r", pendingStatus: "in_review" })).toEqual([
      "archive",
      "publish_version",
      "return_version_to_draft",
      "discard_version",
    ]);
    /* An archived report's next version is published by republishing first. */
    expect(availableTransitions({ status: "archived", pendingRevisionId: "r", pendingStatus: "in_review" })).toEqual(["republish", "return_version_to_draft", "discard_version"]);
  });
});

describe("transitionReport", () => {
  it("takes a report through review, publication, a next version, archiving and back; each step audited", () => {
    const { db, staff, form, id, slug, state } = setup();
    expect(refusal(() => transitionReport(db, staff, id, "publish")).code).toBe("conflict");
    transitionReport(db, staff, id, "submit");
    transitionReport(db, staff, id, "return_to_draft");
    transitionReport(db, staff, id, "submit");
    const publishedAt = new Date("2026-11-02T09:00:00Z");
    transitionReport(db, staff, id, "publish", publishedAt);
    expect(state()).toMatchObject({ status: "published", publishedAt });

    updateReport(db, staff, id, { ...form, body: "Texte v2" });
    expect(state().pendingStatus).toBe("draft");
    transitionReport(db, staff, id, "submit_version");
    expect(getPublishedReportBySlug(db, slug, null)).toMatchObject({ report: { body: "Texte v1" } });
    const republishedAt = new Date("2026-11-20T09:00:00Z");
    transitionReport(db, staff, id, "publish_version", republishedAt);
    expect(state()).toMatchObject({ status: "published", body: "Texte v2", publishedAt, modifiedAt: republishedAt, pendingStatus: null });

    updateReport(db, staff, id, { ...form, body: "Texte v3" });
    transitionReport(db, staff, id, "discard_version");
    expect(state()).toMatchObject({ body: "Texte v2", pendingRevisionId: null });

    transitionReport(db, staff, id, "archive");
    expect(getPublishedReportBySlug(db, slug, null)).toBeNull();
    transitionReport(db, staff, id, "republish");
    expect(getPublishedReportBySlug(db, slug, null)).toMatchObject({ report: { body: "Texte v2" } });

    const actions = db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id)).all().map((row) => row.action);
    expect(actions.filter((action) => !["report.create", "report.update"].includes(action))).toEqual([
      "report.submit",
      "report.return_to_draft",
      "report.submit",
      "report.publish",
      "report.submit_version",
      "report.publish_version",
      "report.discard_version",
      "report.archive",
      "report.republish",
    ]);
    expect(refusal(() => transitionReport(db, { userId: insertUser(db, "member").id }, id, "archive")).code).toBe("forbidden");
  });
});
