import { parisInstant } from "../../../lib/time";
import { PLDE_REFERENTS } from "./contacts";
import { JOURNEE_2014 } from "./report-2014";
import type { ReportSeed } from "./types";

/*
 * Reports and news from IREV's former site. Bodies are Markdown: external links stay inline, the page lists them
 * as numbered references ("Liens"). `modifiedAt` comes from the sources' "(modifié le …)" lines; where a page gives
 * no publication date, the comment says which date was chosen.
 */

const d = parisInstant;
const md = (...paragraphs: string[]) => paragraphs.join("\n\n");

const LILLERS = md(
  "**L'année 2017 s'est terminée dans le Pas-de-Calais pour les rencontres de réseau chefs de projet politique de la ville !**",
  "Jeudi 14 décembre 2017, c'est le service politique de la ville de la Communauté d'agglomération de Béthune-Bruay, Artois Lys Romane qui a accueilli dans ses locaux de Lillers, dans le Pas-de-Calais, la dernière rencontre du réseau des chefs de projet politique de la ville de l'année 2017 organisée par l'IREV.",
  "Cette rencontre a été l'occasion, à partir des témoignages des participants, d'aborder ce qui fait l'actualité nationale récente en matière de politique de la ville mais également l'actualité des contrats de ville sur les territoires. Quels sont les enjeux de communication en matière de politique de la ville, où en sont les conseils citoyens ou encore les démarches d'évaluation des différents territoires : autant de questions qui ont rythmé les échanges et qui ont été l'occasion de se saisir des différentes ressources thématiques que vous pouvez retrouver en cliquant sur les liens ci-dessous.",
  [
    "- Fiche expérience « [Une stratégie inclusive de la Communauté de Communes du Pays Noyonnais : la démarche d'attractivité territoriale de la Communauté de Communes du Pays Noyonnais](https://www.irev.fr/sites/default/files/atoms/files/fiche_experience_la_demarche_dattractivite_cc_pays_noyonnais.pdf) » : découvrez comment la stratégie d'attractivité territoriale définie par la Communauté de Communes du Pays Noyonnais (CCPN) s'articule sur une démarche de **marketing territorial** et de **projets innovants** reposant sur : l'élaboration d'une feuille de route numérique, la création d'un espace innovant (le Tiers-Lieu numérique) et l'organisation d'un événement innovant (les Inovia Days « Make & Fly »).",
    "- Retranscription écrite du [discours présidentiel Politique de la ville du 14/11/2017](https://www.caissedesdepotsdesterritoires.fr/cs/BlobServer?blobkey=id&blobnocache=true&blobwhere=1250170984229&blobheader=application%2Fpdf&blobcol=urldata&blobtable=MungoBlobs).",
    "- [L'appel solennel de Grigny](http://bleublanczebre.fr/lappel-de-grigny-aux-etats-generaux-de-politique-de-ville/) : lundi 16 octobre, à Grigny, se sont tenus les États généraux de la politique de la ville, coorganisés par Bleu Blanc Zèbre, Ville et Banlieue et Villes de France. Les maires en charge de quartiers prioritaires de la politique de la ville et les associations travaillant auprès de la jeunesse et des populations se sont réunis pour lancer au Président de la République un appel solennel.",
    "- Les assises de la mobilité : lancées en septembre 2017 par Élisabeth Borne, ministre chargée des transports, [les assises nationales de la mobilité](https://www.assisesdelamobilite.gouv.fr/presentation) se déroulent jusqu'en décembre 2017. Cette consultation s'adresse à tous les acteurs du territoire et permettra de préparer la loi d'orientation des mobilités, présentée au premier semestre 2018.",
    "- [La conférence nationale des territoires](http://www.gouvernement.fr/conference-nationale-territoires) : démarrée le 17 juillet 2017, cette instance présidée par le Premier ministre et composée de membres du Gouvernement, de représentants des collectivités territoriales, du Parlement et des organismes de concertation territoriale existants doit se réunir tous les six mois dans la perspective de mettre en place un nouveau mode de fonctionnement et de répartition des rôles entre l'État et les collectivités.",
    "- [Plan logement](http://www.cohesion-territoires.gouv.fr/le-gouvernement-presente-sa-strategie-pour-le-logement) : la stratégie en matière de logement présentée par le Gouvernement le 20 septembre 2017.",
    "- [Emplois francs](http://www.gouvernement.fr/argumentaire/emplois-francs-debut-de-l-experimentation) : un amendement au projet de loi de finances (PLF), soutenu par le Gouvernement, vise à mettre en place à titre expérimental, avant généralisation, un dispositif d'« emplois francs » pour favoriser l'embauche des habitants des quartiers prioritaires de la politique de la ville.",
  ].join("\n"),
);

