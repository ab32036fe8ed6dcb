import type { Metadata } from "next";
import { headers } from "next/headers";
import { db } from "@/db/client";
import { formatDuration } from "@/lib/attendance/half-days";
import { verifyAttestationCode, type Verification } from "@/lib/attendance/verification";
import { clientKey } from "@/lib/rate-limit/client";
import { formatDate } from "@/lib/time";

export const metadata: Metadata = { title: "Vérifier une attestation de présence" };

/* Each code is checked for the request that sends it, counted against the client: never cached. */
export const instant = false;

function Outcome({ verification }: { verification: Verification }) {
  if (verification.outcome === "throttled") {
    return <p role="alert">Trop de codes ont été essayés depuis votre connexion. Réessayez dans une heure.</p>;
  }
  if (verification.outcome === "unknown") {
    return (
      <p role="alert">
        Aucune attestation ne porte ce code. Vérifiez-le sur le document (12 caractères, par exemple K7QM-4PXR-9TWA) ; en cas
        de doute, écrivez à l&apos;IREV.
      </p>
    );
  }
  const { attestation } = verification;
  const facts: [string, string][] = [
    ["Numéro", attestation.number],
    ["Participant ou participante", attestation.participantName],
    ["Rencontre", `${attestation.meetingNature} « ${attestation.meetingTitle} »`],
    ["Date", attestation.meetingDates],
    ["Demi-journées de présence", attestation.halfDays.map((half) => half.label).join("\u00a0; ")],
    ["Durée de présence", formatDuration(attestation.attendedMinutes)],
    ["Délivrée le", formatDate(attestation.issuedAt)],
  ];
  return (
    <div role="status">
      <p className="mb-3 font-semibold">Cette attestation a bien été délivrée par l&apos;IREV. Elle certifie :</p>
      <dl className="grid gap-2 sm:grid-cols-[max-content_1fr] sm:gap-x-6">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export default async function VerifyAttestationPage({ searchParams }: PageProps<"/attestations/verifier">) {
  const raw = (await searchParams).code;
  const code = (typeof raw === "string" ? raw : "").trim().slice(0, 40);
  const verification = code ? verifyAttestationCode(db, code, clientKey(await headers())) : null;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">Vérifier une attestation de présence</h1>
      <p className="mb-4">
        Saisissez le code de vérification imprimé en bas de l&apos;attestation, ou lisez son code QR : la page dit ce que
        l&apos;attestation certifie, et rien de plus.
      </p>
      <form method="get" className="mb-6" role="search" aria-label="Vérifier un code">
        <label htmlFor="code" className="field-label">
          Code de vérification
        </label>
        <span id="code-aide" className="field-hint">
          12 lettres et chiffres, par exemple K7QM-4PXR-9TWA.
        </span>
        <div className="flex flex-wrap gap-3">
          <input id="code" name="code" className="field-input max-w-xs" defaultValue={code} aria-describedby="code-aide" autoComplete="off" spellCheck={false} />
          <button type="submit" className="btn">
            Vérifier
          </button>
        </div>
      </form>
      {verification && (
        <section aria-labelledby="resultat" className="rounded border border-line p-4">
          <h2 id="resultat" className="mb-2 text-xl font-bold">{`Résultat pour le code ${code}`}</h2>
          <Outcome verification={verification} />
        </section>
      )}
    </div>
  );
}
