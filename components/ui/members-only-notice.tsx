import Link from "next/link";

type Props = {
  /** "Document réservé aux membres". */
  heading: string;
  /** "Ce document est réservé aux membres du réseau." */
  statement: string;
  /** How to read it, agreeing with the subject: "le lire", "la lire". */
  toRead: string;
  /** Where signing in leads back to. */
  returnTo: string;
  signedIn: boolean;
};

/** What a visitor or a pending account gets instead of something for members: why, and the way in. */
export function MembersOnlyNotice({ heading, statement, toRead, returnTo, signedIn }: Props) {
  return (
    <div className="card mx-auto max-w-2xl">
      <h1 className="mb-3 text-2xl font-bold">{heading}</h1>
      {signedIn ? (
        <p className="mb-4">
          {statement} Votre compte est en attente de validation&nbsp;: l&apos;équipe de l&apos;IREV vous préviendra par e-mail dès qu&apos;il
          sera validé.
        </p>
      ) : (
        <p className="mb-4">
          {statement} Connectez-vous avec un compte membre pour {toRead}.
        </p>
      )}
      <p className="flex flex-wrap gap-3">
        {!signedIn && (
          <Link href={`/connexion?retour=${encodeURIComponent(returnTo)}`} className="btn">
            Se connecter
          </Link>
        )}
        <Link href="/" className="btn btn-secondary">
          Retour à l&apos;accueil
        </Link>
      </p>
    </div>
  );
}
