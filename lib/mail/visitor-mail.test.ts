import { describe, expect, it } from "vitest";
import { freshDatabase } from "@/tests/db";
import { enqueueEmail, listOutbox } from "./outbox";
import { MAX_VISITOR_EMAILS_PER_ADDRESS, MAX_VISITOR_EMAILS_PER_CLIENT, sendVisitorEmail } from "./visitor-mail";

const email = (to: string) => ({ to, subject: "Lien", text: "Texte", kind: "sign_in_link" as const });
const HOUR = 60 * 60 * 1000;

describe("e-mails a visitor can cause", () => {
  it("are capped per address within the hour, then allowed again", () => {
    const db = freshDatabase();
    const now = new Date("2027-03-01T10:00:00Z");
    for (let i = 0; i < MAX_VISITOR_EMAILS_PER_ADDRESS; i++) expect(sendVisitorEmail(db, email("cible@example.org"), null, now)).toBe(true);
    expect(sendVisitorEmail(db, email("Cible@Example.org"), null, now)).toBe(false);
    expect(listOutbox(db, { to: "cible@example.org" })).toHaveLength(MAX_VISITOR_EMAILS_PER_ADDRESS);
    expect(sendVisitorEmail(db, email("cible@example.org"), null, new Date(now.getTime() + HOUR + 1))).toBe(true);
  });

  it("are capped per client when it is known, across addresses; staff mailings are not counted", () => {
    const db = freshDatabase();
    const now = new Date("2027-03-01T10:00:00Z");
    for (let i = 0; i < 30; i++) enqueueEmail(db, email("cible-0@example.org"));
    for (let i = 0; i < MAX_VISITOR_EMAILS_PER_CLIENT; i++) expect(sendVisitorEmail(db, email(`cible-${i}@example.org`), "203.0.113.7", now)).toBe(true);
    expect(sendVisitorEmail(db, email("encore@example.org"), "203.0.113.7", now)).toBe(false);
    expect(sendVisitorEmail(db, email("encore@example.org"), "203.0.113.8", now)).toBe(true);
  });
});
