import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Accès refusé" };

export default function ForbiddenPage() {
  return (
    <div className="card mx-auto max-w-2xl">
      <h1 className="mb-3 text-2xl font-bold">Accès refusé</h1>
      <p>Votre compte n&apos;a pas les droits nécessaires pour afficher cette page.</p>
      <p className="mt-3">
        <Link href="/mon-espace">Retour à mon espace</Link>
      </p>
    </div>
  );
}
