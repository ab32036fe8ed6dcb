import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/discovery/metadata";
import Link from "next/link";
import { ToComplete } from "@/components/site/to-complete";
import { cachedSettings } from "@/lib/settings/cached";

export const privacyMetadata: Metadata = publicPageMetadata({ title: "Données personnelles", path: "/donnees-personnelles" });

/** What is kept, why, on which legal basis (RGPD, art. 6) and for how long. */
const PROCESSING = [
  {
    purpose: "Gérer votre compte et l'accès aux contenus réservés aux membres du réseau",
    data: "nom, adresse e-mail, mot de passe (chiffré de façon irréversible), structure, fonction, téléphone (facultatif), rôle",
    basis: "mission d'intérêt public confiée au GIP : l'animation du réseau des professionnels de la politique de la ville (art. 6.1.e)",
    retention: "tant que le compte existe ; supprimé à votre demande, à tout moment, depuis Mon espace",
  },
  {
    purpose: "Inscrire aux rencontres, tenir les listes de participants et d'attente, vous écrire à leur sujet",
    data: "inscription, statut, réponses aux questions de la rencontre (par exemple besoins d'accessibilité ou régime alimentaire, toujours facultatifs)",
    basis:
      "mission d'intérêt public (art. 6.1.e) ; pour les besoins d'accessibilité ou de régime, votre consentement exprès, que vous donnez en les indiquant (art. 9.2.a)",
    retention:
      "réponses effacées si vous supprimez votre compte ; inscriptions gardées avec la rencontre pour le bilan d'activité du GIP, sous une forme qui ne vous nomme plus après suppression du compte",
  },
  {
    purpose: "Vous faire figurer dans l'annuaire des membres et sur la liste des participants d'une rencontre",
    data: "les seuls champs que vous choisissez d'afficher",
    basis: "votre consentement (art. 6.1.a), que vous pouvez retirer à tout moment depuis Mon espace",
    retention: "jusqu'au retrait de votre consentement ou la suppression du compte",
  },
  {
    purpose: "Protéger le site et vos comptes (limitation des tentatives de connexion, journal des actions de l'équipe)",
    data: "adresse e-mail visée, adresse IP derrière le serveur mandataire déclaré, date et nature de l'action",
    basis: "obligation de sécurité du responsable de traitement (art. 6.1.c et 32)",
    retention: "tentatives de connexion : la durée de la fenêtre de limitation ; journal des actions : durée à compléter par l'IREV",
  },
  {
    purpose: "Établir le bilan d'activité du GIP",
    data: "nombres d'inscrits et de participants par rencontre, sans nom",
    basis: "mission d'intérêt public (art. 6.1.e)",
    retention: "statistiques anonymes, sans limite",
  },
];

