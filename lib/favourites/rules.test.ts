import { describe, expect, it } from "vitest";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { documents } from "@/lib/documents/schema";
import { reports } from "@/lib/publications/schema";
import { addFavourite, canKeepFavourites, favouriteIds, listFavourites, removeFavourite } from "./rules";

function setUp() {
  const db = freshDatabase();
  const meeting = insertMeeting(db, { title: "Rencontre de Noyon" });
  const draft = insertMeeting(db, { status: "draft" });
  const report = (slug: string, values: Partial<typeof reports.$inferInsert> = {}) =>
    db.insert(reports).values({ kind: "compte_rendu", title: slug, slug, status: "published", publishedAt: new Date(), ...values }).returning().get();
  const document = (title: string, visibility: "public" | "members") =>
    db.insert(documents).values({ title, visibility, originalFilename: `${title}.pdf`, storageName: title, mimeType: "application/pdf", sizeBytes: 10, sha256: title }).returning().get();
  return {
    db,
    meeting,
    draft,
    report: report("compte-rendu"),
    reserved: report("reserve", { visibility: "members" }),
    unpublished: report("brouillon", { status: "draft" }),
    document: document("invitation", "public"),
    membersDocument: document("annuaire", "members"),
  };
}

describe("favourites", () => {
  it("are kept by members and the team only", () => {
    expect([null, "pending", "member", "staff", "admin"].map((role) => canKeepFavourites(role as never))).toEqual([false, false, true, true, true]);
  });

  it("add a meeting, a report and a document once, list them by kind, and remove them", () => {
    const { db, meeting, report, reserved, document, membersDocument } = setUp();
    const member = insertUser(db, "member");
    addFavourite(db, member.id, { kind: "rencontre", id: meeting.id });
    addFavourite(db, member.id, { kind: "publication", id: report.id });
    addFavourite(db, member.id, { kind: "publication", id: reserved.id });
    addFavourite(db, member.id, { kind: "document", id: document.id });
    addFavourite(db, member.id, { kind: "document", id: membersDocument.id });
    addFavourite(db, member.id, { kind: "document", id: document.id });

    const listed = listFavourites(db, member.id, "member");
    expect(listed.meetings.map((m) => m.title)).toEqual(["Rencontre de Noyon"]);
    expect(listed.reports.map((r) => r.slug).sort()).toEqual(["compte-rendu", "reserve"]);
    expect(listed.documents.map((d) => d.title).sort()).toEqual(["annuaire", "invitation"]);
    expect(favouriteIds(db, member.id, "document", [document.id, membersDocument.id, "autre"])).toEqual(new Set([document.id, membersDocument.id]));

    removeFavourite(db, member.id, { kind: "document", id: document.id });
    removeFavourite(db, member.id, { kind: "document", id: document.id });
    expect(favouriteIds(db, member.id, "document", [document.id])).toEqual(new Set());
    expect(listFavourites(db, insertUser(db, "member").id, "member")).toEqual({ meetings: [], reports: [], documents: [] });
  });

  it("are refused to pending accounts, and for what the member may not see", () => {
    const { db, meeting, draft, unpublished } = setUp();
    const pending = insertUser(db, "pending");
    expect(() => addFavourite(db, pending.id, { kind: "rencontre", id: meeting.id })).toThrow(expect.objectContaining({ code: "forbidden" }));
    const member = insertUser(db, "member");
    expect(() => addFavourite(db, member.id, { kind: "rencontre", id: draft.id })).toThrow(expect.objectContaining({ code: "not_found" }));
    expect(() => addFavourite(db, member.id, { kind: "publication", id: unpublished.id })).toThrow(expect.objectContaining({ code: "not_found" }));
    expect(() => addFavourite(db, member.id, { kind: "document", id: "inconnu" })).toThrow(expect.objectContaining({ code: "not_found" }));
    expect(listFavourites(db, member.id, "member")).toEqual({ meetings: [], reports: [], documents: [] });
  });

  it("list only what the reader may still see", () => {
    const { db, reserved, membersDocument } = setUp();
    const member = insertUser(db, "member");
    addFavourite(db, member.id, { kind: "publication", id: reserved.id });
    addFavourite(db, member.id, { kind: "document", id: membersDocument.id });
    /* The same account after losing its approval: stored favourites stay, members-only ones are not shown. */
    expect(listFavourites(db, member.id, "pending")).toEqual({ meetings: [], reports: [], documents: [] });
  });
});
