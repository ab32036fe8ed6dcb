import { describe, expect, it } from "vitest";
import { freshDatabase, insertMeeting } from "@/tests/db";
import { contactThemes, contacts } from "@/lib/contacts/schema";
import { documentThemes, documents } from "@/lib/documents/schema";
import { meetingThemes } from "@/lib/meetings/schema";
import { reportThemes, reports } from "@/lib/publications/schema";
import { themes } from "./schema";
import { getThemePage, listThemesForReaders } from "./reading";

const DAY = 86_400_000;

function setUp() {
  const db = freshDatabase();
  const sante = db.insert(themes).values({ slug: "sante", name: "Santé", position: 1 }).returning().get();
  db.insert(themes).values({ slug: "europe", name: "Europe", position: 2 }).run();
  const now = new Date();
  const meetingIds = [
    insertMeeting(db, { slug: "bientot", startsAt: new Date(now.getTime() + DAY), endsAt: new Date(now.getTime() + DAY + 3_600_000) }).id,
    insertMeeting(db, { slug: "plus-tard", startsAt: new Date(now.getTime() + 5 * DAY), endsAt: new Date(now.getTime() + 5 * DAY + 3_600_000) }).id,
    insertMeeting(db, { slug: "passee", startsAt: new Date(now.getTime() - 5 * DAY), endsAt: new Date(now.getTime() - 5 * DAY + 3_600_000) }).id,
    insertMeeting(db, { slug: "brouillon", status: "draft" }).id,
  ];
  for (const meetingId of meetingIds) db.insert(meetingThemes).values({ meetingId, themeId: sante.id }).run();
  const report = (slug: string, values: Partial<typeof reports.$inferInsert>) =>
    db.insert(reports).values({ kind: "compte_rendu", title: slug, slug, status: "published", publishedAt: now, ...values }).returning().get().id;
  for (const reportId of [report("publie", {}), report("reserve", { visibility: "members" }), report("en-cours", { status: "draft" })]) {
    db.insert(reportThemes).values({ reportId, themeId: sante.id }).run();
  }
  const document = (title: string, visibility: "public" | "members") =>
    db.insert(documents).values({ title, visibility, originalFilename: `${title}.pdf`, storageName: title, mimeType: "application/pdf", sizeBytes: 10, sha256: title }).returning().get().id;
  for (const documentId of [document("public", "public"), document("membres", "members")]) db.insert(documentThemes).values({ documentId, themeId: sante.id }).run();
  const contact = db.insert(contacts).values({ name: "Référente santé", email: "referente@example.org" }).returning().get();
  db.insert(contactThemes).values({ contactId: contact.id, themeId: sante.id }).run();
  return db;
}

describe("themes for readers", () => {
  it("counts on each theme only what the role may see", () => {
    const db = setUp();
    const counts = (role: Parameters<typeof listThemesForReaders>[1]) =>
      listThemesForReaders(db, role).map(({ slug, meetings, reports, documents }) => ({ slug, meetings, reports, documents }));
    expect(counts(null)).toEqual([
      { slug: "sante", meetings: 3, reports: 2, documents: 1 },
      { slug: "europe", meetings: 0, reports: 0, documents: 0 },
    ]);
    expect(counts("member")[0]).toEqual({ slug: "sante", meetings: 3, reports: 2, documents: 2 });
    expect(counts("staff")[0]).toEqual({ slug: "sante", meetings: 4, reports: 2, documents: 2 });
  });

  it("shows upcoming meetings first, then past ones, the reports and documents, and contacts to members only", () => {
    const db = setUp();
    const visitor = getThemePage(db, "sante", null)!;
    expect(visitor.upcoming.items.map((m) => m.slug)).toEqual(["bientot", "plus-tard"]);
    expect(visitor.past.items.map((m) => m.slug)).toEqual(["passee"]);
    expect(visitor.reports.items.map((r) => [r.slug, r.restricted]).sort()).toEqual([
      ["publie", false],
      ["reserve", true],
    ]);
    expect(visitor.documents.items.map((d) => d.title)).toEqual(["public"]);
    expect(visitor.contacts).toEqual([]);
    expect(getThemePage(db, "sante", "pending")!.contacts).toEqual([]);
    expect(getThemePage(db, "sante", "member")!.contacts.map((c) => c.name)).toEqual(["Référente santé"]);
    expect(getThemePage(db, "sante", "member")!.documents.total).toBe(2);
    expect(getThemePage(db, "inconnue", null)).toBeNull();
  });
});
