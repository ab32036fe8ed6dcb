import { parisInstant } from "../../../lib/time";
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

const JOURNEE_2014 = md(
  "*Animation de la journée : Morgane PETIT, directrice de l'IREV.*",
  "À l'heure de la préparation de la nouvelle contractualisation, les acteurs locaux s'interrogent sur les moyens mobilisables au profit des quartiers de la politique de la ville. L'Institut régional de la ville (IREV), en partenariat avec la délégation régionale Nord – Pas-de-Calais du CNFPT, a organisé une journée régionale (« Jeudi de la ville ») qui a rassemblé plus de 330 personnes et dont les objectifs étaient de faire le point sur la nouvelle architecture des moyens de la politique de la ville (droit commun, crédits spécifiques, ingénierie, fonds européens, nouvelles dotations…) et de préciser la contribution des institutions régionales (État, Région, Départements) au contrat unique.",
  "## Ouverture de la journée",
  "Après un mot d'accueil par Christine LAMEYSE, cheffe de service formation métropole (CNFPT), **Kléber ARHOUL, préfet délégué à l'égalité des chances du Nord** et président de l'IREV, a ouvert la journée. Après avoir bâti collectivement le diagnostic des situations locales et priorisé les enjeux des quartiers, il s'agit désormais d'établir ou de finaliser des programmes d'action qui répondront aux besoins identifiés, et de consolider les engagements des différents partenaires du contrat de ville, financièrement mais aussi stratégiquement : le temps du contrat couvrant le temps du mandat, l'action de la politique de la ville va pouvoir s'inscrire dans la cohérence d'un temps administratif, politique et budgétaire. Le préfet a rappelé l'importance de mettre le citoyen au cœur de la transformation de la politique de la ville et de son évaluation.",
  "**Majdouline SBAI, vice-présidente du Conseil régional et vice-présidente de l'IREV**, a affirmé qu'il fallait atteindre les objectifs fixés par la politique de la ville et faire évoluer concrètement les indicateurs. Le Nord – Pas-de-Calais étant reconnu région en transition par l'Europe, il pourra bénéficier d'un soutien considérable des fonds européens (FEDER, FSE) pour agir dans les quartiers, une partie de ces crédits leur étant réservée. Elle a souhaité que les agglomérations concernées par la politique de la ville puissent intégrer l'IREV et son conseil d'administration comme lieu d'échanges d'expériences, pour qualifier l'action collective sur l'ensemble du territoire.",
  "## Les moyens et les leviers d'action de la nouvelle politique de la ville",
  "*Raphaël LE MEHAUTE, commissaire délégué adjoint au Commissariat général à l'égalité des territoires (CGET), directeur de la ville et de la cohésion urbaine.*",
  "Cinq apports principaux de la loi ont tout d'abord été soulignés.",
  "**Une nouvelle géographie.** On passe de 2 400 quartiers prioritaires, qui étaient les mêmes depuis 1996, à 1 300 « quartiers prioritaires de la politique de la ville » (QPV) : 700 communes, 390 EPCI, 5 millions d'habitants (contre 8 millions avant la réforme). Ce zonage se base sur le critère du revenu médian, très corrélé à l'ensemble des autres indicateurs (chômage, bénéficiaires du RSA, etc.).",
  "**Un nouveau contrat**, porté par l'EPCI, dont l'objectif est de sortir le quartier de ses difficultés sociales et urbaines et de le placer au même niveau que son environnement. Il repose sur trois piliers :",
  [
    "- la cohésion sociale, qui reprend notamment les volets du contrat urbain de cohésion sociale (CUCS) ;",
    "- le cadre de vie et le renouvellement urbain, pour tous les contrats et tous les quartiers ;",
    "- le développement économique et l'emploi, à distinguer l'un de l'autre, sans se contenter de l'économie sociale et solidaire : les quartiers ont aussi droit aux économies de droit commun.",
  ].join("\n"),
  "**Un nouveau programme national de renouvellement urbain (NPNRU)**, qui concerne 200 quartiers en France (pour le Nord – Pas-de-Calais : 17 d'intérêt national et 8 d'intérêt régional) : 5 milliards d'euros, auxquels s'ajoutent les 4 milliards restant à payer de l'ancien PNRU.",
  "**La participation des habitants**, par une démarche durable et participative ; le cadre de référence des conseils citoyens est disponible sur le site du CGET.",
  "**La mobilisation du droit commun** : l'État a signé 13 conventions interministérielles, déclinées en instructions pour que les administrations se mobilisent localement sur les quartiers prioritaires. Le droit commun, ce sont des crédits mais aussi des moyens humains, des horaires d'ouverture différents…",
  "Autres outils et moyens évoqués :",
  [
    "- un budget national des crédits politique de la ville sanctuarisé pour trois ans, avec une nouvelle répartition liée à la nouvelle géographie ;",
    "- le développement des **conventions pluriannuelles d'objectifs** ;",
    "- des outils fiscaux : TVA à 5,5 % dans les quartiers prioritaires et une bande de 300 m autour, abattement de taxe foncière pour les bailleurs, « territoires entrepreneurs » ;",
    "- l'engagement de la Caisse des dépôts de 400 millions d'euros jusqu'en 2020, dont 90 millions pour l'ingénierie ;",
    "- trois programmes d'investissement d'avenir (jeunesse, développement économique, réussite éducative) et l'élargissement de la **Garantie jeunes** à 50 000 bénéficiaires en 2015 ;",
    "- un **pacte financier** et une **maquette financière** annexés à chaque contrat de ville.",
  ].join("\n"),
  "Raphaël LE MEHAUTE a conclu en rappelant que l'on vivait un moment rare, avec six années devant nous pour mettre en œuvre cette nouvelle contractualisation : s'il n'y a pas davantage d'argent, il y a une volonté politique forte et de nombreux leviers à mobiliser pour **faire faire un saut qualitatif à la politique de la ville**.",
  "## Table ronde : la contribution des institutions au contrat, entre droit commun et soutien spécifique",
  "Cette table ronde a réuni l'État (Nord et Pas-de-Calais), le Conseil régional et les Départements (Nord et Pas-de-Calais) autour d'une double question : « Comment chacune de ces institutions va mobiliser son droit commun au profit des contrats de ville ? » et « Quelles interventions spécifiques de ces institutions ? »",
  "### L'État dans le Pas-de-Calais",
  "**Xavier CZERWINSKI, SGA en charge de la politique de la ville de la préfecture du Pas-de-Calais**, a précisé que le contrat de ville de la Communauté urbaine d'Arras, site préfigurateur, serait signé avant les élections départementales, les autres au lendemain. Le pilotage de l'État s'organise à l'échelle de chaque intercommunalité, avec une équipe-projet multithématique de correspondants (DIRECCTE pour le développement économique et l'emploi, DDCS pour la cohésion sociale, DDTM pour l'urbain…). Il a invité à être **exigeant dans le recours aux bureaux d'études** et annoncé une programmation 2015 de transition, pour éviter une année blanche aux associations.",
  "### L'État dans le Nord",
  "**Céline DOUAY, cheffe de la Mission politique de la ville et égalité des chances (MPVEC) à la préfecture du Nord**, a souhaité que les 13 contrats de ville du Nord soient pour la plupart signés avant les élections départementales ou avant l'été. Un comité de pilotage départemental mobilise les administrations (rectorat, DIRECCTE, DRJSCS…). La programmation se fait sur la base de fiches projet **orientées vers le droit commun si c'est possible**, et seulement sinon vers un financement spécifique.",
  "### L'Agence régionale de santé",
  "**Olivier ROVERE, conseiller en charge des politiques de prévention et de la politique de la ville auprès de la directrice de la santé publique de l'ARS Nord – Pas-de-Calais**, a présenté les documents cadres du volet santé des contrats de ville et l'enjeu de **mettre en cohérence ce volet avec les démarches existantes (contrats locaux de santé, ateliers santé ville)**. Priorités de l'ARS : accès aux droits, prévention, accès aux soins de premier recours, parcours de santé.",
  "### Le Conseil régional",
  "**Majdouline SBAI** a rappelé l'importance de la qualité du projet de territoire pour mobiliser les partenaires, le droit commun et les habitants, et la nécessité de **qualifier les projets de territoire pour mieux capter les politiques**, notamment par le **travail en réseau** au sein de l'IREV. La contribution de la Région s'inscrit dans le cadre du **Développement social durable des territoires (DSDT)**, expérimenté en 2013 avec Artois Comm, la Communauté d'agglomération du Boulonnais et Valenciennes Métropole. Elle a souhaité que le contrat ne soit pas un catalogue et comprenne **une clause de revoyure**.",
  "**Christine CONSTANT, de la direction Action économique**, a présenté les programmes régionaux pouvant concourir au pilier « Développement économique et emploi » : pacte pour l'avenir et l'emploi des jeunes, plan régional de la médiation sociale, économie de proximité, et le Schéma régional de développement économique, décliné localement dans les **plans locaux de développement économique (PLDE)**, qui ont un référent dans chaque EPCI ou pays.",
  "### Le Département du Nord",
  "**Mathieu COOREN, responsable par intérim de la mission « contrat de territoire » du Département du Nord**, a présenté la délibération cadre du 3 novembre 2014, articulée autour de quatre priorités : l'emploi, l'autonomie des jeunes, le vivre-ensemble et la lutte contre toutes les discriminations. **Didier BOURGEOIS, directeur adjoint de la DTPAS du Valenciennois**, a témoigné du rôle des directions territoriales de prévention et d'action sociale, en première ligne des contrats de ville.",
  "### Le Département du Pas-de-Calais",
  "**Jean-Louis HOTTE, directeur de la Maison du Département Solidarités (MDS) de Lens-Liévin**, a indiqué que le Département s'engagera dans les contrats de ville à condition d'être associé dès le départ, avec pour objectifs prioritaires : la bataille pour l'emploi, l'accompagnement des jeunes vers l'autonomie, l'accessibilité des structures des quartiers, la mobilité des habitants et la lutte contre la précarité énergétique.",
  "## Les référents des plans locaux de développement économique",
  "Les référents PLDE de chaque territoire, annexés à ce compte rendu, figurent parmi les contacts du réseau.",
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