const NOYON = md(
  "C'est bien sur le versant sud de la région Hauts-de-France que s'est tenue ce jeudi 11 mai la rencontre de réseau des chefs de projet politique de la ville. Sous le soleil du pays noyonnais, les 17 participants ont pu profiter de l'ancien site militaire du campus économique Inovia, accueillis par l'équipe politique de la ville de la Communauté de Communes du Pays Noyonnais, pour échanger sur ce qui fait l'actualité des contrats de ville dans les territoires.",
  "Au menu des échanges : **le développement économique**, un thème sur lequel chacun a pu témoigner de l'élaboration ou la mise en œuvre de stratégies spécifiques. Les réflexions ont permis d'identifier ce qui pose question : l'entrée volet social privilégiée, l'identification de porteurs de projets au sein des QPV : autant d'interrogations qui ont traversé des échanges nourris des témoignages et retours d'expériences des uns et des autres. Autre thème abordé : **la lutte contre les discriminations** et les points de vigilance à avoir en tête sur le sujet. Évoquer ce qui fait levier mais également blocage : c'est sur ce principe que se sont tenues les discussions de la matinée.",
  "L'heure qui a tourné bien rapidement, à défaut de combler toutes les attentes, a conforté chacun dans l'envie de se revoir et d'échanger en matière de pratiques et d'expériences sur les annexes du contrat de ville.",
  "Une rencontre qui s'est achevée en mode « hors sol » par une **visite de la pépinière éco-industrielle du pays noyonnais**. Notre petite équipe a pu apprécier ce bâtiment high-tech de 4 000 m² dédié à l'innovation, à la recherche et à l'expérimentation. Des ateliers destinés aux porteurs de projet au makerspace type « fablab » destiné aux entreprises en passant par le superbe amphithéâtre de 200 places : c'est sur cette déambulation inspirante et stimulante que le groupe s'est dispersé.",
  "Retrouvez ci-dessous le point d'actus qui a nourri les échanges ainsi qu'une synthèse des résultats de l'enquête IREV lancée au mois de mars 2017 sur l'identification des attentes et des besoins en matière de mise en réseau des chefs de projet politique de la ville.",
);

