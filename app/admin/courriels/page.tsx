import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { listOutbox, readableText } from "@/lib/mail/outbox";
import { EMAIL_KIND_LABELS, OUTBOX_STATUS_LABELS } from "@/lib/mail/labels";
import { formatDateTime } from "@/lib/time";
import { EmailText } from "@/components/mail/email-text";

export const metadata: Metadata = { title: "Courriels – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;


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
      <p className="mb-6">
        <Link href="/admin/courriels/modeles">Modèles de courriels</Link> : chaque courriel que la plateforme envoie, avec un exemple.
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
