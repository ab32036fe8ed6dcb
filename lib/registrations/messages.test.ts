import { afterEach, describe, expect, it, vi } from "vitest";
import { asc, eq } from "drizzle-orm";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { startSmtpServer } from "@/tests/smtp";
import { deliverDueEmails } from "@/lib/mail/delivery";
import { auditLog } from "@/lib/audit/schema";
import { outboxEmails } from "@/lib/mail/schema";
import { users } from "@/lib/people/schema";
import { registrantMessages, registrations, type RegistrationStatus } from "./schema";
import { listRegistrantMessages, messageDigest, previewRegistrantMessage, sendRegistrantMessage } from "./messages";

const SUBJECT = "Documents à lire avant la rencontre";
const BODY = "Les documents sont en ligne.\nMerci de les lire.\n\nÀ jeudi\u00a0!";

/** One person a status, someone who cancelled then registered again, a deleted account, and another meeting's registrant. */
function setUp() {
  const db = freshDatabase();
  const meeting = insertMeeting(db, { title: "Rencontre de Noyon" });
  const staff = insertUser(db, "staff", { givenName: "Sophie", familyName: "Martin" });
  const person = (familyName: string, ...statuses: RegistrationStatus[]) => {
    const user = insertUser(db, "member", { givenName: "Camille", familyName, email: `${familyName.toLowerCase()}@example.org` });
    db.insert(registrations)
      .values(statuses.map((status) => ({ meetingId: meeting.id, userId: user.id, status })))
      .run();
    return user;
  };
  person("Confirmee", "confirmed");
  person("Revenue", "cancelled", "confirmed");
  person("Attente", "waitlisted");
  person("Demande", "pending_approval");
  person("Refusee", "refused");
  person("Annulee", "cancelled");
  const deleted = person("Supprimee", "confirmed");
  db.update(users).set({ status: "deleted" }).where(eq(users.id, deleted.id)).run();
  db.insert(registrations).values({ meetingId: insertMeeting(db).id, userId: insertUser(db).id, status: "confirmed" }).run();

  const outbox = () => db.select().from(outboxEmails).orderBy(asc(outboxEmails.to)).all();
  const input = (statuses: RegistrationStatus[]) => ({ meetingId: meeting.id, statuses, subject: SUBJECT, body: BODY });
  return { db, meeting, staff: { userId: staff.id }, outbox, input };
}

