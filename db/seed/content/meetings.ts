import type { MeetingQuestion } from "../../../lib/meetings/schema";
import { nextSummerTimeChange, parisInstant, parisParts } from "../../../lib/time";
import type { MeetingSeed, RegistrationSeed } from "./types";
import type { PersonEmail } from "./people";

/* ------------------------------------------------------------------------------------------------------------ */
/* Past meetings, from IREV's former site. The pages give dates only (their "01:00" or "02:00" is an artefact  */
/* of dates stored at midnight UTC), so these meetings carry no time and their programmes no hours.           */
/* Registration was not online then.                                                                          */
/* ------------------------------------------------------------------------------------------------------------ */

const d = parisInstant;

/** A meeting held on this Paris day, whose source gives no time. */
const onDay = (year: number, month: number, dayOfMonth: number) => ({
  timeKnown: false,
  startsAt: d(year, month, dayOfMonth),
  endsAt: d(year, month, dayOfMonth + 1),
});

export const PAST_MEETINGS: MeetingSeed[] = [
  {
    slug: "jeudi-de-la-ville-11-decembre-2014-contrat-de-ville-quels-moyens",
    kind: "journee_regionale",
    title: "Contrat de ville : quels moyens pour les quartiers ?",
    summary:
      "Jeudi de la ville organisé avec la délégation régionale Nord – Pas-de-Calais du CNFPT : la nouvelle architecture des moyens de la politique de la ville et la contribution des institutions régionales au contrat unique.",
    description: [
      "À l'heure de la préparation de la nouvelle contractualisation, les acteurs locaux s'interrogent sur les moyens mobilisables au profit des quartiers de la politique de la ville.",
      "L'Institut régional de la ville (IREV), en partenariat avec la délégation régionale Nord – Pas-de-Calais du CNFPT, organise une journée régionale (« Jeudi de la ville ») pour faire le point sur la nouvelle architecture des moyens de la politique de la ville (droit commun, crédits spécifiques, ingénierie, fonds européens, nouvelles dotations…) et préciser la contribution des institutions régionales (État, Région, Départements) au contrat unique.",
    ].join("\n\n"),
    ...onDay(2014, 12, 11),
    partners: ["cnfpt"],
    audience: "public",
    registrationEnabled: false,
    status: "published",
    reportedAttendance: 330,
    reportedAttendanceLabel: "plus de 330 personnes",
    themes: [
      "politique-de-la-ville-dsu",
      "developpement-economique-et-emploi",
      "renouvellement-urbain",
      "sante",
      "europe",
    ],
    agenda: [
      {
        kind: "accueil",
        title: "Accueil et ouverture de la journée",
        description:
          "Mot d'accueil, puis ouverture : bâtir les programmes d'action des contrats de ville et consolider les engagements des partenaires, financièrement mais aussi stratégiquement.",
        speakers: [
          { name: "Morgane PETIT", function: "Directrice de l'IREV, animation de la journée", organisation: "IREV" },
          { name: "Christine LAMEYSE", function: "Cheffe de service formation métropole", organisation: "CNFPT" },
          {
            name: "Kléber ARHOUL",
            function: "Préfet délégué à l'égalité des chances du Nord, président de l'IREV",
            organisation: "Préfecture du Nord",
          },
          {
            name: "Majdouline SBAI",
            function: "Vice-présidente du Conseil régional, vice-présidente de l'IREV",
            organisation: "Conseil régional Nord – Pas-de-Calais",
          },
        ],
      },
      {
        kind: "intervention",
        title: "Les moyens et les leviers d'action de la nouvelle politique de la ville",
        description:
          "Nouvelle géographie prioritaire, contrat de ville unique à trois piliers, NPNRU, participation des habitants, mobilisation du droit commun, outils fiscaux et financiers.",
        speakers: [
          {
            name: "Raphaël LE MEHAUTE",
            function:
              "Commissaire délégué adjoint, directeur de la ville et de la cohésion urbaine",
            organisation: "Commissariat général à l'égalité des territoires (CGET)",
          },
        ],
      },
      {
        kind: "table_ronde",
        title: "La contribution des institutions au contrat : entre droit commun et soutien spécifique",
        description:
          "« Comment chacune de ces institutions va mobiliser son droit commun au profit des contrats de ville ? » « Quelles interventions spécifiques de ces institutions ? »",
        speakers: [
          {
            name: "Xavier CZERWINSKI",
            function: "SGA en charge de la politique de la ville",
            organisation: "Préfecture du Pas-de-Calais",
          },
          {
            name: "Céline DOUAY",
            function: "Cheffe de la Mission politique de la ville et égalité des chances (MPVEC)",
            organisation: "Préfecture du Nord",
          },
          {
            name: "Olivier ROVERE",
            function:
              "Conseiller en charge des politiques de prévention et de la politique de la ville auprès de la directrice de la santé publique",
            organisation: "ARS Nord – Pas-de-Calais",
          },
          {
            name: "Majdouline SBAI",
            function: "Vice-présidente du Conseil régional",
            organisation: "Conseil régional Nord – Pas-de-Calais",
          },
          {
            name: "Christine CONSTANT",
            function: "Direction Action économique",
            organisation: "Conseil régional Nord – Pas-de-Calais",
          },
          {
            name: "Mathieu COOREN",
            function: "Responsable par intérim de la mission « contrat de territoire »",
            organisation: "Département du Nord",
          },
          {
            name: "Didier BOURGEOIS",
            function: "Directeur adjoint de la DTPAS du Valenciennois",
            organisation: "Département du Nord",
          },
          {
            name: "Jean-Louis HOTTE",
            function: "Directeur de la Maison du Département Solidarités (MDS) de Lens-Liévin",
            organisation: "Département du Pas-de-Calais",
          },
        ],
      },
    ],
  },
  {
    slug: "assemblee-generale-gip-irev-24-mars-2017",
    kind: "assemblee_generale",
    title: "Assemblée générale du GIP IREV",
    summary:
      "Bilan de l'année 2016, adhésion de trois intercommunalités au GIP et point d'étape du programme de travail 2017.",
    description: [
      "Assemblée générale du groupement d'intérêt public IREV, sous la présidence de Milouda ALA, conseillère régionale Hauts-de-France, et la vice-présidence de Serge Bouffange, SGAR adjoint.",
      "À l'ordre du jour : le bilan de l'année 2016, l'adhésion de nouveaux membres au collège des EPCI et communes pilotes des contrats de ville, et un point d'étape sur la mise en œuvre du programme de travail 2017.",
    ].join("\n\n"),
    ...onDay(2017, 3, 24),
    audience: "members",
    registrationEnabled: false,
    status: "published",
    themes: ["politique-de-la-ville-dsu"],
    attachments: [{ file: "bilan_activite_irev_2016.pdf", label: "Bilan d'activité 2016" }],
    agenda: [
      {
        kind: "accueil",
        title: "Ouverture de l'assemblée générale",
        speakers: [
          {
            name: "Milouda ALA",
            function: "Présidente du GIP IREV, conseillère régionale",
            organisation: "Conseil régional Hauts-de-France",
          },
          {
            name: "Serge Bouffange",
            function: "Vice-président du GIP IREV, SGAR adjoint",
            organisation: "Préfecture de la région Hauts-de-France",
          },
        ],
      },
      {
        kind: "intervention",
        title: "Bilan de l'année 2016",
        description:
          "Actions de qualification et rencontres d'échanges de pratiques, journées régionales, plan de formation « Valeurs de la République et laïcité », ouverture aux acteurs de l'ex-Picardie.",
      },
      {
        kind: "intervention",
        title: "Adhésion de nouveaux membres au GIP",
        description:
          "Les communautés d'agglomération de Lens-Liévin et de Valenciennes Métropole et la Communauté de communes du Pays Noyonnais rejoignent le collège des EPCI et communes pilotes des contrats de ville.",
      },
      {
        kind: "conclusion",
        title: "Point d'étape du programme de travail 2017",
      },
    ],
  },
  {
    slug: "reseau-chefs-de-projet-noyon-11-mai-2017",
    kind: "rencontre_reseau",
    title: "Réseau des chefs de projet politique de la ville – 11/05/2017 – Noyon (60)",
    summary:
      "Rencontre du réseau des chefs de projet politique de la ville sur le campus économique Inovia : développement économique, lutte contre les discriminations et visite de la pépinière éco-industrielle.",
    description: [
      "Rencontre du réseau des chefs de projet politique de la ville, accueillie par l'équipe politique de la ville de la Communauté de communes du Pays Noyonnais sur l'ancien site militaire du campus économique Inovia, pour échanger sur ce qui fait l'actualité des contrats de ville dans les territoires.",
      "Au menu des échanges : le développement économique, sur lequel chacun peut témoigner de l'élaboration ou de la mise en œuvre de stratégies spécifiques, et la lutte contre les discriminations. La matinée s'achève par une visite de la pépinière éco-industrielle du Pays Noyonnais.",
      "Le point d'actus qui a nourri les échanges et la synthèse de l'enquête IREV de mars 2017 sur la mise en réseau des chefs de projet sont joints ci-dessous.",
    ].join("\n\n"),
    ...onDay(2017, 5, 11),
    venue: {
      name: "Campus économique Inovia",
      room: "salle bleuet",
      address: "1435 Bd Cambronne",
      postcode: "60400",
      city: "Noyon",
    },
    host: "ccPaysNoyonnais",
    audience: "public",
    registrationEnabled: false,
    status: "published",
    reportedAttendance: 17,
    reportedAttendanceLabel: "les 17 participants",
    themes: ["politique-de-la-ville-dsu", "developpement-economique-et-emploi", "egalite-citoyennete-discriminations"],
    attachments: [
      { file: "enquete_mise_en_reseau_chefs_de_projet_pv_mars_2017.pdf", label: "Synthèse de l'enquête de mars 2017" },
      { file: "points_actus_reseau_chefs_de_projet_au_11_mai_2017.pdf", label: "Point d'actus au 11 mai 2017" },
    ],
    agenda: [
      { kind: "accueil", title: "Accueil et actualité des contrats de ville dans les territoires" },
      {
        kind: "table_ronde",
        title: "Échanges : le développement économique dans les contrats de ville",
        description:
          "Élaboration et mise en œuvre de stratégies spécifiques ; ce qui pose question : l'entrée par le volet social, l'identification de porteurs de projets au sein des QPV.",
      },
      {
        kind: "table_ronde",
        title: "Échanges : la lutte contre les discriminations",
        description: "Les points de vigilance à avoir en tête ; ce qui fait levier, ce qui fait blocage.",
      },
      {
        kind: "visite",
        title: "Visite de la pépinière éco-industrielle du Pays Noyonnais",
        description:
          "Un bâtiment de 4 000 m² dédié à l'innovation, à la recherche et à l'expérimentation : ateliers pour les porteurs de projet, makerspace de type « fablab », amphithéâtre de 200 places.",
      },
    ],
  },
  {
    slug: "reseau-chefs-de-projet-lillers-14-decembre-2017",
    kind: "rencontre_reseau",
    title: "Réseau des chefs de projet politique de la ville – 14/12/2017 – Lillers (62)",
    summary:
      "Dernière rencontre de l'année 2017 du réseau des chefs de projet, accueillie à Lillers par le service politique de la ville de la Communauté d'agglomération de Béthune-Bruay, Artois Lys Romane.",
    description: [
      "Le service politique de la ville de la Communauté d'agglomération de Béthune-Bruay, Artois Lys Romane accueille dans ses locaux de Lillers la dernière rencontre de l'année 2017 du réseau des chefs de projet politique de la ville, organisée par l'IREV.",
      "À partir des témoignages des participants, la rencontre aborde l'actualité nationale récente de la politique de la ville et l'actualité des contrats de ville dans les territoires : enjeux de communication, conseils citoyens, démarches d'évaluation.",
    ].join("\n\n"),
    ...onDay(2017, 12, 14),
    venue: {
      name: "Communauté d'agglomération de Béthune-Bruay, Artois Lys Romane",
      postcode: "62190",
      city: "Lillers",
    },
    host: "caBethuneBruay",
    audience: "public",
    registrationEnabled: false,
    status: "published",
    themes: ["politique-de-la-ville-dsu", "participation-citoyenne"],
    agenda: [
      {
        kind: "table_ronde",
        title: "L'actualité nationale de la politique de la ville",
        description:
          "Discours présidentiel du 14 novembre 2017, appel de Grigny, assises nationales de la mobilité, conférence nationale des territoires, plan logement, emplois francs.",
      },
      {
        kind: "table_ronde",
        title: "L'actualité des contrats de ville dans les territoires",
        description: "Enjeux de communication en matière de politique de la ville, conseils citoyens, démarches d'évaluation.",
      },
    ],
  },
];

