/*
 * The report of the regional day of 11 December 2014 ("Jeudi de la ville"), carried whole from IREV's page:
 * only the PDF page numbers are left out and the section headings added. Links whose target the source does not
 * give stay as text; the two Departments' decisions link to their placeholder PDFs ("document:" links, resolved
 * by the seed), and the PLDE map links to the report's annex of contacts ("#annexe").
 */
export const JOURNEE_2014 = `*Matinée. Animation de la journée : Morgane PETIT, Directrice de l'IREV.*

À l'heure de la préparation de la nouvelle contractualisation, les acteurs locaux s'interrogent sur les moyens mobilisables au profit des quartiers de la politique de la ville. L'Institut Régional de la Ville (IREV), en partenariat avec la Délégation régionale Nord Pas-de-Calais du CNFPT, a organisé une journée régionale (« Jeudi de la ville ») qui a rassemblé plus de 330 personnes et dont les objectifs étaient de faire le point sur la nouvelle architecture des moyens de la Politique de la Ville (droit commun, crédits spécifiques, ingénierie, fonds européens, nouvelles dotations…) et de préciser la contribution des institutions régionales (État - Région - Départements) au contrat unique.

## Ouverture de la journée

Après un mot d'accueil par Christine LAMEYSE, cheffe de service formation métropole (CNFPT), **Kléber ARHOUL, Préfet Délégué à l'Égalité des Chances du Nord** et Président de l'IREV est intervenu pour ouvrir la journée :

Celui-ci a souligné qu'après avoir bâti collectivement le diagnostic des situations locales, et priorisé les enjeux des quartiers concernés, il s'agit désormais d'une part d'établir ou de finaliser des programmes d'action qui répondront aux besoins identifiés, et d'autre part, de consolider les engagements des différents partenaires du contrat de ville, financièrement mais aussi stratégiquement, car le temps du contrat couvrant le temps du mandat politique, l'action de la politique de la ville va pouvoir s'inscrire dans la cohérence d'un temps administratif, politique et budgétaire. Le Préfet a également rappelé l'importance de mettre le citoyen au cœur de la transformation de la politique de la ville et de son évaluation. Après avoir remercié les différents intervenants de la journée, il a conclu que la politique de la ville était aujourd'hui une priorité absolue et que l'ensemble des acteurs avait la responsabilité de porter une action publique qui épouse les demandes citoyennes et qui porte le pacte républicain au cœur des territoires.

Majdouline SBAI, Vice-présidente du Conseil Régional et Vice-présidente de l'IREV, a ensuite affirmé que dans cette phase de réforme, il fallait atteindre les objectifs fixés par la Politique de la ville, faire évoluer concrètement les indicateurs, pour démontrer l'efficacité de cette action. Elle a souligné qu'il fallait d'autant plus saisir cette opportunité que le Nord - Pas-de-Calais était reconnu région en transition par l'Europe, ce qui induit qu'elle pourra bénéficier d'un soutien considérable des politiques et fonds européens (FEDER, FSE) pour agir dans les territoires de la politique de la ville, une partie de ces crédits étant réservés aux quartiers prioritaires. Rappelant que la concertation « Quartiers engageons le changement » avait été lancée à Roubaix, la Vice-présidente a précisé que la réforme donnait les moyens d'agir, y compris pour les territoires sortants, à qui une attention du Conseil Régional sera toujours portée. De même, la réforme propose de travailler à l'échelle de l'intercommunalité où se crée une dynamique de développement qui peut inclure tous les territoires et promouvoir une politique de cohésion sociale, par exemple dans le cadre de la création d'un pôle de compétitivité. Majdouline SBAI a ainsi pu évoquer l'expérimentation du Conseil Régional qui a d'ores-et-déjà contractualisé à l'échelle de l'EPCI avec trois intercommunalité dans le cadre de la démarche Développement Social Durable des Territoires. La région s'était également engagée de manière historique dans les PRU aux côtés de l'État et dans la cohésion sociale avec un fonds spécifique dédié à la citoyenneté.

En tant que **vice-présidente de l'IREV**, elle a ensuite vivement souhaité, en accord avec le Préfet, que les agglomérations concernées par la Politique de la ville puissent intégrer l'IREV et son Conseil d'Administration comme lieu d'échanges d'expériences permettant de qualifier l'action collective sur l'ensemble du territoire, d'outiller, de réfléchir et d'agir ensemble.

## Les moyens et les leviers d'action de la nouvelle politique de la ville

*Raphaël LE MEHAUTE, Commissaire Délégué Adjoint au Commissariat Général l'Égalité des Territoires (CGET) – Directeur de la ville et de la cohésion urbaine (administration du ministère de la ville).*

Cette séquence avait pour but de présenter les moyens et les leviers d'action de la nouvelle politique de la ville.

Cinq apports principaux de la loi ont tout d'abord été soulignés :

### Une nouvelle géographie

On passe de 2400 quartiers prioritaires, qui étaient les mêmes depuis 1996, à 1300 « Quartiers Prioritaires de la Politique de la Ville » (QPV). Cela représente 700 communes, 390 EPCI, 5 millions d'habitants (contre 8 millions avant réforme). 108 communes sont entrantes et 300 sortantes. Ce zonage se base sur le critère du revenu médian, qui est un indicateur qui a une grande corrélation avec l'ensemble des autres indicateurs (chômage, bénéficiaires du RSA, etc.). Il y a également une cohérence entre cette nouvelle géographie qui est quasiment validée et les Zones de Sécurité Prioritaires, dont 79 sur 80 sont en quartier prioritaire.

### Un nouveau contrat

L'objectif du contrat de ville est de sortir le quartier de ses difficultés sociales et urbaines et de le placer au même niveau que son environnement (ville, intercommunalité, département, région).

Le contrat doit être composé de trois piliers :

- Cohésion sociale : reprend notamment les volets du Contrat Urbain de Cohésion Sociale (CUCS) ;
- Le cadre de vie et le renouvellement urbain pour tous les contrats et tous les quartiers, pas seulement les 200 concernés par un PRU (ce pilier inclut le bâti, le fonctionnement du quartier, les équipements, transports et accessibilité, la tranquillité publique, la gestion urbaine de proximité, la médiation, etc.) ;
- Le développement économique et l'emploi : il va falloir distinguer emploi et développement économique qui sont tous deux importants et complémentaires, et ne pas se contenter de l'économie sociale et solidaire (ESS) même si elle est importante, car les quartiers ont aussi le droit aux économies de droit commun. Plusieurs pistes sont ouvertes : s'appuyer sur des entreprises du quartier pour entretenir les bâtiments, monter des pépinières d'entreprises, formaliser l'économie existante, encourager toutes les idées et initiatives, etc.

Ce contrat sera donc intégré, œuvrant sur tous ces domaines, ce qui implique de nombreux signataires : le Conseil Régional, mobilisé sur ses compétences propres (formations, transports, lycées…) et sur le fléchage des crédits européens (notamment FEDER), les Départements sur leurs compétences propres (collèges, prévention spécialisée, action sociale…), les chambres de commerces, la caisse des dépôts et consignations, les CAF, etc.

Le contrat est porté par l'EPCI car le quartier doit être pris en compte de manière solidaire sur l'ensemble de l'agglomération.

### Un nouveau programme national de renouvellement urbain

Ce NPNRU, qui concerne 200 quartiers en France (Pour le Nord – Pas-de-Calais : 17 d'intérêt national et 8 d'intérêt régional) est un investissement de 5 milliards d'euros, auxquels s'ajoutent les 4 milliards restants à payer de l'ancien PNRU. Cela représente donc 9 milliards en perspective qui vont avoir un effet levier (multiplié par 4 en moyenne) pour transformer profondément les quartiers.

### La participation des habitants

Pour que les habitants s'approprient leur quartier et participent à leur devenir, il faut que s'engage une vraie démarche durable et participative, la loi étant là dans la durée et pas seulement pour cette année. Le cadre de référence du conseil citoyen, dispositif visant cette participation, est disponible sur le site du CGET.

### La mobilisation du droit commun

L'État et les collectivités locales s'engagent sur leurs compétences de droit commun. L'État a été moteur en signant 13 conventions interministérielles, qui se déclinent aujourd'hui dans des directives (instructions) actuellement en cours de signature, pour que localement les administrations se mobilisent sur les quartiers prioritaires (ex : instruction sur l'enjeu éducatif des contrats de ville). Le droit commun représente de l'argent mais aussi des moyens humains, des horaires d'ouverture différents, etc. que l'on va chercher sur les compétences de chacun en associant les partenaires dès le départ, par exemple les chambres des métiers sur l'apprentissage pour signer un pacte sur le recrutement de jeunes des quartiers. (*Voir aussi sur ce sujet : dossier sur le droit commun de l'IREV - novembre 2014*).

### Autres outils et moyens évoqués

Le budget national des crédits politique de la ville est sanctuarisé pour les 3 ans qui viennent. L'enveloppe est donc maintenue mais étant donné que la géographie est modifiée il y aura une re-répartition : les dialogues de gestion sont engagés. L'État central rencontre l'État Nord et Pas-de-Calais à ce sujet fin décembre 2014. Il y a un souhait d'équité entre les régions pour tenir compte de la population mais aussi des capacités contributives financières des EPCI. Ces crédits servent notamment à financer les PRE (75 millions pour toute la France), les adultes-relais (450 postes en région) et les délégués du préfet (une trentaine en région).

L'objectif de développer les **conventions pluriannuelles** a également été évoqué. Le but serait que la moitié des crédits soient engagés sous forme de CPO l'année prochaine, avec des modalités de revoyure/vérification annuelle. Cela pourra aussi bien concerner les grosses et les petites associations, ces dernières ayant moins de moyens pour monter les dossiers administratifs.

**Outils fiscaux :**

- Dans un objectif notamment de mixité sociale, taux réduit de TVA à 5,5 % sur tous les quartiers prioritaires + une bande de 300 m autour (auparavant valable uniquement sur les quartiers du NPNRU).
- Reconduction de l'abattement de taxe foncière sur les propriétés bâties, qui permet aux bailleurs de financer des actions de Gestion Urbaine de Proximité.
- Reconduction des ZFU sous une nouvelle forme : « territoires entrepreneurs » (*sujet en débat au parlement actuellement*).

La Caisse des dépôts a signé un engagement de 400 millions € jusque 2020 pour les quartiers, dont 90 millions pour l'ingénierie (ex : pour participation au financement d'un diagnostic…). De plus la CDC souhaite être associée dès le début aux travaux autour du contrat de ville, notamment sur le pilier développement économique.

Parmi les PIA (**Programme d'Investissement d'Avenir**), 3 concernent la Politique de la Ville : le PIA jeunesse, le PIA Développement économique et le PIA réussite éducative.

Le dispositif de la **Garantie Jeunes**, expérimenté en 2014, sera élargi en 2015 à 50 000 bénéficiaires. Il s'agit d'un contrat entre la mission locale et le jeune, qui s'engage à suivre à plein temps une préparation à l'emploi, dont 6 mois en entreprise. Il perçoit un équivalent « RSA jeunes ».

Chaque EPCI concerné par la Politique de la ville devra mettre en place **un pacte financier** qui sera annexé au contrat de ville et qui précise la solidarité financière de la collectivité pour ses quartiers, le cadre de ce pacte sera diffusé dans le mois qui vient. Une **maquette financière**-type devrait être mise en ligne prochainement également, sous forme d'un tableau annexe qui montre les engagements des différents signataires du contrat de ville y compris sur leur droit commun.

Raphaël LE MEHAUTE a conclu son intervention en rappelant que l'on vivait un moment rare dans une vie de fonctionnaire, d'acteur, d'élus, en ayant 6 ans devant nous, calqué sur le mandat municipal, pour mettre en œuvre cette nouvelle contractualisation, et que si il n'y avait pas davantage d'argent il y a en revanche une volonté politique forte et assez partagée ainsi que de nombreux leviers d'action à mobiliser. Il faut donc se saisir de cette opportunité pour **faire faire un saut qualitatif à la politique de la ville**.

## Table ronde : la contribution des institutions au contrat, entre droit commun et soutien spécifique

Cette table ronde a permis de réunir l'État (Nord et Pas-de-Calais), le Conseil Régional et les Départements (Nord et Pas-de-Calais) autour d'une double question :

- « Comment chacune de ces institutions va mobiliser son droit commun au profit des contrats de ville? »
- « Quelles interventions spécifiques de ces institutions ? »

### L'État dans le Pas-de-Calais

Xavier CZERWINSKI, SGA en charge de la Politique de la ville de la préfecture du Pas-de-Calais, a ainsi précisé que la signature du contrat de ville de la Communauté Urbaine d'Arras, qui était site préfigurateur, serait effective avant les départementales tandis que la signature des autres contrats du Pas-de-Calais se ferait essentiellement au lendemain des élections départementales.

Le pilotage de l'État s'organise de façon déconcentrée, à l'échelle de chaque intercommunalité : les différentes administrations de l'État ont défini un réseau de correspondants permettant d'avoir une équipe-projet multi thématiques qui travaille au quotidien avec chaque EPCI. Il y aura une mobilisation de ces équipes au sein des comités techniques, comités de pilotage et groupes de travail. Par ex : sur le développement économique et l'emploi, c'est un agent territorial de la DIRECCTE qui a été désigné correspondant pour chaque territoire (il y a une liste nominative par EPCI), et qui va avoir ce rôle de co-animation pour aider l'intercommunalité à piloter le groupe de travail et à produire des actions. Pour la cohésion sociale c'est la DDCCS, pour l'urbain c'est la DDTM, etc. Tout cela est facilité de plus en plus par le fait que les administrations ont reçu des instructions claires des cabinets ministériels pour décliner les conventions d'objectifs interministérielles, ça descend sur les territoires. La coordination départementale étant elle assurée par le SGA en charge de la Politique de la ville, en lien avec les sous-préfets d'arrondissement.

Autre soutien humain, dans le Pas-de-Calais il y a 7 délégués du Préfet pour 8 postes (celui de Calais n'est pour l'instant pas pourvu). Ils sont le relais de proximité de l'État pour accompagner, aider les territoires à comprendre et digérer la politique de la ville avec toutes les innovations de la réforme. Le travail de l'été a permis de finaliser les périmètres des quartiers. L'État a été, est et sera aux côtés des collectivités sur les 5 à 6 années à venir du contrat de ville.

Chaque contrat fait l'objet d'un comité de pilotage avec l'ensemble des signataires (notamment élus) pour valider le diagnostic, fixer les orientations stratégiques (enjeux et objectifs) ainsi que d'un comité technique qui travaille à la production du contrat. Enfin, des groupes de travail thématiques se réunissent, pour la plupart ils suivent les 3 piliers principaux même s'il y en a de plus transversaux (égalité femmes hommes, jeunesse).

Concernant le soutien de l'ingénierie nous avons mis en place des crédits spécifiques pour les sites entrants, les petits territoires. Il y a aussi une option sur la table qui est celle de la caisse des dépôts et consignations. Le SGA de la Préfecture du Pas-de-Calais a souhaité attirer l'attention sur un point : le financement de l'ingénierie les communes peuvent le faire mais attention à ne pas utiliser de l'argent public dans un bureau d'études, un cabinet conseil, qui va faire un copier-coller, un travail bâclé avec une valeur ajoutée très limitée. Il est **possible de se faire aider mais en étant exigeant et en suivant le dossier**, dans l'intérêt des habitants des quartiers et des finances publiques. L'État peut être un soutien sur les diagnostics par exemple, il en a fait sur Boulogne, Calais.

La programmation 2015 sera une année de transition avec un comité de financeurs État/Région pour commencer. En janvier 2015 sera lancé l'appel d'offre pour avoir les retours dans les 2 mois puis il y aura une réunion par territoire avec la mission politique de la ville et égalité des chances, le délégué du Préfet, « l'équipe projet » État et l'EPCI pour ventiler et se laisser la possibilité d'instruire les dossiers ensuite. Le but est d'être rapide pour éviter une année blanche aux associations dont certaines sont en grosse difficulté. Pour celles qui ont une visibilité plus longue, il serait souhaitable de faire des conventions pluriannuelles d'objectifs.

### L'État dans le Nord

Céline DOUAY, cheffe de la Mission Politique de la Ville et Égalité des Chances (MPVEC) à la Préfecture du Nord est ensuite intervenue, exprimant le souhait que les 13 contrats de ville du Nord soient signés pour la plupart soit avant les élections départementales (volonté de signer dès mi-février pour Lille Métropole, Valenciennes Métropole et la Communauté Urbaine de Dunkerque), soit entre les élections départementales et l'été. A noter que 4 contrats seront portés par la commune dans le Nord (notamment quand il n'y a qu'une commune concernée par la Politique de la ville), les EPCI étant dans ce cas de figure signataires sur leurs compétences propres.

Le pilotage interne État s'est ici organisé à l'échelle départementale pour mobiliser les différentes administrations à un niveau supra (Rectorat, DIRECCTE, DRJSCS…) dans le cadre d'un comité de pilotage départemental se réunissant régulièrement. La CPAM du Hainaut a été désignée référente départementale des CPAM sur la signature des contrats de ville.

Concernant la programmation dans le Nord, l'État y travaille de façon partenariale avec la Région et le Département. On ne parle pas d'un appel à projet, mais du recensement des besoins sur la base d'une fiche synthétique qui a été diffusée aux EPCI et communes concernés fin 2014. Ces fiches projet seront orientées, **ventilées, vers le droit commun si c'est possible** et seulement dans le cas contraire vers un financement spécifique. Puis auront lieu les comités d'instruction / conférences de financeurs en février 2015. Cette année est donc une phase transitoire, pour éviter une année blanche en attendant la signature de tous les contrats de ville.

### L'Agence régionale de santé

Afin d'avoir un exemple de déclinaison d'une politique de droit commun, nous avons également invité **Olivier ROVERE, conseiller en charge des politiques de prévention et de la politique de la ville** auprès de la directrice de la santé publique de **l'ARS Nord - Pas-de-Calais**. L'ARS participe au pilotage et à la mise en œuvre des contrats de ville (comités de pilotage, groupe de travail sur le volet santé du contrat de ville), les directeurs territoriaux étant les interlocuteurs des chefs de projet.

Des documents cadre existent et peuvent aider à monter le volet santé du contrat de ville : la convention d'objectifs entre le Ministère de la ville et le Ministère de la santé, qui doit être déclinée localement, et le Projet Régional de Santé, qui s'inscrit dans la stratégie nationale, avec lequel le contrat de ville doit s'articuler. Le diagnostic santé doit être partagé et alimenté par les partenaires, via :

- Le projet de territoire de l'EPCI,
- Le diagnostic de territoire,
- L'évaluation des CUCS/Atelier Santé Ville/ Contrat Local de Santé,
- Le diagnostic des zones de proximité de l'ARS,
- Les contrats de territoire des départements,
- L'analyse des besoins sociaux des territoires.

Le volet santé doit ensuite définir des orientations stratégiques et un programme d'actions précisant les ressources de droit commun et de la politique de la ville mobilisées.

Il y a un fort enjeu à **mettre en cohérence le volet santé des contrats de ville avec les démarches territoriales existantes (Contrats Locaux de Santé, Ateliers Santé Ville)**. Leurs instances peuvent même constituer le cadre de mise en œuvre et de suivi du volet santé. Il est également possible de confier à l'atelier santé ville, en lien avec l'ARS, la mise en œuvre d'un axe « accès aux droits, à la prévention et aux soins » du contrat local de santé sur les quartiers réglementaires.

Les priorités de l'ARS pour les quartiers sont notamment : améliorer l'accès aux droits (notamment CMU-C et ACS), renforcer les initiatives de prévention (addictions, cancer, santé mentale, santé des enfants et des jeunes, bien vieillir), améliorer l'accès aux soins de premier recours en facilitant l'installation de jeunes médecins, l'exercice pluri-professionnel de proximité et le développement de la télémédecine dans les quartiers prioritaires, améliorer la mise en œuvre de parcours de santé pour une prise en charge globale des personnes. D'un point de vue structurel également, l'ARS financera prioritairement des actions au sein des quartiers prioritaires et de veille.

### Le Conseil régional

En préalable à la présentation du mode d'intervention de la région, **Majdouline SBAI, Vice-Présidente du Conseil Régional Nord – Pas-de-Calais**, a souhaité rappeler l'importance du projet de territoire, sa clarté et sa qualité étant des conditions pour mieux mobiliser à la fois les partenaires, le droit commun (de chaque institution ou collectivité) et les habitants. L'intelligence du projet de territoire peut en effet permettre de mieux faire converger les politiques. Par exemple, sur la culture, la région a une politique culturelle qui concerne notamment les musées, le département a une politique d'insertion par la culture, et l'État mène des actions via la DRAC. Tout l'enjeu est donc de mettre en cohérence ce droit commun existant au profit des quartiers, autour des enjeux relevés dans le projet.

Cependant, la capacité à construire un projet de territoire n'étant pas la même selon les territoires, et afin de ne pas « arroser où il pleut déjà », le conseil régional a demandé une étude analysant comment ses propres politiques étaient mobilisées sur les territoires. La conclusion a été qu'il y a un phénomène de concentration, de captation des politiques et dispositifs par certaines collectivités. Il est donc nécessaire de **qualifier les projets de territoire pour mieux capter les politiques**, et cela peut se faire dans le cadre de l'appui méthodologique proposé par la Région, qui met à disposition de territoires du temps de consulting, mais aussi et surtout par le **travail en réseau** au sein de l'IREV, auquel les EPCI sont invités à adhérer.

Majdouline SBAI a ensuite rappelé que la contribution de la région aux contrats uniques s'inscrit dans le cadre d'intervention du « **Développement Social Durable des Territoires** » (le **DSDT**). Ce mode de contractualisation Région / EPCI a déjà été expérimenté en 2013 avec trois intercommunalités : Artois-Comm, la Communauté d'Agglomération du Boulonnais et la Communauté d'Agglomération de Valenciennes Métropole. (Ndlr : Plus d'informations sur ce cadre d'intervention sur notre site). Le DSDT devrait faire l'objet d'une délibération cadre qui pourrait être votée en janvier 2015 et dont les objectifs sont **d'engager la région sur ses compétences propres** et sur la déclinaison de ces engagements en volets territoriaux. Exemple : le transport étudiant gratuit pour les boursiers fait partie des compétences de droit commun de la région et intervient en partie sur les quartiers de la politique de la ville. Décliner cet engagement pourrait donc consister à l'inscrire dans une stratégie de réussite éducative des jeunes issus des quartiers dans le contrat de ville. En interne du Conseil Régional, un comité de pilotage réunit l'ensemble des vice-présidents, ce qui doit permettre une mobilisation transversale des politiques de la Région (Développement économique, etc.).

La Région Nord – Pas-de-Calais propose également des **moyens humains** pour appuyer les équipes politique de la ville dans leur travail : les équipes internes du Conseil Régional sont un contact, et plus précisément de la Direction des Partenariats Internationaux et Régionaux (service citoyenneté) et Direction de l'Aménagement Durable (service renouvellement urbain). La Région a aussi un partenariat avec l'IREV, partenariat qui pourrait se renforcer sur l'accompagnement des EPCI aux candidatures ITI (*voir séquence sur la politique européenne de cohésion*).

En conclusion de son intervention, la vice-présidente de Région a souhaité que le contrat ne soit pas un catalogue et qu'à défaut d'avoir un document parfaitement finalisé, le contrat puisse faire apparaître des actions fortes et phares et comprendre **une clause de revoyure** indispensable politiquement et techniquement, pour permettre de valoriser les actions mises en œuvre au long de l'année lors de **points d'étape**. Ces points d'étape font partie de la gouvernance à définir pour que la mise en tension soit constante : la signature du contrat est le début du travail, pas la fin, et ce contrat pourra être amendé plusieurs fois.

La mobilisation de la Région a pour but de mieux mobiliser son droit commun au profit des quartiers. **Christine CONSTANT, de la Direction Action Économique**, a pu témoigner de la dizaine de programmes relevant du développement économique (*Délégation de Pierre DE SAINTIGNON, 1er Vice-Président, également en charge des nouvelles technologies et de la formation permanente*) et pouvant concourir au pilier « Développement économique et emploi » des contrats de ville, en se déclinant davantage sur les territoires en difficulté. Parmi ces programmes, on note :

- Le pacte pour l'avenir et l'emploi des jeunes : ces 14 Plateformes territorialisées construisent un circuit court, une passerelle directe entre des jeunes prêts à l'emploi (mais manquant parfois d'un réseau) et les entreprises. (cf. présentation de l'action de la plate-forme du Valenciennois en novembre 2013, voir le compte-rendu ici) ;

- Le Plan régional de la médiation sociale avec France Médiation, prévoit 500 emplois nouveaux dans la médiation sociale dont les crédits sont inscrits au budget régional. France Médiation a par ailleurs été retenu dans le cadre de la bourse expérimentale sur la participation. (à ce sujet, retrouver sur notre site le compte rendu de la rencontre « Médiation sociale et politique de la ville », juin 2013) ;
- L'économie de proximité, que cela soit au sujet de l'artisanat (Plan Régional de Développement de l'Artisanat), du commerce (PRDECS), de l'ESS, de l'initiative (SRIE = « La suite dans les idées ») ou de l'entrepreneuriat avec le PRCTE (= « Je crée en Nord Pas-de-Calais ») et du Fonds de Garantie avec Nord Actif. (À ce sujet, lire le compte rendu de la séance sur la création d'activité dans les quartiers) ;
- Enfin, et c'est une opportunité à saisir dans le cadre des contrats de ville, la Région Nord-Pas-de-Calais est dotée d'un Schéma Régional de Développement Économique (le SRDE) qui vise le développement économique partenarial de la Région. Celui-ci se décline localement, à l'échelle des EPCI et des Pays, dans une gouvernance territoriale autour des Plans Locaux de Développement Économique, instances regroupant tous les partenaires du développement économique sur les territoires. Il s'agit donc, au lieu de créer une nouvelle instance sur le pilier développement économique du contrat de ville, de s'appuyer sur cette instance déjà existante qui a un référent dans chaque EPCI/Pays ([voir carte des référents PLDE en annexe](#annexe)), et l'ouvrir aux acteurs de la politique de la ville ou organiser une séance spéciale politique de la ville pour mutualiser les moyens du développement économique et ne pas dédoubler les instances.

### Le Département du Nord

Mathieu COOREN, responsable par intérim de la « mission contrat de territoire » du Département du Nord, a ensuite présenté la délibération cadre du Conseil Général du 3 novembre 2014, en souhaitant que le Département soit associé à la dynamique collective des contrats de ville sur chaque territoire. La délibération précise l'engagement du département pour la politique de la ville. Co signée par 5 vice-présidents, elle mobilise son droit commun propre et s'articule autour de 4 grandes priorités d'intervention :

- Donner la priorité à l'emploi (retour à l'emploi des publics fragiles, conforter emplois d'avenir contrats d'apprentissage et clauses d'insertion dans leur stratégie RH, soutenir le développement d'activités économiques) ;
- Favoriser l'autonomie des jeunes (dans une approche globale : collèges, projet éducatif global départemental, plateformes de prévention et d'insertion professionnelles, santé…)
- Améliorer le vivre-ensemble (citoyenneté, accès aux droits et aux équipements (utpas…), soutien aux publics fragiles, prévention spécialisée) ;
- Lutter contre toutes les discriminations (volonté de signer un plan départemental de promotion de l'égalité et de lutte contre les discriminations, organisation d'ateliers citoyens pour travailler sur les discriminations, travail sur les droits culturels, égalité des femmes et des hommes…).

Cette intervention s'inscrit dans une démarche de développement social local et consiste aussi à mobiliser les politiques de solidarité avec les habitants, à accompagner les territoires (des partenariats existent déjà dans le cadre des instances des « contrats de territoire »), et à faire des quartiers des lieux d'innovation en expérimentant de nouvelles politiques (micro crédits ou accompagnement de jeunes diplômés à travers « Nos quartiers ont du talent » par exemple).

Le département a la volonté de participer aux conférences des financeurs pour donner son avis, voir si les actions proposées sont finançables par le droit commun du département et donner de la lisibilité aux compétences et financements (appels à projet…) existants.

Martine FILLEUL, 1re vice-présidente du Conseil Général en charge de l'Aménagement du territoire, du Développement économique et du Développement rural, pilote politiquement le dossier. La coordination technique est assurée par la mission « contrat de territoire » qui fait le lien avec la vice-présidente et les autres directions (directions de droit commun). Sur les territoires, la mobilisation repose sur un binôme regroupant la DTPAS (Direction Territoriale de Prévention et d'Action Sociale) et le chef de projet sur chaque SCOT pour une logique à la fois « aménagement » et « social ».

C'est pourquoi **Didier BOURGEOIS, Directeur Adjoint de la DTPAS du Valenciennois**, est venu témoigner du rôle que pourrait apporter une DTPAS dans le cadre de la nouvelle politique de la ville. Les DTPAS travaillent en proximité (+ de 1100 agents rien que sur les quartiers politique de la ville) notamment sur le champ social et médico-social qui est très large et touche le public de la petite enfance aux personnes âgées en passant par l'insertion, la jeunesse, le handicap. Leurs politiques et actions peuvent donc s'inscrire dans de nombreux objectifs du contrat de ville.

Les DTPAS sont aussi les structures du Département en 1re ligne des contrats de ville pour avoir travaillé sur les contrats de territoire. Cette expertise et ingénierie doivent être mises au service de la démarche de contractualisation, en amont, pendant et après la signature. A souligner que la question de la participation des habitants devrait être centrale dans toute politique publique.

Voir l'intégralité de la [délibération du 3 novembre du Conseil Général du Nord ici](document:deliberation_cadre_departement_nord_3_novembre_2014.pdf).

### Le Département du Pas-de-Calais

Jean-Louis HOTTE, Directeur de la Maison du Département Solidarités (MDS) de Lens-Liévin, est ensuite intervenu pour préciser la position du Conseil Général du Pas-de-Calais dont la délibération devait être prise fin décembre.

Avant tout, il annonce que le Conseil Général du Pas-de-Calais s'engagera dans les contrats de ville à condition d'être associé (aux niveaux politiques et techniques) dès le départ aux travaux du contrat, c'est-à-dire aux étapes d'élaboration, de suivi et de résultat (évaluation) de la contractualisation. Les référents des contrats de ville seront, localement, les Directeurs des Maisons du Département Solidarité (MDS) et des Maisons du Département Développement Local (MDDL).

Le département souhaite que les schémas à caractère obligatoire et réglementaires soient pris en compte dans le contrat de ville (schéma enfance, handicap, PPALPDH, logement…). L'ingénierie départementale est également un point qui sera valorisé dans les contrats : à titre d'exemple, 500 agents agissent sur Lens Liévin + 410 assistants familiaux.

Les objectifs prioritaires d'intervention du Conseil Général seront :

- La bataille pour l'emploi,
- L'accompagnement des jeunes vers l'autonomie,
- L'accessibilité des structures des quartiers,
- La mobilité des habitants,
- La lutte contre précarité énergétique.

Il conviendra d'utiliser les contrats territoriaux de développement durable, signés entre le département et les EPCI, pour définir les priorités du contrat de ville. Enfin, le département pourrait prioriser les projets structurels (équipements) dans le calendrier si ils sont dans un quartier, c'est-à-dire qu'il serait possible dans une certaine mesure de revoir les échéances calendaire.

Voir la [délibération du Conseil Général du Pas-de-Calais (15 décembre 2014)](document:deliberation_departement_pas_de_calais_15_decembre_2014.pdf).

## Territoire des plans locaux de développement économique

Les référents PLDE de chaque territoire sont annexés ci-dessous. Aucun référent n'est indiqué pour le Pays des Moulins de Flandre, le Pays des Sept Vallées et le Pays du Ternois.`;