describe("writing to a meeting's registrants", () => {
  it("sends one outbox e-mail to each person with exactly the statuses ticked, each once, and keeps the message", () => {
    const { db, meeting, staff, outbox, input } = setUp();
    const message = sendRegistrantMessage(db, staff, input(["confirmed"]));
    const sent = outbox();
    expect(sent.map((email) => email.to)).toEqual(["confirmee@example.org", "revenue@example.org"]);
    for (const email of sent) {
      expect(email).toMatchObject({ kind: "staff_message", subject: SUBJECT, status: "queued" });
      expect(email.text).toContain("Les documents sont en ligne.\nMerci de les lire.\n\nÀ jeudi\u00a0!");
      expect(email.text).toContain("« Rencontre de Noyon »");
      expect(email.html).toContain("<p");
    }
    expect(sent[0]!.text).toMatch(/^Bonjour Camille,/);

    expect(db.select().from(registrantMessages).all()).toEqual([
      expect.objectContaining({ id: message.id, meetingId: meeting.id, authorId: staff.userId, statuses: ["confirmed"], subject: SUBJECT, body: BODY, recipientCount: 2 }),
    ]);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "registrations.message")).all()).toEqual([
      expect.objectContaining({
        actorId: staff.userId,
        entityType: "meeting",
        entityId: meeting.id,
        details: { messageId: message.id, statuses: ["confirmed"], subject: SUBJECT, recipientCount: 2 },
      }),
    ]);

    /* The addresses a further message adds to the outbox. */
    const addedBy = (statuses: RegistrationStatus[]) => {
      const before = new Set(outbox().map((email) => email.id));
      sendRegistrantMessage(db, staff, input(statuses));
      return outbox().filter((email) => !before.has(email.id)).map((email) => email.to);
    };
    expect(addedBy(["waitlisted", "pending_approval"])).toEqual(["attente@example.org", "demande@example.org"]);
    expect(addedBy(["confirmed", "cancelled"])).toEqual(["annulee@example.org", "confirmee@example.org", "revenue@example.org"]);
    expect(listRegistrantMessages(db, meeting.id).map((m) => [m.recipientCount, m.authorName, m.statuses])).toEqual([
      [3, "Sophie Martin", ["confirmed", "cancelled"]],
      [2, "Sophie Martin", ["waitlisted", "pending_approval"]],
      [2, "Sophie Martin", ["confirmed"]],
    ]);
  });

  it("previews the e-mail as the first recipient gets it, with how many will", () => {
    const { db, staff, outbox, input } = setUp();
    const preview = previewRegistrantMessage(db, staff, input(["confirmed", "waitlisted", "pending_approval"]));
    expect(preview).toMatchObject({ recipientCount: 4, sampleName: "Camille Attente", subject: SUBJECT, digest: messageDigest(input(["pending_approval", "waitlisted", "confirmed"])) });
    expect(preview.text).toMatch(/^Bonjour Camille,\n\nLes documents sont en ligne\.\nMerci de les lire\.\n\nÀ jeudi\u00a0!/);
    expect(preview.html).toContain('<html lang="fr"');
    expect(messageDigest({ ...input(["confirmed"]), body: `${BODY} Modifié.` })).not.toBe(messageDigest(input(["confirmed"])));
    expect(outbox()).toEqual([]);
    expect(db.select().from(registrantMessages).all()).toEqual([]);
  });

  it("refuses a set of statuses nobody has, and anyone below staff, writing nothing", () => {
    const { db, staff, outbox, input } = setUp();
    const nobody = { ...input(["confirmed", "waitlisted", "pending_approval"]), meetingId: insertMeeting(db).id };
    const empty = refusal(() => sendRegistrantMessage(db, staff, nobody));
    expect([empty.code, empty.message]).toEqual(["validation_failed", "Personne n'est inscrit avec les statuts cochés\u00a0: aucun message ne peut être envoyé."]);
    expect(empty.fieldErrors).toHaveProperty("statuts");
    expect(refusal(() => previewRegistrantMessage(db, staff, nobody)).code).toBe("validation_failed");
    for (const role of ["member", "pending"] as const) {
      const actor = { userId: insertUser(db, role).id };
      expect(refusal(() => sendRegistrantMessage(db, actor, input(["confirmed"]))).code).toBe("forbidden");
      expect(refusal(() => previewRegistrantMessage(db, actor, input(["confirmed"]))).code).toBe("forbidden");
    }
    expect(outbox()).toEqual([]);
    expect(db.select().from(registrantMessages).all()).toEqual([]);
    expect(db.select().from(auditLog).all()).toEqual([]);
  });
});

describe("a message to the confirmed registrants, through a real SMTP server", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("arrives once in each confirmed person's mailbox, with its subject and text, and in no one else's", async () => {
    const smtp = await startSmtpServer();
    vi.stubEnv("SMTP_URL", smtp.url);
    try {
      const { db, staff, input } = setUp();
      sendRegistrantMessage(db, staff, input(["confirmed"]));
      while ((await deliverDueEmails(db))?.sent) {
        /* Passes until the outbox is empty. */
      }
      const received = await smtp.waitFor(2);
      expect(received.map((mail) => mail.to && ("text" in mail.to ? mail.to.text : "")).sort()).toEqual(["confirmee@example.org", "revenue@example.org"]);
      for (const mail of received) {
        expect(mail.subject).toBe(SUBJECT);
        expect(mail.text).toContain("Les documents sont en ligne.");
      }
    } finally {
      await smtp.close();
    }
  });
});