/* ------------------------------------------------------------------------------------------------------------ */
/* Upcoming meetings, dated relative to the seed's `now` so the demo never goes stale. Tests rely on the slugs. */
/* ------------------------------------------------------------------------------------------------------------ */

type Day = { year: number; month: number; day: number };

/** A Paris calendar day, normalised (day 32 of March becomes 1 April). */
function day(year: number, month: number, dayOfMonth: number): Day {
  const { year: y, month: m, day: dd } = parisParts(parisInstant(year, month, dayOfMonth, 12));
  return { year: y, month: m, day: dd };
}

const plusDays = (from: Day, days: number): Day => day(from.year, from.month, from.day + days);

const at = (on: Day, hour: number, minute = 0): Date => parisInstant(on.year, on.month, on.day, hour, minute);

/**
 * The first given weekday (0 = Sunday … 4 = Thursday) at least `days` days after `now`, in Paris,
 * moved past the year-end holidays (24 December – 1 January), when no meeting would be held.
 */
function weekdayAfter(now: Date, days: number, weekday: number): Day {
  const target = plusDays(parisParts(now), days);
  let on = plusDays(target, (weekday - parisParts(at(target, 12)).weekday + 7) % 7);
  while ((on.month === 12 && on.day >= 24) || (on.month === 1 && on.day === 1)) on = plusDays(on, 7);
  return on;
}

