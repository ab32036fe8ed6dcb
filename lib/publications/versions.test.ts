import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDatabase } from "@/tests/db";
import { themes } from "@/lib/themes/schema";
import { reportRevisions, reports } from "./schema";
import { getPublishedReportBySlug } from "./queries";
import { reportFields } from "./revisions";
import { publishReport, saveWorkingVersion, workingVersion } from "./versions";

function setUp() {
  const db = freshDatabase();
  const theme = db.insert(themes).values({ slug: "emploi", name: "Emploi" }).returning().get();
  const report = db.insert(reports).values({ kind: "compte_rendu", title: "Premier titre", slug: "premier-titre" }).returning().get();
  const fields = { ...reportFields(db, report.id)!, body: "Texte v1", themeIds: [theme.id] };
  return { db, report, fields };
}

describe("report versions", () => {
  it("a draft is saved on the report itself, each save kept as a revision", () => {
    const { db, report, fields } = setUp();
    db.transaction((tx) => saveWorkingVersion(tx, report.id, { ...fields, title: "Titre corrigé", slug: "titre-corrige" }, null));
    expect(reportFields(db, report.id)).toMatchObject({ title: "Titre corrigé", slug: "titre-corrige", body: "Texte v1", themeIds: fields.themeIds });
    expect(db.select().from(reportRevisions).where(eq(reportRevisions.reportId, report.id)).all()).toHaveLength(1);
  });

  it("once published, edits wait as the next version while readers keep the published text, until it is published", () => {
    const { db, report, fields } = setUp();
    db.transaction((tx) => saveWorkingVersion(tx, report.id, fields, null));
    const firstPublication = new Date("2026-11-02T09:00:00Z");
    db.transaction((tx) => publishReport(tx, report.id, firstPublication));

    const { pending } = db.transaction((tx) => saveWorkingVersion(tx, report.id, { ...fields, body: "Texte v2", slug: "autre-adresse" }, null));
    expect(pending).toBe(true);
    expect(db.select().from(reports).where(eq(reports.id, report.id)).get()).toMatchObject({ status: "published", pendingStatus: "draft" });
    expect(getPublishedReportBySlug(db, "premier-titre", null)).toMatchObject({ report: { body: "Texte v1" } });
    expect(workingVersion(db, report.id)).toMatchObject({ body: "Texte v2", slug: "premier-titre" });

    const republication = new Date("2026-11-20T09:00:00Z");
    db.transaction((tx) => publishReport(tx, report.id, republication));
    expect(db.select().from(reports).where(eq(reports.id, report.id)).get()).toMatchObject({
      body: "Texte v2",
      slug: "premier-titre",
      publishedAt: firstPublication,
      modifiedAt: republication,
      pendingRevisionId: null,
      pendingStatus: null,
    });
  });
});
