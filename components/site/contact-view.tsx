import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/discovery/metadata";
import Link from "next/link";
import { ToComplete } from "@/components/site/to-complete";
import { cachedSettings } from "@/lib/settings/cached";

export const contactMetadata: Metadata = publicPageMetadata({ title: "Contact", path: "/contact" });

/** The page as everyone sees it: the public cached edition and signed-in readers share it. */
export async function ContactView() {
  const { identity } = await cachedSettings();
  return (
    <article className="card mx-auto max-w-3xl [&_h2]:mb-2 [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-bold [&_p]:mb-3">
      <h1 className="mb-4 text-3xl font-bold">Contacter l&apos;IREV</h1>
      <p>
        L&apos;équipe de l&apos;{identity.shortName}, {identity.mission}, répond à vos questions sur le réseau, les
        rencontres, votre compte et les ressources publiées.
      </p>

      <h2>Par courriel</h2>
      <p>
        <a href={`mailto:${identity.contactEmail}`}>{identity.contactEmail}</a>
      </p>

      <h2>Par courrier ou par téléphone</h2>
      <p>
        {identity.name}
        <br />
        <ToComplete value={identity.postalAddress} what="adresse postale" />
        <br />
        Téléphone : <ToComplete value={identity.phone} what="numéro de téléphone" />
      </p>

      <h2>Questions particulières</h2>
      <ul className="mb-3 list-disc space-y-1 pl-6">
        <li>
          Vos données personnelles (accès, rectification, effacement…) :{" "}
          <a href={`mailto:${identity.privacyEmail}`}>{identity.privacyEmail}</a>, ou directement depuis{" "}
          <Link href="/mon-espace">Mon espace</Link> ; voir <Link href="/donnees-personnelles">Données personnelles</Link>.
        </li>
        <li>
          Un contenu ou un service que vous n&apos;arrivez pas à utiliser :{" "}
          <a href={`mailto:${identity.accessibilityEmail}`}>{identity.accessibilityEmail}</a> ; voir la{" "}
          <Link href="/accessibilite">déclaration d&apos;accessibilité</Link>.
        </li>
        <li>
          Une inscription à une rencontre : depuis la page de la rencontre, ou <Link href="/mon-espace">Mon espace</Link>{" "}
          pour l&apos;annuler.
        </li>
      </ul>
    </article>
  );
}
