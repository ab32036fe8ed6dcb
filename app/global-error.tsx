"use client";

import "./globals.css";

/** Shown when even the root layout fails: a complete, accessible French page of its own. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <head>
        <title>Erreur – Réseau IREV</title>
      </head>
      <body>
        <main className="mx-auto max-w-2xl px-4 py-12">
          <h1 className="mb-3 text-2xl font-bold">Une erreur est survenue</h1>
          <p className="mb-4">Le service est momentanément indisponible. Réessayez dans quelques instants.</p>
          <button type="button" className="btn" onClick={reset}>
            Réessayer
          </button>
        </main>
      </body>
    </html>
  );
}
