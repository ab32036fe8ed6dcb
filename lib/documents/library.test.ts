import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDatabase, insertMeeting } from "@/tests/db";
import { themes } from "@/lib/themes/schema";
import { parisInstant } from "@/lib/time";
import { attachments, documentThemes, documents } from "./schema";
import { libraryYears, listLibraryDocuments, parseLibrarySegment, librarySegment } from "./library";

function setUp() {
  const db = freshDatabase();
  const sante = db.insert(themes).values({ slug: "sante", name: "Santé" }).returning().get();
  const document = (title: string, values: Partial<typeof documents.$inferInsert> = {}) =>
    db
      .insert(documents)
      .values({ title, originalFilename: `${title}.pdf`, storageName: title, mimeType: "application/pdf", sizeBytes: 1000, sha256: title, ...values })
      .returning()
      .get();
  const invitation = document("invitation", { createdAt: parisInstant(2017, 4, 1), downloadCount: 3 });
  document("diaporama", { createdAt: parisInstant(2018, 1, 1, 0, 30), downloadCount: 10 });
  document("annuaire", { createdAt: parisInstant(2017, 5, 1), visibility: "members", downloadCount: 50 });
  db.insert(documentThemes).values({ documentId: invitation.id, themeId: sante.id }).run();
  db.insert(attachments).values({ documentId: invitation.id, meetingId: insertMeeting(db).id }).run();
  return { db, invitation };
}

const titles = (result: ReturnType<typeof listLibraryDocuments>) => result.items.map((d) => d.title);

describe("listLibraryDocuments", () => {
  it("never lists members-only documents to visitors or pending accounts", () => {
    const { db } = setUp();
    expect(titles(listLibraryDocuments(db, null, {}))).toEqual(["diaporama", "invitation"]);
    expect(titles(listLibraryDocuments(db, "pending", {}))).toEqual(["diaporama", "invitation"]);
    expect(titles(listLibraryDocuments(db, "member", {}))).toEqual(["diaporama", "annuaire", "invitation"]);
    expect(libraryYears(db, null)).toEqual([2018, 2017]);
  });

  it("filters by theme, Paris year and use, sorts by downloads and paginates", () => {
    const { db, invitation } = setUp();
    expect(titles(listLibraryDocuments(db, "member", { theme: "sante" }))).toEqual(["invitation"]);
    expect(listLibraryDocuments(db, "member", { theme: "sante" }).items[0]!.themes).toEqual([{ slug: "sante", name: "Santé" }]);
    expect(titles(listLibraryDocuments(db, "member", { annee: 2018 }))).toEqual(["diaporama"]);
    expect(titles(listLibraryDocuments(db, "member", { usage: "rencontres" }))).toEqual(["invitation"]);
    expect(titles(listLibraryDocuments(db, "member", { usage: "publications" }))).toEqual([]);
    expect(titles(listLibraryDocuments(db, "member", { tri: "telechargements" }))).toEqual(["annuaire", "diaporama", "invitation"]);
    const second = listLibraryDocuments(db, "member", { tri: "telechargements", page: 2 }, 2);
    expect(second.total).toBe(3);
    expect(titles(second)).toEqual(["invitation"]);
    db.update(documents).set({ visibility: "members" }).where(eq(documents.id, invitation.id)).run();
    expect(listLibraryDocuments(db, null, { theme: "sante" }).total).toBe(0);
  });

  it("gives each filter state one canonical segment", () => {
    expect(librarySegment({ tri: "telechargements", theme: "sante" })).toBe("theme.sante~tri.telechargements");
    expect(parseLibrarySegment("theme.sante~tri.telechargements")).toEqual({ theme: "sante", tri: "telechargements" });
    expect(parseLibrarySegment("tri.telechargements~theme.sante")).toBeNull();
  });
});
