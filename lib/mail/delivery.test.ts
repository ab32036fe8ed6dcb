import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freshDatabase, insertUser } from "@/tests/db";
import { saveSettingsGroup } from "@/lib/settings/service";
import { deliverDueEmails } from "./delivery";
import { enqueueEmail } from "./outbox";

/** An SMTP server on loopback that keeps what it receives, parsed. */
async function loopbackSmtp() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => received.push(mail)).then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

afterEach(() => vi.unstubAllEnvs());

describe("delivery over SMTP", () => {
  it("sends from the sender set by admins, with their reply-to address, read at each pass", async () => {
    const smtp = await loopbackSmtp();
    const db = freshDatabase();
    const admin = insertUser(db, "admin");
    enqueueEmail(db, { to: "personne@example.org", kind: "staff_message", subject: "Avant", text: "Premier" });
    await deliverDueEmails(db);

    saveSettingsGroup(db, {
      actor: { userId: admin.id },
      group: "mail",
      values: { senderName: "IREV Hauts-de-France", senderAddress: "envoi@irev-essai.fr", replyTo: "contact@irev-essai.fr" },
    });
    enqueueEmail(db, { to: "personne@example.org", kind: "staff_message", subject: "Après", text: "Second" });
    await deliverDueEmails(db);
    await smtp.close();

    const [before, after] = smtp.received;
    expect(before?.from?.value).toEqual([{ name: "IREV – Réseau politique de la ville", address: "ne-pas-repondre@example.org" }]);
    expect(before?.replyTo).toBeUndefined();
    expect(after?.from?.value).toEqual([{ name: "IREV Hauts-de-France", address: "envoi@irev-essai.fr" }]);
    expect(after?.replyTo?.value).toEqual([{ name: "", address: "contact@irev-essai.fr" }]);
  });
});
