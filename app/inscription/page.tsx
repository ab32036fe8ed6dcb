import type { Metadata } from "next";
import Link from "next/link";
import { StructureDatalist } from "@/components/organisations/structure-datalist";
import { SignUpForm } from "./form";

export const metadata: Metadata = { title: "Créer un compte" };
export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-2 text-3xl font-bold">Créer un compte</h1>
      <p className="mb-6 text-muted">
        Après confirmation de votre adresse e-mail, vous pourrez vous inscrire aux rencontres ouvertes à tous. L&apos;équipe
        de l&apos;IREV valide ensuite votre compte pour vous ouvrir les rencontres et documents réservés aux membres du
        réseau.
      </p>
      <div className="card">
        <SignUpForm />
        <StructureDatalist />
      </div>
      <p className="mt-6">
        Déjà un compte ? <Link href="/connexion">Se connecter</Link>
      </p>
    </div>
  );
}
