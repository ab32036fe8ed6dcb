import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/discovery/metadata";
import { cachedSettings } from "@/lib/settings/cached";

export const accessibilityMetadata: Metadata = publicPageMetadata({ title: "Accessibilité", path: "/accessibilite" });

/** The page as everyone sees it: the public cached edition and signed-in readers share it. */
export async function AccessibilityView() {
  const { identity } = await cachedSettings();
  return (
    <article className="card mx-auto max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">Déclaration d&apos;accessibilité</h1>
      <p className="mb-3">
        L&apos;IREV s&apos;engage à rendre son réseau en ligne accessible, conformément à l&apos;article 47 de la loi
        n° 2005-102 du 11 février 2005. Cette déclaration s&apos;applique au site du réseau politique de la ville
        Hauts-de-France.
      </p>
      <h2 className="mb-2 mt-6 text-xl font-bold">État de conformité</h2>
      <p className="mb-3">
        Le site est <strong>partiellement conforme</strong> au référentiel général d&apos;amélioration de
        l&apos;accessibilité (RGAA 4.1) : aucun audit externe n&apos;a encore été réalisé. Chaque page est vérifiée
        automatiquement (axe) à chaque modification, et les parcours principaux sont testés au clavier.
      </p>
      <h2 className="mb-2 mt-6 text-xl font-bold">Contenus non accessibles</h2>
      <p className="mb-3">
        Certains documents PDF anciens, issus de l&apos;ancien site, ne sont pas balisés. Sur demande, l&apos;IREV
        vous en transmet une version accessible.
      </p>
      <h2 className="mb-2 mt-6 text-xl font-bold">Retour d&apos;information et contact</h2>
      <p className="mb-3">
        Si vous n&apos;arrivez pas à accéder à un contenu ou à un service, écrivez à{" "}
        <a href={`mailto:${identity.accessibilityEmail}`}>{identity.accessibilityEmail}</a>&nbsp;: nous vous répondrons et vous
        proposerons une alternative.
      </p>
      <h2 className="mb-2 mt-6 text-xl font-bold">Voies de recours</h2>
      <p>
        Si vous constatez un défaut d&apos;accessibilité vous empêchant d&apos;accéder à un contenu et que vous
        n&apos;avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits.
      </p>
    </article>
  );
}
