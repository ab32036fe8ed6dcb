import { hostname } from "node:os";
import nodemailer from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";
import type Mail from "nodemailer/lib/mailer";
import type { Db } from "@/db/open";
import { readSettings } from "@/lib/settings/queries";
import type { Settings } from "@/lib/settings/registry";
import { claimNextEmail, markEmailFailed, markEmailSent, releaseEmail, type OutboxEmail, type RetryPolicy } from "./outbox";

export type DeliveryConfig = RetryPolicy & {
  /** How long a worker holds a message it is sending: longer than one SMTP exchange can take (see SMTP_TIMEOUTS). */
  leaseMs: number;
  /** Time between two passes of the server's scheduler. */
  intervalMs: number;
};

const DEFAULTS: DeliveryConfig = { baseMs: 60_000, maxMs: 6 * 3_600_000, maxAttempts: 10, leaseMs: 5 * 60_000, intervalMs: 5_000 };

const ENV: Record<keyof DeliveryConfig, string> = {
  baseMs: "MAIL_RETRY_BASE_MS",
  maxMs: "MAIL_RETRY_MAX_MS",
  maxAttempts: "MAIL_MAX_ATTEMPTS",
  leaseMs: "MAIL_LEASE_MS",
  intervalMs: "MAIL_INTERVAL_MS",
};

/** Delivery settings from the environment (README, "Configuration"), each a positive whole number or its default. */
export function deliveryConfig(env: Record<string, string | undefined> = process.env): DeliveryConfig {
  const config = { ...DEFAULTS };
  for (const key of Object.keys(ENV) as (keyof DeliveryConfig)[]) {
    const raw = env[ENV[key]]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${ENV[key]} doit être un nombre entier positif (reçu : « ${raw} »).`);
    config[key] = value;
  }
  return config;
}

/** Sends one message, rejecting when the SMTP server did not accept it; closed at the end of a pass. */
export type Transport = { send(email: OutboxEmail): Promise<void>; close(): void };

/** What nodemailer sends for an outbox message: the sender from the settings, and the message's own fixed Message-ID. */
export function mailOptions(email: OutboxEmail, sender: Settings["mail"]): Mail.Options {
  return {
    from: { name: sender.senderName, address: sender.senderAddress },
    replyTo: sender.replyTo ?? undefined,
    to: email.to,
    subject: email.subject,
    messageId: email.messageId,
    text: email.text,
    html: email.html ?? undefined,
    icalEvent: email.calendar && email.calendarMethod ? { method: email.calendarMethod, content: email.calendar } : undefined,
  };
}

/* nodemailer waits up to 2 minutes to connect and 10 minutes for a silent server: a worker must know sooner. */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/** One connection for the messages of a pass, rather than one each (options in SMTP_URL's query string win). */
export function smtpTransport(url: string, sender: Settings["mail"]): Transport {
  const transporter = nodemailer.createTransport(new SMTPPool({ url, pool: true, maxConnections: 1, ...SMTP_TIMEOUTS }));
  return {
    async send(email) {
      await transporter.sendMail(mailOptions(email, sender));
    },
    close: () => transporter.close(),
  };
}

/* Names this process's claims, so that its leases are told apart from those of another server process. */
const WORKER_ID = `${hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;

/* A pass returns after this many messages even if more are due, so a scheduler's run stays short. */
const MAX_PER_PASS = 500;

/* nodemailer's codes for a server that cannot be reached or talked to, whatever the message. */
const UNREACHABLE = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS"]);

/** Whether a sending error says the server is unavailable (down, busy, refusing connections) rather than refusing this message. */
export function isServerUnavailable(error: unknown): boolean {
  const { code, command, responseCode } = (error ?? {}) as { code?: string; command?: string; responseCode?: number };
  return command === "CONN" || responseCode === 421 || (code !== undefined && UNREACHABLE.has(code));
}

/**
 * Sends due messages one by one, each claimed with a lease first. A refusal of the message is recorded on it (next try
 * after a back-off, or given up after the last); an unavailable server costs no try. Either ends the pass, and the
 * next pass tries again. `now` is the clock of the pass; time spent sending is added to it.
 */
export async function deliverOutbox(db: Db, transport: Transport, now: Date, config: DeliveryConfig, owner = WORKER_ID): Promise<{ sent: number; failed: number }> {
  const started = Date.now();
  const clock = () => new Date(now.getTime() + Date.now() - started);
  let sent = 0;
  while (sent < MAX_PER_PASS) {
    const claim = claimNextEmail(db, owner, clock(), config.leaseMs, config);
    if (!claim) break;
    try {
      await transport.send(claim.email);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isServerUnavailable(error)) releaseEmail(db, claim.email, claim.lease, message);
      else markEmailFailed(db, claim.email, claim.lease, message, clock(), config);
      return { sent, failed: 1 };
    }
    markEmailSent(db, claim.email.id, claim.lease, clock());
    sent += 1;
  }
  return { sent, failed: 0 };
}

/**
 * One pass of the outbox: the e-mails whose turn has come are sent over SMTP_URL. Null when no SMTP server is
 * configured (the demonstration: e-mails stay in the outbox, readable by staff). The scheduler's "courriels" job.
 */
export async function deliverDueEmails(db: Db, now = new Date()): Promise<{ sent: number; failed: number } | null> {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  const transport = smtpTransport(url, readSettings(db).mail);
  try {
    return await deliverOutbox(db, transport, now, deliveryConfig());
  } finally {
    transport.close();
  }
}
