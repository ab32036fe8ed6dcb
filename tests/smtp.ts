import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** What the test server says instead of accepting: 421 at connection (server down), 451 after the data (try later). */
export type Refusal = 421 | 451;

export type TestSmtpServer = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Every message accepted so far, parsed, in order of arrival. */
  received: ParsedMail[];
  /** From now on, every message is refused with this code; null accepts them again. */
  refuse(code: Refusal | null): void;
  /** Resolves once `count` messages have been accepted in all. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
};

function smtpError(code: Refusal): Error {
  const text = code === 421 ? "Service indisponible, réessayez plus tard" : "Erreur temporaire, réessayez plus tard";
  return Object.assign(new Error(`${code} ${text}`), { responseCode: code });
}

/**
 * A real SMTP server on loopback (port chosen by the system), without TLS or authentication, that parses what it
 * accepts with mailparser: delivery is tested end to end, from the outbox to a message as a mail client reads it.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let refusal: Refusal | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    /* No DNS lookup of 127.0.0.1 on every connection. */
    disableReverseLookup: true,
    onConnect(_session, callback) {
      callback(refusal === 421 ? smtpError(421) : null);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (refusal) return callback(smtpError(refusal));
          received.push(mail);
          for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse(code) {
      refusal = code;
    },
    waitFor(count, timeoutMs = 10_000) {
      if (received.length >= count) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${received.length} messages reçus sur ${count} attendus`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(received)) });
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
