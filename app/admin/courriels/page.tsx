import type { Metadata } from "next";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { listOutbox, readableText } from "@/lib/mail/outbox";
import { EMAIL_KIND_LABELS, OUTBOX_STATUS_LABELS } from "@/lib/mail/labels";
import { formatDateTime } from "@/lib/time";

export const metadata: Metadata = { title: "Courriels – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;



const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/;

/** The text of an e-mail with its addresses made into links. */
function EmailText({ text }: { text: string }) {
  return (
    <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-sm">
      {text.split(URL_PATTERN).map((part, i) => (i % 2 === 1 ? <a key={i} href={part}>{part}</a> : part))}
    </pre>
  );
}

/** The outbox: every e-mail the platform wrote, delivered or not (without SMTP, they stay here). */
export default async function OutboxPage() {
  const reader = await requirePageUser("staff", "/admin/courriels");
  const emails = listOutbox(db, { limit: 200 });
  const smtpConfigured = Boolean(process.env.SMTP_URL);
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">Courriels</h1>
      <p className="mb-6 text-muted">
        {smtpConfigured
          ? "Les courriels sont envoyés par le serveur SMTP configuré ; les échecs sont retentés."
          : "Aucun serveur SMTP n'est configuré : les courriels restent ici, en attente d'envoi."}
      </p>
      {emails.length === 0 ? (
        <p>Aucun courriel.</p>
      ) : (
        <ul className="grid gap-3">
          {emails.map((email) => (
            <li key={email.id} className="card">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-bold">{email.subject}</span>
                  <span className="block text-sm">
                    À {email.to} · {formatDateTime(email.createdAt)} · {EMAIL_KIND_LABELS[email.kind]} · {OUTBOX_STATUS_LABELS[email.status]}
                    {email.lastError ? ` · dernière erreur : ${email.lastError}` : ""}
                  </span>
                </summary>
                <EmailText text={readableText(email, { isAdmin: reader.role === "admin", smtpConfigured })} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