const REGIME: MeetingQuestion = {
  id: "regime",
  label: "Régime alimentaire ou allergies",
  kind: "text",
  required: false,
};
const ACCESSIBILITE: MeetingQuestion = {
  id: "accessibilite",
  label: "Besoins d'accessibilité",
  kind: "textarea",
  required: false,
  help: "Par exemple : accès en fauteuil roulant, boucle magnétique, interprétation en LSF.",
};
const ATELIERS = [
  "Atelier 1 – L'emploi des jeunes des quartiers",
  "Atelier 2 – La création d'activité",
  "Atelier 3 – Les clauses d'insertion",
];

const confirmed = (person: PersonEmail, daysAgo: number, answers: Record<string, string> = {}): RegistrationSeed => ({
  person,
  status: "confirmed",
  daysAgo,
  answers,
});

export function upcomingMeetings(now: Date): MeetingSeed[] {
  /* Registration opened a month ago, at 9 h: a round time, as staff would set it. */
  const opensAt = at(plusDays(parisParts(now), -30), 9);
  /** Registration closes at noon the day before the meeting. */
  const closesBefore = (on: Day) => at(plusDays(on, -1), 12);

  const placesDisponibles = weekdayAfter(now, 21, 4);
  const complete = weekdayAfter(now, 35, 4);
  const atelier = weekdayAfter(now, 28, 2);
  const cycle = weekdayAfter(now, 42, 2);
  const visite = weekdayAfter(now, 14, 2);
  const brouillon = weekdayAfter(now, 120, 4);
  /* The Sunday clocks go forward, and the Thursday after it. */
  const change = nextSummerTimeChange(now);
  const changeSunday = day(change.year, change.month, change.day);
  const changeSaturday = plusDays(changeSunday, -1);
  const thursdayAfterChange = plusDays(changeSunday, 4);

  const fullMembers: PersonEmail[] = [
    "membre01@example.org",
    "membre02@example.org",
    "membre03@example.org",
    "membre04@example.org",
    "membre05@example.org",
    "membre06@example.org",
    "membre07@example.org",
    "membre08@example.org",
    "membre09@example.org",
    "membre10@example.org",
    "membre11@example.org",
    "membre12@example.org",
  ];

  return [
    {
      slug: "rencontre-reseau-places-disponibles",
      kind: "rencontre_reseau",
      title: "Réseau des chefs de projet politique de la ville – Amiens (80)",
      summary:
        "Rencontre du réseau : actualité des contrats de ville, évaluation à mi-parcours et place des conseils citoyens, à partir des retours d'expériences des territoires.",
      description: [
        "Les rencontres du réseau des chefs de projet politique de la ville se tiennent à tour de rôle dans les territoires des Hauts-de-France. Celle-ci est accueillie par Amiens Métropole.",
        "Comme à chaque rencontre, un point d'actus national et régional ouvre la matinée ; les échanges porteront ensuite sur l'association des conseils citoyens aux démarches d'évaluation.",
      ].join("\n\n"),
      startsAt: at(placesDisponibles, 9, 30),
      endsAt: at(placesDisponibles, 12, 30),
      venue: { name: "Espace Dewailly", address: "3 place Dewailly", postcode: "80000", city: "Amiens" },
      host: "amiensMetropole",
      audience: "public",
      capacity: 30,
      waitlistEnabled: true,
      registrationEnabled: true,
      registrationOpensAt: opensAt,
      registrationClosesAt: closesBefore(placesDisponibles),
      questions: [REGIME, ACCESSIBILITE],
      status: "published",
      themes: ["politique-de-la-ville-dsu", "participation-citoyenne"],
      agenda: [
        {
          kind: "accueil",
          title: "Accueil et tour de table",
          startsAt: at(placesDisponibles, 9, 30),
          endsAt: at(placesDisponibles, 9, 45),
        },
        {
          kind: "intervention",
          title: "Point d'actus national et régional",
          startsAt: at(placesDisponibles, 9, 45),
          endsAt: at(placesDisponibles, 10, 30),
          speakers: [{ name: "Étienne Équipe", function: "Chargé de mission animation du réseau", organisation: "IREV" }],
        },
        {
          kind: "table_ronde",
          title: "Échanges de pratiques : associer les conseils citoyens à l'évaluation",
          startsAt: at(placesDisponibles, 10, 30),
          endsAt: at(placesDisponibles, 12, 15),
        },
        {
          kind: "conclusion",
          title: "Conclusion et prochaines rencontres",
          startsAt: at(placesDisponibles, 12, 15),
          endsAt: at(placesDisponibles, 12, 30),
        },
      ],
      registrations: [
        confirmed("membre01@example.org", 12),
        confirmed("membre05@example.org", 8, { regime: "Végétarien" }),
        confirmed("membre09@example.org", 3),
      ],
    },
    {
      slug: "journee-regionale-complete",
      kind: "journee_regionale",
      title: "Jeudi de la ville : l'emploi des habitants des quartiers",
      summary:
        "Journée régionale sur le pilier « Développement économique et emploi » des contrats de ville : emplois francs, clauses d'insertion, création d'activité.",
      description: [
        "L'IREV et la délégation régionale Hauts-de-France du CNFPT organisent un Jeudi de la ville consacré à l'emploi des habitants des quartiers prioritaires.",
        "Le matin, un état des lieux et une table ronde des institutions ; l'après-midi, trois ateliers au choix, à indiquer lors de l'inscription. Le nombre de places est limité : une liste d'attente est ouverte.",
      ].join("\n\n"),
      startsAt: at(complete, 9),
      endsAt: at(complete, 16, 30),
      venue: {
        name: "Hôtel de Région Hauts-de-France",
        address: "151 avenue du Président Hoover",
        postcode: "59000",
        city: "Lille",
      },
      host: "region",
      partners: ["cnfpt"],
      audience: "public",
      capacity: 12,
      waitlistEnabled: true,
      registrationEnabled: true,
      registrationOpensAt: opensAt,
      registrationClosesAt: closesBefore(complete),
      questions: [
        REGIME,
        ACCESSIBILITE,
        { id: "atelier", label: "Atelier choisi", kind: "choice", required: true, options: ATELIERS },
      ],
      status: "published",
      themes: ["developpement-economique-et-emploi", "politique-de-la-ville-dsu"],
      attachments: [{ file: "programme_previsionnel_jeudi_de_la_ville.pdf", label: "Programme prévisionnel" }],
      agenda: [
        { kind: "accueil", title: "Accueil café", startsAt: at(complete, 9), endsAt: at(complete, 9, 30) },
        {
          kind: "intervention",
          title: "Emplois francs, clauses d'insertion, création d'activité : où en est-on ?",
          startsAt: at(complete, 9, 30),
          endsAt: at(complete, 10, 30),
        },
        {
          kind: "table_ronde",
          title: "La contribution des institutions au pilier « Développement économique et emploi »",
          startsAt: at(complete, 10, 45),
          endsAt: at(complete, 12, 15),
        },
        {
          kind: "atelier",
          title: "Ateliers au choix",
          description: ATELIERS.join(" ; "),
          startsAt: at(complete, 13, 30),
          endsAt: at(complete, 15, 30),
        },
        {
          kind: "conclusion",
          title: "Restitution des ateliers et conclusion",
          startsAt: at(complete, 15, 45),
          endsAt: at(complete, 16, 30),
        },
      ],
      registrations: [
        ...fullMembers.map((person, i) =>
          confirmed(person, 25 - i, { atelier: ATELIERS[i % ATELIERS.length] ?? "" }),
        ),
        { person: "membre13@example.org", status: "waitlisted", daysAgo: 4, answers: { atelier: ATELIERS[0] ?? "" } },
        { person: "membre14@example.org", status: "waitlisted", daysAgo: 2, answers: { atelier: ATELIERS[2] ?? "" } },
      ],
    },
    {
      slug: "atelier-reserve-aux-membres",
      kind: "atelier",
      title: "Atelier : préparer l'évaluation de son contrat de ville",
      summary:
        "Un après-midi entre membres du réseau pour construire ses indicateurs et partager les démarches d'évaluation en cours.",
      description: [
        "Atelier réservé aux membres du réseau : repères méthodologiques, puis travail en sous-groupes à partir des démarches d'évaluation des participants.",
        "Apportez si possible le tableau de bord ou les indicateurs de votre contrat de ville.",
      ].join("\n\n"),
      startsAt: at(atelier, 14),
      endsAt: at(atelier, 17),
      venue: {
        name: "Valenciennes Métropole",
        address: "2 place de l'Hôpital général",
        postcode: "59300",
        city: "Valenciennes",
      },
      host: "valenciennesMetropole",
      audience: "members",
      capacity: 20,
      waitlistEnabled: true,
      registrationEnabled: true,
      registrationOpensAt: opensAt,
      registrationClosesAt: closesBefore(atelier),
      questions: [
        ACCESSIBILITE,
        { id: "attentes", label: "Vos attentes pour cet atelier", kind: "textarea", required: false },
      ],
      status: "published",
      themes: ["politique-de-la-ville-dsu"],
      agenda: [
        { kind: "accueil", title: "Accueil", startsAt: at(atelier, 14), endsAt: at(atelier, 14, 15) },
        {
          kind: "intervention",
          title: "Repères méthodologiques pour l'évaluation",
          startsAt: at(atelier, 14, 15),
          endsAt: at(atelier, 15),
        },
        {
          kind: "atelier",
          title: "Travail en sous-groupes sur vos indicateurs",
          startsAt: at(atelier, 15),
          endsAt: at(atelier, 16, 45),
        },
        { kind: "conclusion", title: "Mise en commun", startsAt: at(atelier, 16, 45), endsAt: at(atelier, 17) },
      ],
      registrations: [confirmed("membre06@example.org", 10), confirmed("membre10@example.org", 6)],
    },
    {
      slug: "cycle-qualification-sur-validation",
      kind: "cycle_qualification",
      title: "Cycle de qualification « Égalité, citoyenneté, prévention des discriminations » – session 1",
      summary:
        "Première session d'un cycle de qualification pour les professionnels de la politique de la ville ; les inscriptions sont validées par l'équipe de l'IREV.",
      description: [
        "Ce cycle de qualification accompagne la structuration des plans d'actions relatifs à l'égalité, à la citoyenneté et à la prévention des discriminations.",
        "Les places étant limitées, chaque inscription est examinée par l'équipe de l'IREV ; la priorité est donnée aux chefs de projet et aux agents des signataires des contrats de ville.",
      ].join("\n\n"),
      startsAt: at(cycle, 9, 30),
      endsAt: at(cycle, 16, 30),
      venue: {
        name: "Hôtel de ville de Saint-Quentin",
        address: "Place de l'Hôtel de ville",
        postcode: "02100",
        city: "Saint-Quentin",
      },
      host: "caSaintQuentinois",
      partners: ["cnfpt"],
      audience: "public",
      capacity: 15,
      waitlistEnabled: true,
      approvalRequired: true,
      registrationEnabled: true,
      registrationOpensAt: opensAt,
      registrationClosesAt: closesBefore(cycle),
      questions: [
        { id: "motivation", label: "Vos motivations pour suivre ce cycle", kind: "textarea", required: true },
        ACCESSIBILITE,
      ],
      status: "published",
      themes: ["egalite-citoyennete-discriminations"],
      agenda: [
        { kind: "accueil", title: "Accueil", startsAt: at(cycle, 9, 30), endsAt: at(cycle, 9, 45) },
        {
          kind: "intervention",
          title: "Le cadre juridique de la lutte contre les discriminations",
          startsAt: at(cycle, 9, 45),
          endsAt: at(cycle, 11),
        },
        {
          kind: "atelier",
          title: "Analyse de situations professionnelles",
          startsAt: at(cycle, 11, 15),
          endsAt: at(cycle, 12, 30),
        },
        {
          kind: "atelier",
          title: "Construire un plan territorial de prévention des discriminations",
          startsAt: at(cycle, 13, 45),
          endsAt: at(cycle, 16),
        },
        { kind: "conclusion", title: "Bilan de la session", startsAt: at(cycle, 16), endsAt: at(cycle, 16, 30) },
      ],
      registrations: [
        confirmed("membre04@example.org", 15, { motivation: "Préparer le plan de lutte contre les discriminations de l'agglomération." }),
        {
          person: "membre15@example.org",
          status: "pending_approval",
          daysAgo: 5,
          answers: { motivation: "Intégrer la prévention des discriminations au programme de réussite éducative." },
        },
        {
          person: "membre16@example.org",
          status: "pending_approval",
          daysAgo: 1,
          answers: { motivation: "Accompagner les associations des quartiers de la Somme sur ces questions." },
        },
      ],
    },
    {
      slug: "visite-inscriptions-closes",
      kind: "visite",
      title: "Visite : la pépinière éco-industrielle et le Tiers-Lieu numérique du Pays Noyonnais",
      summary:
        "Découverte du campus économique Inovia, de sa pépinière éco-industrielle et du Tiers-Lieu numérique, avec l'équipe de la Communauté de communes du Pays Noyonnais.",
      description: [
        "La stratégie d'attractivité territoriale de la Communauté de communes du Pays Noyonnais s'appuie sur le marketing territorial et des projets innovants : feuille de route numérique, Tiers-Lieu numérique, Inovia Days « Make & Fly ».",
        "Les inscriptions à cette visite sont closes.",
      ].join("\n\n"),
      startsAt: at(visite, 14),
      endsAt: at(visite, 16, 30),
      venue: {
        name: "Campus économique Inovia",
        address: "1435 boulevard Cambronne",
        postcode: "60400",
        city: "Noyon",
      },
      host: "ccPaysNoyonnais",
      audience: "public",
      capacity: 25,
      waitlistEnabled: false,
      registrationEnabled: true,
      registrationOpensAt: opensAt,
      /* Already past: registration is closed although the visit is still to come. */
      registrationClosesAt: at(plusDays(parisParts(now), -1), 18),
      questions: [
        ACCESSIBILITE,
        {
          id: "transport",
          label: "Venue en covoiturage",
          kind: "choice",
          required: false,
          options: ["Je propose des places", "Je cherche une place", "Je viens par mes propres moyens"],
        },
      ],
      status: "published",
      themes: ["developpement-economique-et-emploi", "numerique"],
      agenda: [
        { kind: "accueil", title: "Accueil sur le campus Inovia", startsAt: at(visite, 14), endsAt: at(visite, 14, 15) },
        {
          kind: "visite",
          title: "Visite de la pépinière éco-industrielle",
          startsAt: at(visite, 14, 15),
          endsAt: at(visite, 15, 30),
        },
        {
          kind: "visite",
          title: "Découverte du Tiers-Lieu numérique",
          startsAt: at(visite, 15, 30),
          endsAt: at(visite, 16, 30),
        },
      ],
      registrations: [
        confirmed("membre02@example.org", 20, { transport: "Je propose des places" }),
        confirmed("membre07@example.org", 9),
      ],
    },
    {
      slug: "rencontre-reseau-heure-d-ete",
      kind: "rencontre_reseau",
      title: "Réseau des chefs de projet politique de la ville – rencontre de printemps à Lens (62)",
      summary:
        "Une journée du réseau à Lens : actualité des contrats de ville le matin, santé et quartiers l'après-midi.",
      description: [
        "Rencontre de printemps du réseau des chefs de projet politique de la ville, accueillie par la Communauté d'agglomération de Lens-Liévin.",
        "L'après-midi est consacré à l'articulation entre le volet santé du contrat de ville, les ateliers santé ville et les contrats locaux de santé.",
      ].join("\n\n"),
      startsAt: at(thursdayAfterChange, 9, 30),
      endsAt: at(thursdayAfterChange, 16, 30),
      venue: {
        name: "Hôtel communautaire de Lens-Liévin",
        address: "21 rue Marcel Sembat",
        postcode: "62300",
        city: "Lens",
      },
      host: "caLensLievin",
      audience: "public",
      capacity: 40,
      waitlistEnabled: true,
      registrationEnabled: true,
      registrationOpensAt: opensAt,
      registrationClosesAt: closesBefore(thursdayAfterChange),
      questions: [REGIME, ACCESSIBILITE],
      status: "published",
      themes: ["politique-de-la-ville-dsu", "sante"],
      agenda: [
        {
          kind: "accueil",
          title: "Accueil",
          startsAt: at(thursdayAfterChange, 9, 30),
          endsAt: at(thursdayAfterChange, 10),
        },
        {
          kind: "table_ronde",
          title: "L'actualité des contrats de ville dans les territoires",
          startsAt: at(thursdayAfterChange, 10),
          endsAt: at(thursdayAfterChange, 12),
        },
        {
          kind: "pause",
          title: "Déjeuner sur place",
          startsAt: at(thursdayAfterChange, 12),
          endsAt: at(thursdayAfterChange, 13, 30),
        },
        {
          kind: "atelier",
          title: "Santé et quartiers : articuler contrat local de santé et contrat de ville",
          startsAt: at(thursdayAfterChange, 13, 30),
          endsAt: at(thursdayAfterChange, 16, 30),
        },
      ],
      registrations: [confirmed("membre08@example.org", 7, { regime: "Sans gluten" })],
    },
    {
      slug: "assises-participation-citoyenne",
      kind: "journee_regionale",
      title: "Assises régionales de la participation citoyenne",
      summary:
        "Deux journées pour les conseils citoyens, les habitants, les élus et les professionnels de la politique de la ville des Hauts-de-France.",
      description: [
        "Un week-end pour que les conseillers citoyens et les habitants des quartiers, les élus et les professionnels construisent ensemble la participation citoyenne dans les contrats de ville.",
        "Vous pouvez venir un jour ou les deux : indiquez-le lors de votre inscription. Entrée libre sur inscription, sans limite de places.",
      ].join("\n\n"),
      allDay: true,
      /* Exclusive end: Paris midnight after the last day. */
      startsAt: at(changeSaturday, 0),
      endsAt: at(plusDays(changeSunday, 1), 0),
      venue: {
        name: "Lille Grand Palais",
        address: "1 boulevard des Cités Unies",
        postcode: "59777",
        city: "Lille",
      },
      partners: ["region", "prefectureNord"],
      audience: "public",
      waitlistEnabled: false,
      registrationEnabled: true,
      registrationOpensAt: opensAt,
      registrationClosesAt: closesBefore(changeSaturday),
      questions: [
        {
          id: "jours",
          label: "Jour(s) de présence",
          kind: "choice",
          required: true,
          options: ["Samedi", "Dimanche", "Les deux jours"],
        },
        ACCESSIBILITE,
      ],
      status: "published",
      themes: ["participation-citoyenne"],
      agenda: [
        {
          kind: "intervention",
          title: "Ouverture et témoignages de conseils citoyens",
          startsAt: at(changeSaturday, 10),
          endsAt: at(changeSaturday, 12, 30),
        },
        {
          kind: "atelier",
          title: "Ateliers territoriaux de co-construction",
          startsAt: at(changeSaturday, 14),
          endsAt: at(changeSaturday, 17),
        },
        {
          kind: "table_ronde",
          title: "Habitants, élus, techniciens : construire ensemble",
          startsAt: at(changeSunday, 10),
          endsAt: at(changeSunday, 12),
        },
        {
          kind: "conclusion",
          title: "Restitution des ateliers et clôture",
          startsAt: at(changeSunday, 14),
          endsAt: at(changeSunday, 16),
        },
      ],
      registrations: [
        confirmed("membre05@example.org", 11, { jours: "Les deux jours" }),
        confirmed("membre07@example.org", 4, { jours: "Samedi" }),
      ],
    },
    {
      slug: "brouillon-rencontre-2027",
      kind: "rencontre_reseau",
      title: "Réseau des chefs de projet politique de la ville – Béthune (62) (à confirmer)",
      summary: "Rencontre en préparation : programme et lieu à confirmer.",
      description: "Brouillon : ne pas publier avant la confirmation du lieu par la communauté d'agglomération.",
      startsAt: at(brouillon, 9, 30),
      endsAt: at(brouillon, 12, 30),
      venue: { name: "À confirmer", postcode: "62400", city: "Béthune" },
      host: "caBethuneBruay",
      audience: "public",
      capacity: 30,
      waitlistEnabled: true,
      registrationEnabled: true,
      questions: [REGIME, ACCESSIBILITE],
      status: "draft",
      themes: ["politique-de-la-ville-dsu"],
      agenda: [
        { kind: "accueil", title: "Accueil", startsAt: at(brouillon, 9, 30), endsAt: at(brouillon, 9, 45) },
        {
          kind: "table_ronde",
          title: "L'actualité des contrats de ville",
          startsAt: at(brouillon, 9, 45),
          endsAt: at(brouillon, 12, 30),
        },
      ],
    },
  ];
}
