import { describe, expect, it } from "vitest";
import { freshDatabase } from "@/tests/db";
import { documents } from "./schema";
import { findTextVersion, textPages } from "./text-version";

describe("textPages", () => {
  it("splits pages on form feeds and paragraphs on blank lines, joining wrapped lines", () => {
    expect(textPages("Titre\n\nPremière ligne\nsuite  \n \nFin\fPage deux\r\n\f\f")).toEqual([["Titre", "Première ligne suite", "Fin"], ["Page deux"]]);
    expect(textPages("   ")).toEqual([]);
  });
});

describe("findTextVersion", () => {
  it("follows the file's visibility", () => {
    const db = freshDatabase();
    const insert = (visibility: "public" | "members") =>
      db
        .insert(documents)
        .values({ title: "Doc", originalFilename: "doc.pdf", storageName: "s.pdf", mimeType: "application/pdf", sizeBytes: 1, sha256: "x", visibility, extractedText: "Bonjour" })
        .returning()
        .get().id;
    const open = insert("public");
    const members = insert("members");
    expect(findTextVersion(db, open, null)).toMatchObject({ restricted: false, document: { title: "Doc" }, pages: [["Bonjour"]] });
    expect(findTextVersion(db, members, null)).toEqual({ restricted: true, id: members });
    expect(findTextVersion(db, members, "pending")).toEqual({ restricted: true, id: members });
    expect(findTextVersion(db, members, "member")).toMatchObject({ restricted: false });
    expect(findTextVersion(db, "inconnu", "admin")).toBeNull();
  });
});
