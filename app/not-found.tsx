import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card mx-auto max-w-2xl">
      <h1 className="mb-3 text-2xl font-bold">Page introuvable</h1>
      <p>La page demandée n&apos;existe pas ou n&apos;est plus disponible.</p>
      <p className="mt-3">
        <Link href="/rencontres">Voir les rencontres</Link> · <Link href="/">Retour à l&apos;accueil</Link>
      </p>
    </div>
  );
}
