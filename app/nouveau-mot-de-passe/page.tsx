import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { isResetTokenValid } from "@/lib/people/password-reset";
import { NewPasswordForm } from "./form";

export const metadata: Metadata = { title: "Nouveau mot de passe" };
export const instant = false;

export default async function NewPasswordPage({ searchParams }: { searchParams: Promise<{ jeton?: string }> }) {
  const { jeton } = await searchParams;
  const valid = typeof jeton === "string" && isResetTokenValid(db, jeton);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-6 text-3xl font-bold">Nouveau mot de passe</h1>
      <div className="card">
        {valid ? (
          <NewPasswordForm token={jeton} />
        ) : (
          <p role="alert" className="font-semibold text-danger">
            Ce lien a expiré ou a déjà été utilisé. <Link href="/mot-de-passe-oublie">Demandez-en un nouveau</Link>.
          </p>
        )}
      </div>
    </div>
  );
}
