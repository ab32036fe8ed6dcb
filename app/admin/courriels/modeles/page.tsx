import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { exampleEmails } from "@/lib/mail/examples";
import { CALENDAR_LABELS, EMAIL_KIND_LABELS } from "@/lib/mail/labels";
import { readSettings } from "@/lib/settings/queries";
import { EmailText } from "@/components/mail/email-text";

export const metadata: Metadata = { title: "Modèles de courriels – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

/**
 * Every e-mail the platform sends, with an example: its subject and its text here, its HTML on a page of its own (one
 * sandboxed preview per page keeps this list light to load and to read with a screen reader).
 */
export default async function EmailTemplatesPage() {
  await requirePageUser("staff", "/admin/courriels/modeles");
  const examples = exampleEmails(readSettings(db));
  return (
    <div>
      <nav aria-label="Fil d'Ariane" className="mb-2 text-sm">
        <Link href="/admin/courriels">Courriels</Link> › Modèles
      </nav>
      <h1 className="mb-2 text-3xl font-bold">Modèles de courriels</h1>
      <p className="mb-6 max-w-prose text-muted">
        Chaque courriel que la plateforme envoie, avec un exemple : une personne fictive, Camille Martin, et une rencontre de
        démonstration. La version HTML et la version texte sont écrites à partir du même contenu ; l&apos;identité de
        l&apos;IREV vient des paramètres.
      </p>
      <nav aria-labelledby="sommaire-modeles" className="mb-8">
        <h2 id="sommaire-modeles" className="mb-2 text-xl font-bold">
          Sommaire
        </h2>
        <ul className="grid gap-1 sm:grid-cols-2">
          {examples.map((email) => (
            <li key={email.kind}>
              <a href={`#modele-${email.kind}`}>{EMAIL_KIND_LABELS[email.kind]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid gap-8">
        {examples.map((email) => {
          const label = EMAIL_KIND_LABELS[email.kind];
          return (
            <section key={email.kind} id={`modele-${email.kind}`} aria-labelledby={`titre-${email.kind}`} className="card">
              <h2 id={`titre-${email.kind}`} className="text-xl font-bold">
                {label}
              </h2>
              <p className="mt-2">
                <span className="font-semibold">Objet : </span>
                {email.subject}
              </p>
              {email.calendar && (
                <p className="mt-1 text-sm text-muted">{CALENDAR_LABELS[email.calendar.method]}</p>
              )}
              <p className="mt-2">
                <Link href={`/admin/courriels/modeles/${email.kind}`}>Aperçu de la version HTML : {label}</Link>
              </p>
              <details className="mt-3">
                <summary className="cursor-pointer font-semibold">Version texte : {label}</summary>
                <EmailText text={email.text} />
              </details>
            </section>
          );
        })}
      </div>
    </div>
  );
}
