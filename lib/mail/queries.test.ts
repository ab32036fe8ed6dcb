import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDatabase } from "@/tests/db";
import { outboxHref, parseOutboxSearch } from "./filters";
import { enqueueEmail } from "./outbox";
import { searchOutbox } from "./queries";
import { outboxEmails } from "./schema";

describe("outbox filters", () => {
  it("keep known values, drop the others, and go back to page 1 on any change", () => {
    expect(parseOutboxSearch({ statut: "failed", type: "sign_in_link", destinataire: "  Dupont ", page: "3" })).toEqual({
      statut: "failed",
      type: "sign_in_link",
      destinataire: "Dupont",
      page: 3,
    });
    expect(parseOutboxSearch({ statut: "perdu", type: ["x"], destinataire: " ", page: "-1" })).toEqual({});
    expect(outboxHref({ statut: "failed", page: 2 }, { type: "staff_message" })).toBe("/admin/courriels?statut=failed&type=staff_message");
    expect(outboxHref({ statut: "failed" }, { page: 2 })).toBe("/admin/courriels?statut=failed&page=2");
    expect(outboxHref({})).toBe("/admin/courriels");
  });
});

describe("outbox search", () => {
  it("combines status, kind and part of the address, newest first, one page at a time with the total", () => {
    const db = freshDatabase();
    const ids = Array.from({ length: 5 }, (_, i) =>
      enqueueEmail(db, { to: `jean.dupont${i}@example.org`, kind: i % 2 ? "staff_message" : "sign_in_link", subject: `Objet ${i}`, text: "Texte" }),
    );
    enqueueEmail(db, { to: "autre@example.org", kind: "staff_message", subject: "Autre", text: "Texte" });
    ids.forEach((id, i) => db.update(outboxEmails).set({ createdAt: new Date(Date.UTC(2027, 0, 1, 10, i)), status: i < 3 ? "failed" : "queued" }).where(eq(outboxEmails.id, id)).run());

    const failedDupont = searchOutbox(db, { statut: "failed", destinataire: "DUPONT" });
    expect(failedDupont.total).toBe(3);
    expect(failedDupont.items.map((email) => email.subject)).toEqual(["Objet 2", "Objet 1", "Objet 0"]);
    expect(searchOutbox(db, { statut: "failed", type: "staff_message", destinataire: "dupont" }).items.map((email) => email.subject)).toEqual(["Objet 1"]);

    const second = searchOutbox(db, { destinataire: "dupont", page: 2 }, 2);
    expect(second).toMatchObject({ total: 5, page: 2, perPage: 2 });
    expect(second.items.map((email) => email.subject)).toEqual(["Objet 2", "Objet 1"]);
    expect(searchOutbox(db, { destinataire: "dupont", page: 9 }, 2)).toMatchObject({ items: [], total: 5 });
    expect(searchOutbox(db, { destinataire: "personne" })).toMatchObject({ items: [], total: 0 });
  });
});