const ASSEMBLEE_GENERALE = md(
  "Le bilan de l'année 2016 constituait l'essentiel de l'ordre du jour de l'Assemblée générale du GIP IREV réunie le 24 mars sous la présidence de Milouda ALA, conseillère régionale Hauts-de-France, et la vice-présidence de Serge Bouffange, SGAR adjoint. L'adhésion de trois agglomérations supplémentaires au GIP a également été validée : les communautés d'agglomération de Lens-Liévin et de Valenciennes Métropole et la Communauté de communes du Pays Noyonnais sont désormais membres du GIP et rejoignent ainsi « le collège des EPCI et communes pilotes des contrats de ville ».",
  "## Retour sur l'année 2016",
  "Le programme de travail du centre de ressources avait pour objectif de faciliter la traduction opérationnelle des contrats de ville signés en 2015, en soutenant l'ingénierie locale dans l'élaboration de plans d'actions structurés destinés à mettre en œuvre ces contrats, sans perdre de vue le renouvellement des modes de faire induits par la loi de programmation pour la ville et la cohésion urbaine.",
  "C'est ainsi que l'IREV a proposé des actions de qualification et rencontres d'échanges de pratiques pour :",
  [
    "- décliner le volet développement économique du contrat de ville ;",
    "- faciliter la structuration de plans d'actions relatifs à l'égalité, la citoyenneté et à la prévention des discriminations ;",
    "- faire émerger des projets de renouvellement urbain qui répondent aux enjeux stratégiques des agglomérations ;",
    "- faciliter l'élaboration des pactes financiers et fiscaux de solidarité ;",
    "- poursuivre les efforts visant la participation citoyenne dans le contrat de ville.",
  ].join("\n"),
  "Des temps forts (journées et rencontres régionales) ont été consacrés aux enjeux majeurs de cohésion sociale en région que sont la santé, les enjeux éducatifs ou le risque de fracture numérique pour les quartiers en termes d'usages.",
  "Enfin, l'IREV a participé à l'effort de formation des acteurs locaux aux valeurs de la République, à travers le déploiement du plan national de formation « Valeurs de la République et laïcité » piloté en région par la Direction régionale Jeunesse, Sports et Cohésion sociale et l'organisation d'ateliers de qualification « égalité – citoyenneté ».",
  "Les journées, rencontres régionales et cycles de qualification organisés par l'IREV ont touché 900 personnes (professionnels, habitants), auxquels il convient d'ajouter les près de 100 demandes d'information – documentation, la fréquentation du site internet (110 000 visites annuelles, plus de 22 000 téléchargements), et le public touché à l'occasion des nombreuses interventions de l'IREV dans des événements organisés par les partenaires.",
  "D'un point de vue organisationnel, l'objectif a été, à partir du second semestre, de préfigurer un nouveau projet stratégique adapté au périmètre élargi d'intervention de l'IREV à la nouvelle région « Hauts-de-France ». Les actions mises en œuvre à partir de septembre ont ainsi été ouvertes aux acteurs de l'ex-Picardie. Le projet stratégique, conforme au cadre de référence national des centres de ressources politique de la ville, a été validé lors de l'assemblée générale de novembre 2016 et sera mis en œuvre à partir de 2017.",
  "## Une gouvernance en constante évolution",
  "Du côté des membres fondateurs du GIP, État et Conseil régional Hauts-de-France, la représentation s'élargit progressivement afin de couvrir l'ensemble du territoire : les services de l'État des départements de l'Aisne, de l'Oise et de la Somme participent désormais à l'assemblée générale ; les représentants du Conseil régional Hauts-de-France seront également au nombre de 6 à la prochaine assemblée générale.",
  "Les communautés d'agglomération de Lens-Liévin et de Valenciennes Métropole et la Communauté de communes du Pays Noyonnais sont désormais membres du GIP et rejoignent ainsi « le collège des EPCI et communes pilotes des contrats de ville ».",
  "## Un programme de travail 2017 consolidé",
  "La réunion a également été l'occasion de présenter un rapide point d'étape de la mise en œuvre du programme de travail 2017, qui a vocation à décliner le nouveau projet stratégique de l'IREV, centre de ressources politique de la ville Hauts-de-France, conformément au cadre de référence national des centres de ressources politique de la ville officialisé le 16 mars en présence de la secrétaire d'État à la ville, Hélène Geoffroy, de 7 associations nationales d'élus, de l'ANRU et des président·e·s et équipes des CRPV.",
);

const CIRCULAIRE = md(
  "Dans le cadre de la mobilisation générale souhaitée par le président de la République, Emmanuel Macron, lors de son discours de Tourcoing, le 14 novembre dernier, les initiatives en faveur de la politique de la ville se multiplient.",
  "Lancée le 6 octobre dernier, la célébration des 40 ans de la politique de la ville se poursuit avec la **labellisation d'actions** les plus innovantes ou remarquables « [40 ans de la politique de la ville, inventons les territoires de demain](http://www.cget.gouv.fr/dossiers/40-ans-de-politique-de-ville) » sur le terrain afin de valoriser les bonnes pratiques. Est lancé parallèlement un **appel à manifestation d'intérêt autour de quatre événements d'envergure nationale** qui auront lieu en région. Ces rencontres nationales seront co-organisées entre l'État et les collectivités partenaires.",
  "Par ailleurs, l'élaboration du plan de mobilisation générale doit se faire en co-construction avec les citoyens et les acteurs de terrain. Pour ce faire, le Gouvernement souhaite que soient associés et consultés les conseils citoyens avec, notamment, la **mise en place d'ateliers territoriaux** au sein desquels ils prendront toute leur place. Il souhaite parallèlement que l'ensemble des acteurs de la politique de la ville soient partie prenante dans cette stratégie de co-construction.",
  "Les modalités et échéances pour s'inscrire dans ces diverses initiatives sont consignées dans une circulaire (ci-dessous) cosignée par Jacques Mézard, ministre de la Cohésion des territoires, et Julien Denormandie, secrétaire d'État.",
  "## Circulaire du 22 décembre 2017",
  "*Relative à l'association des parties prenantes à la co-construction de la politique de la ville — NOR : TERV1728930J (texte non paru au Journal officiel).*",
  "Le ministre de la cohésion des territoires et le secrétaire d'État auprès du ministre de la cohésion des territoires à Mesdames et Messieurs les préfets de département, les préfets délégués à l'égalité des chances et les sous-préfets chargés de mission à la ville.",
  "**Résumé :** le président de la République a fixé dans son discours de Roubaix le 14 novembre l'élaboration d'un plan de mobilisation nationale en faveur des quartiers prioritaires et de leurs habitants reposant sur la co-construction et l'association des parties prenantes. La présente circulaire en précise les modalités autour de deux axes :",
  [
    "- la mobilisation autour des 40 ans de la politique de la ville, la labellisation d'actions et l'organisation d'événements nationaux projetés en région ;",
    "- la co-construction locale et citoyenne via les conseillers citoyens, la mobilisation des forces vives des territoires pour la politique de la ville et l'animation d'ateliers territoriaux en lien avec les groupes nationaux mis en place auprès des ministres.",
  ].join("\n"),
  "**Pièces annexes :**",
  [
    "1. Fascicule sur les annonces du président de la République",
    "2. Guide pour labelliser les actions",
    "3. Formulaire de demande de labellisation des actions locales",
    "4. Fiche 40 ans",
    "5. Appel à manifestation d'intérêt",
  ].join("\n"),
);

