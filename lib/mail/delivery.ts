import nodemailer from "nodemailer";
import { openDatabase } from "@/db/open";
import { deliverOutbox, type Transport } from "./outbox";

const INTERVAL_MS = 15_000;

export function smtpTransport(url: string, from: string): Transport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(email) {
      await transporter.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
    },
  };
}

/** Delivers the outbox in the background while the server runs; failures stay queued and are retried. */
export function startOutboxDelivery(smtpUrl: string, from: string): void {
  const { db } = openDatabase();
  const transport = smtpTransport(smtpUrl, from);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverOutbox(db, transport);
    } catch (error) {
      console.error("Envoi des courriels en échec :", error);
    } finally {
      running = false;
    }
  };
  setInterval(tick, INTERVAL_MS).unref();
  void tick();
}
