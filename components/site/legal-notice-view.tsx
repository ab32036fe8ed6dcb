import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/discovery/metadata";
import Link from "next/link";
import { ToComplete } from "@/components/site/to-complete";
import { cachedSettings } from "@/lib/settings/cached";

export const legalNoticeMetadata: Metadata = publicPageMetadata({ title: "Mentions légales", path: "/mentions-legales" });

/** The page as everyone sees it: the public cached edition and signed-in readers share it. */
export async function LegalNoticeView() {
  const { identity } = await cachedSettings();
  return (
    <article className="card mx-auto max-w-3xl [&_h2]:mb-2 [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-bold [&_p]:mb-3">
      <h1 className="mb-4 text-3xl font-bold">Mentions légales</h1>

      <h2>Éditeur du site</h2>
      <p>
        {identity.name}, {identity.mission}, {identity.legalForm} constitué par {identity.founders}, avec les
        intercommunalités et communes pilotes des contrats de ville qui l&apos;ont rejoint.
      </p>
      <p>
        Adresse : <ToComplete value={identity.postalAddress} what="adresse postale du siège" />.
        <br />
        Téléphone : <ToComplete value={identity.phone} what="numéro de téléphone" />.
        <br />
        SIRET : <ToComplete value={identity.siret} what="numéro SIRET du GIP" />.
        <br />
        Courriel : <a href={`mailto:${identity.contactEmail}`}>{identity.contactEmail}</a> (voir aussi la page{" "}
        <Link href="/contact">Contact</Link>).
      </p>

      <h2>Directeur ou directrice de la publication</h2>
      <p>
        <ToComplete value={identity.publicationDirector} what="nom et qualité du directeur ou de la directrice de la publication" />
      </p>

      <h2>Hébergement</h2>
      <p className="whitespace-pre-line">
        <ToComplete value={identity.host} what="nom, adresse et téléphone de l'hébergeur" />
      </p>

      <h2>Conception et logiciel</h2>
      <p>
        Le site est construit avec le logiciel libre irev-reseau. La marque textuelle « IREV » de l&apos;en-tête et
        l&apos;icône du site ont été dessinées pour ce projet ; le site n&apos;utilise ni la Marianne ni les éléments du
        système de design de l&apos;État.
      </p>

      <h2>Contenus et réutilisation</h2>
      <p>
        Les comptes rendus, actualités et documents publiés par l&apos;IREV peuvent être cités avec mention de la source.
        Les documents produits par d&apos;autres organismes (circulaires, délibérations, fiches) restent soumis aux
        conditions de leurs auteurs. Les liens vers d&apos;autres sites n&apos;engagent pas l&apos;IREV.
      </p>

      <h2>Données personnelles et accessibilité</h2>
      <p>
        Le traitement de vos données et vos droits sont décrits sur la page{" "}
        <Link href="/donnees-personnelles">Données personnelles</Link>. Le niveau d&apos;accessibilité du site est décrit
        dans la <Link href="/accessibilite">déclaration d&apos;accessibilité</Link>.
      </p>
    </article>
  );
}