const FICHE_NOYONNAIS = md(
  "Découvrez comment la stratégie d'attractivité territoriale définie par la Communauté de communes du Pays Noyonnais (CCPN) s'articule sur une démarche de **marketing territorial** et de **projets innovants**.",
  "Cette stratégie repose sur trois projets :",
  [
    "- l'élaboration d'une **feuille de route numérique** ;",
    "- la création d'un espace innovant, le **Tiers-Lieu numérique** ;",
    "- l'organisation d'un événement innovant, les **Inovia Days « Make & Fly »**.",
  ].join("\n"),
  "Elle prend appui sur le campus économique Inovia, ancien site militaire de Noyon, et sur sa pépinière éco-industrielle de 4 000 m² dédiée à l'innovation, à la recherche et à l'expérimentation, que le réseau des chefs de projet a visitée le 11 mai 2017.",
  "La fiche complète est jointe ci-dessous.",
);

export const REPORTS: ReportSeed[] = [
  {
    slug: "compte-rendu-jeudi-de-la-ville-11-decembre-2014",
    kind: "compte_rendu",
    title: "Compte rendu : journée régionale du 11 décembre 2014 – Contrat de ville : quels moyens pour les quartiers ?",
    summary:
      "Plus de 330 personnes réunies pour faire le point sur la nouvelle architecture des moyens de la politique de la ville et la contribution de l'État, de la Région et des Départements au contrat unique.",
    body: JOURNEE_2014,
    meeting: "jeudi-de-la-ville-11-decembre-2014-contrat-de-ville-quels-moyens",
    themes: ["politique-de-la-ville-dsu", "developpement-economique-et-emploi", "sante", "europe"],
    visibility: "public",
    /* The page gives no publication date: the day of the meeting. */
    publishedAt: d(2014, 12, 11, 18, 0),
    attachments: [
      { file: "deliberation_cadre_departement_nord_3_novembre_2014.pdf", label: "Délibération cadre du Conseil général du Nord du 3 novembre 2014" },
      { file: "deliberation_departement_pas_de_calais_15_decembre_2014.pdf", label: "Délibération du Conseil général du Pas-de-Calais du 15 décembre 2014" },
    ],
    annexedContacts: PLDE_REFERENTS,
  },
  {
    slug: "retour-sur-l-assemblee-generale-du-gip-du-24-mars-2017",
    kind: "compte_rendu",
    title: "Retour sur l'Assemblée générale du GIP du 24 mars 2017",
    summary:
      "Bilan de l'année 2016, adhésion de Lens-Liévin, Valenciennes Métropole et du Pays Noyonnais au GIP, point d'étape du programme de travail 2017.",
    body: ASSEMBLEE_GENERALE,
    meeting: "assemblee-generale-gip-irev-24-mars-2017",
    themes: ["politique-de-la-ville-dsu"],
    visibility: "public",
    sourceName: "IREV",
    publishedAt: d(2017, 3, 30, 10, 0),
  },
  {
    slug: "compte-rendu-reseau-chefs-de-projet-noyon-11-mai-2017",
    kind: "compte_rendu",
    title: "Réseau des chefs de projet politique de la ville – 11/05/2017 – Noyon (60)",
    summary:
      "Sous le soleil du pays noyonnais, les 17 participants ont échangé sur le développement économique et la lutte contre les discriminations, avant de visiter la pépinière éco-industrielle.",
    body: NOYON,
    meeting: "reseau-chefs-de-projet-noyon-11-mai-2017",
    themes: ["politique-de-la-ville-dsu", "developpement-economique-et-emploi", "egalite-citoyennete-discriminations"],
    visibility: "public",
    sourceName: "IREV",
    sourceUrl:
      "https://irev.fr/thematiques/politique-de-la-ville-dsu/animation-du-reseau-chefs-de-projet-politique-de-la/reseau-3",
    /* The page only gives its modification date; the text was written just after "ce jeudi 11 mai". */
    publishedAt: d(2017, 5, 12, 10, 0),
    modifiedAt: d(2017, 12, 7, 10, 25),
    attachments: [
      { file: "enquete_mise_en_reseau_chefs_de_projet_pv_mars_2017.pdf", label: "Synthèse de l'enquête de mars 2017" },
      { file: "points_actus_reseau_chefs_de_projet_au_11_mai_2017.pdf", label: "Point d'actus au 11 mai 2017" },
    ],
  },
  {
    slug: "fiche-experience-strategie-inclusive-cc-pays-noyonnais",
    kind: "fiche_experience",
    title: "Une stratégie inclusive de la Communauté de Communes du Pays Noyonnais",
    summary:
      "La démarche d'attractivité territoriale de la CCPN : marketing territorial, feuille de route numérique, Tiers-Lieu numérique et Inovia Days « Make & Fly ».",
    body: FICHE_NOYONNAIS,
    themes: ["developpement-economique-et-emploi", "numerique"],
    visibility: "public",
    sourceName: "IREV",
    sourceUrl:
      "https://www.irev.fr/sites/default/files/atoms/files/fiche_experience_la_demarche_dattractivite_cc_pays_noyonnais.pdf",
    /* Shared with the network on 14 December 2017 (Lillers). */
    publishedAt: d(2017, 12, 14, 10, 0),
    attachments: [{ file: "fiche_experience_la_demarche_dattractivite_cc_pays_noyonnais.pdf" }],
  },
  {
    slug: "compte-rendu-reseau-chefs-de-projet-lillers-14-decembre-2017",
    kind: "compte_rendu",
    title: "Réseau des chefs de projet politique de la ville – 14/12/2017 – Lillers (62)",
    summary:
      "L'année 2017 s'est terminée dans le Pas-de-Calais pour les rencontres de réseau chefs de projet politique de la ville : actualité nationale, contrats de ville et ressources thématiques.",
    body: LILLERS,
    meeting: "reseau-chefs-de-projet-lillers-14-decembre-2017",
    themes: ["politique-de-la-ville-dsu", "participation-citoyenne", "developpement-economique-et-emploi"],
    visibility: "public",
    sourceName: "IREV",
    sourceUrl: "https://www.irev.fr/node/233359/reseau-des-chefs-de-projet-politique-de-la-ville-14122017-lillers-62",
    /* The page only gives its modification date. */
    publishedAt: d(2017, 12, 15, 11, 30),
    modifiedAt: d(2017, 12, 15, 11, 30),
  },
  {
    slug: "politique-de-la-ville-une-circulaire-pour-poursuivre-la-mobilisation",
    kind: "actualite",
    title: "Politique de la ville : une circulaire pour poursuivre la mobilisation",
    summary:
      "Labellisation d'actions pour les 40 ans de la politique de la ville, événements nationaux en région, ateliers territoriaux avec les conseils citoyens : la circulaire du 22 décembre 2017 en précise les modalités.",
    body: CIRCULAIRE,
    themes: ["politique-de-la-ville-dsu"],
    visibility: "public",
    sourceName: "CGET",
    sourceUrl: "http://www.cget.gouv.fr/actualites/la-mobilisation-generale-se-poursuit",
    publishedAt: d(2018, 1, 8, 17, 15),
    modifiedAt: d(2018, 1, 8, 17, 30),
    attachments: [
      {
        file: "terv1728930j_circulaire_vfinannexes.pdf",
        label: "Circulaire du 22 décembre 2017 relative à l'association des parties prenantes à la co-construction de la politique de la ville",
      },
    ],
  },
];
