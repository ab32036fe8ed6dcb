import nodemailer from "nodemailer";
import type { Db } from "@/db/open";
import { readSettings } from "@/lib/settings/queries";
import type { Settings } from "@/lib/settings/registry";
import { deliverOutbox, type Transport } from "./outbox";

/** Sends over SMTP as the sender set by admins (Paramètres, Expéditeur des e-mails). */
export function smtpTransport(url: string, sender: Settings["mail"]): Transport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(email) {
      await transporter.sendMail({
        from: { name: sender.senderName, address: sender.senderAddress },
        replyTo: sender.replyTo ?? undefined,
        to: email.to,
        subject: email.subject,
        text: email.text,
      });
    },
  };
}

/**
 * One pass of the outbox: the e-mails whose turn has come are sent over SMTP_URL, from the sender in force at that
 * moment. Null when no SMTP server is configured (the demonstration: e-mails stay in the outbox, readable by staff).
 * The scheduler's "courriels" job.
 */
export async function deliverDueEmails(db: Db, now = new Date()): Promise<{ sent: number; failed: number } | null> {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  return deliverOutbox(db, smtpTransport(url, readSettings(db).mail), now);
}
