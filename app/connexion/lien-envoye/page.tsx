import type { Metadata } from "next";

export const metadata: Metadata = { title: "Consultez votre messagerie" };

export default function LinkSentPage() {
  return (
    <div className="mx-auto max-w-2xl card">
      <h1 className="mb-4 text-2xl font-bold">Consultez votre messagerie</h1>
      <p role="status">
        Si un compte correspond à cette adresse, un e-mail vient de lui être envoyé avec un lien personnel, valable
        24 heures et utilisable une seule fois.
      </p>
      <p className="mt-3 text-muted">
        Rien reçu ? Vérifiez le dossier des indésirables, puis demandez un nouveau lien depuis la page de connexion.
      </p>
    </div>
  );
}
