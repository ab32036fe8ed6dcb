import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { exampleEmails } from "@/lib/mail/examples";
import { CALENDAR_LABELS, EMAIL_KIND_LABELS } from "@/lib/mail/labels";
import { EMAIL_KINDS, type EmailKind } from "@/lib/mail/schema";
import { readSettings } from "@/lib/settings/queries";
import { EmailText } from "@/components/mail/email-text";

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

type Props = { params: Promise<{ modele: string }> };

function emailKind(value: string): EmailKind | null {
  return (EMAIL_KINDS as readonly string[]).includes(value) ? (value as EmailKind) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = emailKind((await params).modele);
  return { title: `${kind ? EMAIL_KIND_LABELS[kind] : "Modèle inconnu"} – modèles de courriels` };
}

/** One e-mail's example as a mail client shows it (sandboxed: no script, no request to this site), with its text. */
export default async function EmailTemplatePage({ params }: Props) {
  const { modele } = await params;
  await requirePageUser("staff", `/admin/courriels/modeles/${encodeURIComponent(modele)}`);
  const kind = emailKind(modele);
  if (!kind) notFound();
  const email = exampleEmails(readSettings(db)).find((example) => example.kind === kind)!;
  const label = EMAIL_KIND_LABELS[kind];
  return (
    <div>
      <nav aria-label="Fil d'Ariane" className="mb-2 text-sm">
        <Link href="/admin/courriels">Courriels</Link> › <Link href="/admin/courriels/modeles">Modèles</Link> › {label}
      </nav>
      <h1 className="mb-2 text-3xl font-bold">{label}</h1>
      <p className="mb-1">
        <span className="font-semibold">Objet : </span>
        {email.subject}
      </p>
      {email.calendar && <p className="mb-1 text-sm text-muted">{CALENDAR_LABELS[email.calendar.method]}</p>}
      <iframe
        title={`Aperçu de la version HTML : ${label}`}
        srcDoc={email.html}
        sandbox=""
        className="mt-3 h-[40rem] w-full border border-line bg-white"
      />
      <h2 className="mt-6 text-xl font-bold">Version texte</h2>
      <EmailText text={email.text} />
    </div>
  );
}
