import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { readableText } from "@/lib/mail/outbox";
import { findOutboxEmail } from "@/lib/mail/queries";
import { EMAIL_KIND_LABELS, OUTBOX_STATUS_LABELS } from "@/lib/mail/labels";
import { hasRole } from "@/lib/people/roles";
import { formatDateTime } from "@/lib/time";
import { plural } from "@/lib/format";
import { EmailText } from "@/components/mail/email-text";
import { RESEND_FORM_ID, ResendForm } from "../forms";

export const metadata: Metadata = { title: "Courriel – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

/** One outbox e-mail as its recipient gets it: the HTML version (sandboxed: no script, no form, no navigation), the text, the calendar part. */
export default async function OutboxEmailPage({ params }: PageProps<"/admin/courriels/[id]">) {
  const { id } = await params;
  const reader = await requirePageUser("staff", `/admin/courriels/${id}`);
  const email = findOutboxEmail(db, id);
  if (!email) notFound();
  const visibility = { isAdmin: hasRole(reader.role, "admin"), smtpConfigured: Boolean(process.env.SMTP_URL) };

  return (
    <div>
      <p className="mb-4"><Link href="/admin/courriels">Retour aux courriels</Link></p>
      <h1 className="mb-4 text-3xl font-bold">{email.subject}</h1>
      <dl className="card mb-6 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Destinataire</dt>
        <dd className="break-all">{email.to}</dd>
        <dt className="font-semibold">Type</dt>
        <dd>{EMAIL_KIND_LABELS[email.kind]}</dd>
        <dt className="font-semibold">Écrit le</dt>
        <dd>{formatDateTime(email.createdAt)}</dd>
        <dt className="font-semibold">Statut</dt>
        <dd>
          {OUTBOX_STATUS_LABELS[email.status]}
          {email.sentAt ? ` le ${formatDateTime(email.sentAt)}` : ""}
          {email.attempts > 0 ? ` (${plural(email.attempts, "essai")})` : ""}
        </dd>
        {email.lastError && (
          <>
            <dt className="font-semibold">Dernière erreur</dt>
            <dd>{email.lastError}</dd>
          </>
        )}
        <dt className="font-semibold">Message-ID</dt>
        <dd className="break-all font-mono text-sm">{email.messageId}</dd>
      </dl>

      {/* Always there, so the outcome of a resend stays on screen once the message is no longer failed. */}
      <ResendForm selectable={false} />
      {email.status === "failed" && (
        <button type="submit" form={RESEND_FORM_ID} name="un" value={email.id} className="btn mb-6">
          Renvoyer ce courriel
        </button>
      )}

      {email.html && (
        <section aria-labelledby="titre-html" className="mb-6">
          <h2 id="titre-html" className="mb-2 text-2xl font-bold">Version HTML</h2>
          <iframe
            sandbox=""
            srcDoc={readableText({ text: email.html, secretLink: email.secretLink }, visibility)}
            title={`Version HTML du courriel « ${email.subject} »`}
            className="h-[32rem] w-full border border-line bg-white"
          />
        </section>
      )}

      <section aria-labelledby="titre-texte" className="mb-6">
        <h2 id="titre-texte" className="mb-2 text-2xl font-bold">Version texte</h2>
        <div className="card">
          <EmailText text={readableText(email, visibility)} />
        </div>
      </section>

      {email.calendar && (
        <section aria-labelledby="titre-agenda">
          <h2 id="titre-agenda" className="mb-2 text-2xl font-bold">Invitation d&apos;agenda ({email.calendarMethod === "CANCEL" ? "annulation" : "invitation ou mise à jour"})</h2>
          <pre className="card overflow-x-auto text-xs">{email.calendar}</pre>
        </section>
      )}
    </div>
  );
}
