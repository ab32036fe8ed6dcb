import { describe, it, expect } from "vitest";
import { freshDatabase, insertMeeting } from "@/tests/db";
import { expirePassedDeadlines } from "./deadline-watch";

describe("the echeances job", () => {
  it("reports the meetings whose deadline passed since its last run, and is idle otherwise", () => {
    const db = freshDatabase();
    const start = new Date("2026-12-01T16:59:58Z");
    insertMeeting(db, { registrationClosesAt: new Date("2026-12-01T17:00:00Z") }, start);
    expect(expirePassedDeadlines(db, start)).toMatchObject({ idle: true });
    expect(expirePassedDeadlines(db, new Date("2026-12-01T16:59:59Z"))).toEqual({ summary: "Aucune échéance passée.", idle: true });
    expect(expirePassedDeadlines(db, new Date("2026-12-01T17:00:00Z"))).toEqual({ summary: "Échéance passée pour 1 rencontre : ses pages et les listes sont rafraîchies." });
    expect(expirePassedDeadlines(db, new Date("2026-12-01T17:00:01Z"))).toMatchObject({ idle: true });
  });
});
