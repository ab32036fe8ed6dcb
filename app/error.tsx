"use client";

/** A failure inside a page keeps the site's header and footer, and says so in French. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card mx-auto max-w-2xl" role="alert">
      <h1 className="mb-3 text-2xl font-bold">Une erreur est survenue</h1>
      <p className="mb-4">Cette page n&apos;a pas pu être affichée. Réessayez dans quelques instants ; si le problème persiste, écrivez à l&apos;équipe de l&apos;IREV.</p>
      <button type="button" className="btn" onClick={reset}>
        Réessayer
      </button>
    </div>
  );
}
