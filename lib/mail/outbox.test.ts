import { describe, expect, it } from "vitest";
import { freshDatabase } from "@/tests/db";
import { countOutboxByStatus, deliverOutbox, enqueueEmail, listOutbox, type Transport } from "./outbox";

const email = { to: "a@example.org", subject: "Objet", text: "Texte", topic: "test" };

describe("outbox", () => {
  it("keeps e-mails queued when delivery fails, and retries them later", async () => {
    const db = freshDatabase();
    enqueueEmail(db, email);
    const failing: Transport = { send: async () => Promise.reject(new Error("SMTP injoignable")) };
    const now = new Date("2027-01-01T10:00:00Z");
    expect(await deliverOutbox(db, failing, now)).toEqual({ sent: 0, failed: 1 });
    const [queued] = listOutbox(db);
    expect(queued?.status).toBe("queued");
    expect(queued?.lastError).toBe("SMTP injoignable");

    const sent: string[] = [];
    const working: Transport = { send: async (e) => void sent.push(e.to) };
    expect(await deliverOutbox(db, working, now)).toEqual({ sent: 0, failed: 0 });
    expect(await deliverOutbox(db, working, new Date(now.getTime() + 60 * 60_000))).toEqual({ sent: 1, failed: 0 });
    expect(sent).toEqual(["a@example.org"]);
    expect(countOutboxByStatus(db)).toEqual({ queued: 0, sent: 1, failed: 0 });
  });

  it("gives up after repeated failures without losing the e-mail", async () => {
    const db = freshDatabase();
    enqueueEmail(db, email);
    const failing: Transport = { send: async () => Promise.reject(new Error("refusé")) };
    let now = new Date("2027-01-01T10:00:00Z");
    for (let attempt = 0; attempt < 8; attempt++) {
      await deliverOutbox(db, failing, now);
      now = new Date(now.getTime() + 24 * 60 * 60_000);
    }
    expect(countOutboxByStatus(db)).toEqual({ queued: 0, sent: 0, failed: 1 });
    expect(listOutbox(db)[0]?.attempts).toBe(8);
  });
});
