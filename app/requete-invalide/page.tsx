import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Adresse invalide", robots: { index: false } };

/* Shown, with status 400, for addresses that cannot be decoded (proxy.ts rewrites them here). */
export default function BadRequestPage() {
  return (
    <div className="card mx-auto max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">Adresse invalide</h1>
      <p className="mb-4">
        Cette adresse contient des caractères mal encodés : elle ne peut correspondre à aucune page. Vérifiez le lien
        que vous avez suivi ou saisi.
      </p>
      <p>
        <Link href="/">Retour à l&apos;accueil</Link> · <Link href="/rencontres">Voir les rencontres</Link>
      </p>
    </div>
  );
}
