import type { Metadata } from "next";
import Link from "next/link";
import { safeReturnPath } from "@/lib/auth/return-path";
import { LinkSignInForm, PasswordSignInForm } from "./forms";

export const metadata: Metadata = { title: "Connexion" };

/* Reads the request (signed-in user, query): rendered for each request. */
export const instant = false;

/* Auth.js redirects here with ?error=… when a link is expired or already used. */
const AUTH_ERRORS: Record<string, string> = {
  Verification: "Ce lien de connexion a expiré ou a déjà été utilisé. Demandez-en un nouveau.",
  AccessDenied: "Aucun compte actif ne correspond à cette adresse.",
  Configuration: "La connexion est momentanément indisponible. Réessayez dans quelques minutes.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ retour?: string; error?: string }> }) {
  const { retour, error } = await searchParams;
  const returnTo = safeReturnPath(retour);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold">Connexion</h1>
      {error && (
        <div role="alert" className="mb-6 rounded border-l-4 border-danger bg-danger-soft p-3 font-semibold text-danger">
          {AUTH_ERRORS[error] ?? "La connexion a échoué. Réessayez."}
        </div>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <section className="card" aria-labelledby="titre-mot-de-passe">
          <h2 id="titre-mot-de-passe" className="mb-4 text-xl font-bold">Avec votre mot de passe</h2>
          <PasswordSignInForm returnTo={returnTo} />
          <p className="mt-4">
            <Link href="/mot-de-passe-oublie">Mot de passe oublié ?</Link>
          </p>
        </section>
        <section className="card" aria-labelledby="titre-lien">
          <h2 id="titre-lien" className="mb-4 text-xl font-bold">Par un lien envoyé par e-mail</h2>
          <LinkSignInForm returnTo={returnTo} />
        </section>
      </div>
      <p className="mt-6">
        Pas encore de compte ? <Link href="/inscription">Créer un compte</Link>
      </p>
    </div>
  );
}
