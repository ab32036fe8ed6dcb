import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Compte supprimé" };

/* Where account deletion ends: a page of its own, since the home page is served from cache to signed-out readers. */
export default function DeletedAccountPage() {
  return (
    <div className="card mx-auto max-w-2xl">
      <h1 className="mb-3 text-2xl font-bold">Compte supprimé</h1>
      <p role="status" className="rounded border-l-4 border-ok bg-ok-soft p-3 font-semibold text-ok">
        Votre compte a été supprimé et vos informations effacées.
      </p>
      <p className="mt-4">
        <Link href="/">Retour à l&apos;accueil</Link>
      </p>
    </div>
  );
}
