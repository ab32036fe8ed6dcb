import type { DocumentSeed } from "./types";

/** Line printed on every page of the placeholder PDFs. */
export const DEMO_NOTICE = "Document de démonstration – irev-reseau";

/** First-page line of a placeholder that stands in for a real document, named in it. */
export function standInNotice(original: string): string {
  return `Ce fichier tient lieu, pour la démonstration, du document original : ${original}. Il n'en reproduit pas le contenu.`;
}

/** First-page line of a document made up for the demo. */
export const MADE_UP_NOTICE = "Document fictif, rédigé pour la démonstration : il ne tient lieu d'aucun document original.";

/**
 * Placeholder PDFs, keyed by the file names of the former site. They are generated at seed time;
 * their text (what a user would find when searching inside the PDFs) is written here.
 */
const documents = {
  "enquete_mise_en_reseau_chefs_de_projet_pv_mars_2017.pdf": {
    original: "« enquete_mise_en_reseau_chefs_de_projet_pv_mars_2017.pdf », synthèse de l'enquête de mars 2017 publiée par l'IREV",
    title: "Enquête sur la mise en réseau des chefs de projet politique de la ville (mars 2017) – synthèse",
    visibility: "public",
    themes: ["politique-de-la-ville-dsu"],
    pages: [
      [
        "En mars 2017, l'IREV a lancé une enquête auprès des chefs de projet politique de la ville des Hauts-de-France afin d'identifier leurs attentes et leurs besoins en matière de mise en réseau.",
        "La synthèse des résultats a été présentée lors de la rencontre du réseau du 11 mai 2017 à Noyon, accueillie par la Communauté de communes du Pays Noyonnais.",
      ],
      [
        "Thèmes abordés par l'enquête : fréquence et format des rencontres, sujets prioritaires (développement économique, lutte contre les discriminations, annexes du contrat de ville), échanges de pratiques et d'expériences entre territoires.",
        "Suites proposées : des rencontres de réseau régulières, organisées à tour de rôle dans les territoires, et un point d'actualité partagé à chaque rencontre.",
      ],
    ],
  },
  "points_actus_reseau_chefs_de_projet_au_11_mai_2017.pdf": {
    original: "« points_actus_reseau_chefs_de_projet_au_11_mai_2017.pdf », point d'actus du réseau publié par l'IREV",
    title: "Points d'actus du réseau des chefs de projet politique de la ville au 11 mai 2017",
    visibility: "public",
    themes: ["politique-de-la-ville-dsu", "developpement-economique-et-emploi", "egalite-citoyennete-discriminations"],
    pages: [
      [
        "Point d'actualité ayant nourri les échanges de la rencontre du réseau des chefs de projet politique de la ville du jeudi 11 mai 2017 à Noyon.",
        "Au sommaire : l'actualité des contrats de ville dans les territoires, le volet développement économique des contrats de ville, la lutte contre les discriminations, les annexes du contrat de ville.",
      ],
    ],
  },
  "terv1728930j_circulaire_vfinannexes.pdf": {
    original: "« terv1728930j_circulaire_vfinannexes.pdf », circulaire du 22 décembre 2017 (NOR : TERV1728930J) et ses annexes, publiée par le ministère de la Cohésion des territoires",
    title:
      "Circulaire du 22 décembre 2017 relative à l'association des parties prenantes à la co-construction de la politique de la ville",
    visibility: "public",
    themes: ["politique-de-la-ville-dsu", "participation-citoyenne"],
    pages: [
      [
        "République française – Ministère de la cohésion des territoires – Commissariat général à l'égalité des territoires.",
        "Circulaire du 22 décembre 2017 relative à l'association des parties prenantes à la co-construction de la politique de la ville. NOR : TERV1728930J (texte non paru au Journal officiel).",
        "Destinataires : Mesdames et Messieurs les préfets de département, les préfets délégués à l'égalité des chances, les sous-préfets chargés de mission à la ville.",
      ],
      [
        "Résumé : le président de la République a fixé dans son discours du 14 novembre l'élaboration d'un plan de mobilisation nationale en faveur des quartiers prioritaires et de leurs habitants, reposant sur la co-construction et l'association des parties prenantes.",
        "Premier axe : la mobilisation autour des 40 ans de la politique de la ville, la labellisation d'actions et l'organisation d'événements nationaux projetés en région.",
        "Second axe : la co-construction locale et citoyenne via les conseillers citoyens, la mobilisation des forces vives des territoires et l'animation d'ateliers territoriaux.",
      ],
      [
        "Pièces annexes : 1 - Fascicule sur les annonces du président de la République ; 2 - Guide pour labelliser les actions ; 3 - Formulaire de demande de labellisation des actions locales ; 4 - Fiche 40 ans ; 5 - Appel à manifestation d'intérêt.",
        "Mots clés : politique de la ville, cohésion des territoires, quartiers prioritaires, comité interministériel des villes, concertation, co-construction, labellisation, conseils citoyens.",
      ],
    ],
  },
  "fiche_experience_la_demarche_dattractivite_cc_pays_noyonnais.pdf": {
    original: "« fiche_experience_la_demarche_dattractivite_cc_pays_noyonnais.pdf », fiche expérience publiée par l'IREV",
    title:
      "Fiche expérience – Une stratégie inclusive de la Communauté de communes du Pays Noyonnais : la démarche d'attractivité territoriale",
    visibility: "public",
    themes: ["developpement-economique-et-emploi", "numerique"],
    pages: [
      [
        "La stratégie d'attractivité territoriale de la Communauté de communes du Pays Noyonnais (CCPN) s'articule sur une démarche de marketing territorial et de projets innovants.",
      ],
      [
        "Trois projets innovants : l'élaboration d'une feuille de route numérique ; la création d'un espace innovant, le Tiers-Lieu numérique ; l'organisation d'un événement innovant, les Inovia Days « Make & Fly ».",
        "Lieu ressource : le campus économique Inovia à Noyon et sa pépinière éco-industrielle de 4 000 m² dédiée à l'innovation, à la recherche et à l'expérimentation.",
      ],
    ],
  },
  "bilan_activite_irev_2016.pdf": {
    title: "Bilan d'activité 2016 du GIP IREV",
    visibility: "members",
    themes: ["politique-de-la-ville-dsu"],
    pages: [
      [
        "Document de travail présenté à l'Assemblée générale du GIP IREV du 24 mars 2017.",
        "Le programme de travail 2016 visait à faciliter la traduction opérationnelle des contrats de ville signés en 2015, en soutenant l'ingénierie locale dans l'élaboration de plans d'actions structurés.",
        "Journées, rencontres régionales et cycles de qualification : 900 personnes touchées (professionnels, habitants).",
      ],
      [
        "Près de 100 demandes d'information et de documentation ; 110 000 visites annuelles du site internet et plus de 22 000 téléchargements.",
        "Le projet stratégique, conforme au cadre de référence national des centres de ressources politique de la ville, a été validé lors de l'assemblée générale de novembre 2016 et sera mis en œuvre à partir de 2017.",
      ],
    ],
  },
  "programme_previsionnel_jeudi_de_la_ville.pdf": {
    title: "Programme prévisionnel – Jeudi de la ville : l'emploi des habitants des quartiers",
    visibility: "public",
    themes: ["developpement-economique-et-emploi"],
    pages: [
      [
        "Programme prévisionnel de la journée régionale organisée par l'IREV en partenariat avec la délégation régionale Hauts-de-France du CNFPT.",
        "Matin : accueil, ouverture, intervention sur les leviers de l'emploi dans les quartiers prioritaires, table ronde des institutions.",
        "Après-midi : trois ateliers au choix (emploi des jeunes des quartiers, création d'activité, clauses d'insertion), puis restitution et conclusion.",
      ],
    ],
  },
  "deliberation_cadre_departement_nord_3_novembre_2014.pdf": {
    original: "la délibération cadre du Conseil général du Nord du 3 novembre 2014 relative à la politique de la ville",
    title: "Délibération cadre du Conseil général du Nord du 3 novembre 2014 – politique de la ville",
    visibility: "public",
    themes: ["politique-de-la-ville-dsu"],
    pages: [
      [
        "Délibération cadre présentée à la journée régionale du 11 décembre 2014 par la mission « contrat de territoire » du Département du Nord : l'engagement du Département dans les contrats de ville, sur son droit commun.",
        "Quatre priorités d'intervention : donner la priorité à l'emploi ; favoriser l'autonomie des jeunes ; améliorer le vivre-ensemble ; lutter contre toutes les discriminations.",
      ],
    ],
  },
  "deliberation_departement_pas_de_calais_15_decembre_2014.pdf": {
    original: "la délibération du Conseil général du Pas-de-Calais du 15 décembre 2014 relative aux contrats de ville",
    title: "Délibération du Conseil général du Pas-de-Calais du 15 décembre 2014 – contrats de ville",
    visibility: "public",
    themes: ["politique-de-la-ville-dsu"],
    pages: [
      [
        "Délibération annoncée à la journée régionale du 11 décembre 2014 : le Département du Pas-de-Calais s'engage dans les contrats de ville à condition d'être associé dès le départ à leur élaboration, à leur suivi et à leur évaluation.",
        "Objectifs prioritaires : la bataille pour l'emploi, l'accompagnement des jeunes vers l'autonomie, l'accessibilité des structures des quartiers, la mobilité des habitants, la lutte contre la précarité énergétique.",
      ],
    ],
  },
} satisfies Record<string, DocumentSeed>;

export type DocumentFile = keyof typeof documents;
export const DOCUMENTS: Record<DocumentFile, DocumentSeed> = documents;
