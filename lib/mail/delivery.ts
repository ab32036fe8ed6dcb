import nodemailer from "nodemailer";
import type { Db } from "@/db/open";
import { deliverOutbox, type Transport } from "./outbox";

export function smtpTransport(url: string, from: string): Transport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(email) {
      await transporter.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
    },
  };
}

/**
 * One pass of the outbox: the e-mails whose turn has come are sent over SMTP_URL. Null when no SMTP server is
 * configured (the demonstration: e-mails stay in the outbox, readable by staff). The scheduler's "courriels" job.
 */
export async function deliverDueEmails(db: Db, now = new Date()): Promise<{ sent: number; failed: number } | null> {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  return deliverOutbox(db, smtpTransport(url, process.env.MAIL_FROM ?? "IREV <ne-pas-repondre@example.org>"), now);
}