/** The page as everyone sees it: the public cached edition and signed-in readers share it. */
export async function PrivacyView() {
  const { identity } = await cachedSettings();
  return (
    <article className="card mx-auto max-w-3xl [&_h2]:mb-2 [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-bold [&_p]:mb-3">
      <h1 className="mb-4 text-3xl font-bold">Données personnelles</h1>
      <p>
        Cette page explique quelles données le site du réseau conserve sur vous, pourquoi, combien de temps, qui les
        reçoit et comment exercer vos droits, conformément au règlement général sur la protection des données (RGPD) et
        à la loi Informatique et Libertés.
      </p>

      <h2>Responsable du traitement</h2>
      <p>
        {identity.name}, {identity.legalForm}, {identity.mission}, {identity.city} ; adresse :{" "}
        <ToComplete value={identity.postalAddress} what="adresse postale du siège" />.
      </p>
      <p>
        Délégué ou déléguée à la protection des données :{" "}
        <ToComplete value={identity.dataProtectionOfficer} what="nom ou organisme désigné auprès de la CNIL" /> ; à joindre à{" "}
        <a href={`mailto:${identity.privacyEmail}`}>{identity.privacyEmail}</a>.
      </p>

      <h2>Finalités, bases légales et durées de conservation</h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm [&_td]:border [&_td]:border-line [&_td]:p-2 [&_td]:align-top [&_th]:border [&_th]:border-line [&_th]:bg-wash [&_th]:p-2 [&_th]:text-left">
          <caption className="sr-only">Traitements de données personnelles du site</caption>
          <thead>
            <tr>
              <th scope="col">Finalité</th>
              <th scope="col">Données</th>
              <th scope="col">Base légale</th>
              <th scope="col">Durée de conservation</th>
            </tr>
          </thead>
          <tbody>
            {PROCESSING.map((row) => (
              <tr key={row.purpose}>
                <th scope="row">{row.purpose}</th>
                <td>{row.data}</td>
                <td>{row.basis}</td>
                <td>{row.retention}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3">
        Les sauvegardes de la base, qui contiennent ces données, sont conservées pour une durée{" "}
        <ToComplete value={null} what="durée de rétention des sauvegardes fixée par l'IREV et son prestataire" />.
      </p>

      <h2>Destinataires</h2>
      <ul className="mb-3 list-disc space-y-1 pl-6">
        <li>l&apos;équipe de l&apos;IREV, pour gérer les comptes et les rencontres ;</li>
        <li>les autres membres du réseau, pour les seuls champs que vous affichez dans l&apos;annuaire ;</li>
        <li>
          les participants d&apos;une rencontre, pour votre nom et votre structure, si vous l&apos;avez accepté en vous
          inscrivant ;
        </li>
        <li>
          les prestataires techniques de l&apos;IREV, qui agissent sur ses instructions : l&apos;hébergeur (
          <ToComplete value={identity.host} what="hébergeur" />) et le service d&apos;envoi des e-mails (
          <ToComplete value={identity.mailProvider} what="prestataire d'envoi des e-mails" />).
        </li>
      </ul>
      <p>Vos données ne sont ni vendues, ni utilisées à des fins commerciales.</p>

      <h2>Cookies</h2>
      <p>
        Le site ne dépose que les cookies nécessaires à la connexion : le cookie de session (authjs.session-token), et
        ceux qui protègent le formulaire de connexion (authjs.csrf-token, authjs.callback-url). Ils sont exemptés de
        consentement (article 82 de la loi Informatique et Libertés) : c&apos;est pourquoi aucun bandeau ne vous est
        présenté. Le site n&apos;utilise ni mesure d&apos;audience, ni publicité, ni contenu de réseaux sociaux.
      </p>

      <h2>Vos droits</h2>
      <p>
        Vous disposez d&apos;un droit d&apos;accès, de rectification, d&apos;effacement, de limitation, de portabilité et
        d&apos;opposition, du droit de retirer votre consentement à tout moment, et de celui de définir des directives
        sur le sort de vos données après votre décès.
      </p>
      <ul className="mb-3 list-disc space-y-1 pl-6">
        <li>
          Depuis <Link href="/mon-espace">Mon espace</Link> : modifier votre profil et ce que montre l&apos;annuaire,
          télécharger toutes vos données (fichier JSON), annuler vos inscriptions, supprimer votre compte.
        </li>
        <li>
          Par courriel à <a href={`mailto:${identity.privacyEmail}`}>{identity.privacyEmail}</a>, ou par courrier à
          l&apos;adresse du GIP : une réponse vous est apportée dans un délai d&apos;un mois.
        </li>
        <li>
          Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (
          <a href="https://www.cnil.fr/fr/plaintes">www.cnil.fr/fr/plaintes</a>).
        </li>
      </ul>

      <h2>Contact</h2>
      <p>
        Pour toute question sur vos données : <a href={`mailto:${identity.privacyEmail}`}>{identity.privacyEmail}</a>{" "}
        ou la page <Link href="/contact">Contact</Link>.
      </p>
    </article>
  );
}
