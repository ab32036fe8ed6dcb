import type { Metadata } from "next";
import Link from "next/link";
import { ForgottenPasswordForm } from "./form";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function ForgottenPasswordPage() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-2 text-3xl font-bold">Mot de passe oublié</h1>
      <p className="mb-6 text-muted">
        Saisissez l&apos;adresse e-mail de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe,
        valable une heure. Vos autres sessions seront fermées une fois le mot de passe changé.
      </p>
      <div className="card">
        <ForgottenPasswordForm />
      </div>
      <p className="mt-6">
        <Link href="/connexion">Retour à la connexion</Link>
      </p>
    </div>
  );
}
