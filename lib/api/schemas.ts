import { z } from "zod";
import { ERROR_STATUS } from "@/lib/errors";
import { AGENDA_ITEM_KINDS, AUDIENCES, MEETING_KINDS, MEETING_STATUSES, QUESTION_KINDS } from "@/lib/meetings/schema";
import { DEPARTMENTS } from "@/lib/organisations/schema";
import { VISIBILITIES } from "@/lib/documents/schema";
import { REPORT_KINDS } from "@/lib/publications/schema";
import { REGISTRATION_STATUSES } from "@/lib/registrations/schema";
import { REGISTRATION_STATES } from "@/lib/registrations/state";
import { TIME_ZONE } from "@/lib/time";
import { MAX_QUERY_LENGTH } from "@/lib/search/params";
import { SEARCH_KINDS } from "@/lib/search/queries";

/*
 * The JSON shapes of API v1, in snake_case. They validate what comes in, type what goes out,
 * and `.meta({ id })` names them as components of the OpenAPI document (lib/api/openapi.ts).
 */

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/* ---------- Requests ---------- */

const ThemeParam = z
  .string()
  .regex(SLUG_PATTERN, { error: "Thématique invalide : indiquez l'identifiant (slug) d'une thématique." })
  .optional()
  .meta({ description: "Identifiant (slug) d'une thématique, par exemple « renouvellement-urbain »." });

/** `page` and `per_page` of a list of these things ("rencontres"). */
function pagination(things: string) {
  return {
    page: z.coerce
      .number({ error: "La page doit être un nombre entier." })
      .int({ error: "La page doit être un nombre entier." })
      .min(1, { error: "La page doit être supérieure ou égale à 1." })
      .default(1)
      .meta({ description: "Numéro de page, à partir de 1." }),
    per_page: z.coerce
      .number({ error: "Le nombre de résultats par page doit être un nombre entier." })
      .int({ error: "Le nombre de résultats par page doit être un nombre entier." })
      .min(1, { error: "Le nombre de résultats par page doit être compris entre 1 et 100." })
      .max(100, { error: "Le nombre de résultats par page doit être compris entre 1 et 100." })
      .default(20)
      .meta({ description: `Nombre de ${things} par page (1 à 100, 20 par défaut).` }),
  };
}

export const EventsQuery = z.object({
  kind: z
    .enum(MEETING_KINDS, { error: `Type de rencontre inconnu : choisissez parmi ${MEETING_KINDS.join(", ")}.` })
    .optional()
    .meta({ description: "Type de rencontre." }),
  theme: ThemeParam,
  department: z
    .enum(DEPARTMENTS, { error: `Département inconnu : choisissez parmi ${DEPARTMENTS.join(", ")}.` })
    .optional()
    .meta({ description: "Département du lieu de la rencontre (Hauts-de-France)." }),
  when: z
    .union([z.enum(["upcoming", "past"]), z.string().regex(/^\d{4}$/).transform(Number)], {
      error: "Période invalide : « upcoming », « past » ou une année sur quatre chiffres.",
    })
    .default("upcoming")
    .meta({ description: "« upcoming » (à venir, par défaut), « past » (passées) ou une année des archives (ex. 2017)." }),
  ...pagination("rencontres"),
});
export type EventsQuery = z.output<typeof EventsQuery>;

const YearParam = z.coerce
  .number({ error: "L'année doit être un nombre sur quatre chiffres." })
  .int({ error: "L'année doit être un nombre sur quatre chiffres." })
  .min(1900, { error: "L'année doit être un nombre sur quatre chiffres." })
  .max(9999, { error: "L'année doit être un nombre sur quatre chiffres." })
  .optional();

export const ReportsQuery = z.object({
  kind: z
    .enum(REPORT_KINDS, { error: `Type de publication inconnu : choisissez parmi ${REPORT_KINDS.join(", ")}.` })
    .optional()
    .meta({ description: "Type de publication." }),
  theme: ThemeParam,
  year: YearParam.meta({ description: "Année de publication (heure de Paris), par exemple 2017." }),
  ...pagination("publications"),
});
export type ReportsQuery = z.output<typeof ReportsQuery>;

export const ReportParams = z.object({
  slug: z.string().meta({ description: "Identifiant (slug) de la publication." }),
});

export const DocumentsQuery = z.object({
  theme: ThemeParam,
  year: YearParam.meta({ description: "Année d'ajout du document à la bibliothèque (heure de Paris)." }),
  sort: z
    .enum(["date", "downloads"], { error: "Tri inconnu : « date » ou « downloads »." })
    .default("date")
    .meta({ description: "« date » : les plus récents d'abord (par défaut) ; « downloads » : les plus téléchargés d'abord." }),
  ...pagination("documents"),
});
export type DocumentsQuery = z.output<typeof DocumentsQuery>;

export const SlugParams = z.object({
  slug: z.string().meta({ description: "Identifiant (slug) de la rencontre." }),
});

export const RegistrationBody = z
  .strictObject({
    answers: z
      .record(z.string(), z.union([z.string(), z.array(z.string())], { error: "La réponse doit être un texte, ou une liste de textes pour un choix multiple." }))
      .optional()
      .meta({
        description:
          "Réponses aux questions de la rencontre, par identifiant de question (voir `questions`). Choix multiple : la liste des propositions cochées ; oui / non : « Oui » ou « Non ».",
      }),
    consent: z
      .boolean({ error: "Le consentement doit valoir true ou false." })
      .optional()
      .meta({ description: "Accepte que le nom et l'organisme figurent sur la liste des participants." }),
  })
  .meta({ id: "RegistrationRequest", description: "Inscription à une rencontre. Les clés inconnues sont refusées." });
export type RegistrationBody = z.output<typeof RegistrationBody>;

export const SearchQuery = z.object({
  q: z
    .string()
    .default("")
    .transform((q) => q.slice(0, MAX_QUERY_LENGTH))
    .meta({
      description: `Mots recherchés, sans tenir compte des accents, des majuscules ni des ligatures ; chaque mot est cherché comme début de mot. Les opérateurs et la ponctuation sont ignorés ; au-delà de ${MAX_QUERY_LENGTH} caractères, la suite est ignorée. Vide : aucun résultat.`,
      example: "evaluation",
    }),
  kind: z
    .enum(SEARCH_KINDS, { error: `Type de contenu inconnu : choisissez parmi ${SEARCH_KINDS.join(", ")}.` })
    .optional()
    .meta({ description: "Type de contenu : meeting (rencontre), report (ressource), document, contact (annuaire, membres seulement)." }),
  theme: z
    .string()
    .regex(SLUG_PATTERN, { error: "Thématique invalide : indiquez l'identifiant (slug) d'une thématique." })
    .optional()
    .meta({ description: "Identifiant (slug) d'une thématique." }),
  year: z
    .string()
    .regex(/^\d{4}$/, { error: "Année invalide : une année sur quatre chiffres." })
    .transform(Number)
    .optional()
    .meta({ description: "Année (Paris) de la rencontre, de la publication ou de l'ajout du document." }),
  ...pagination("résultats"),
});
export type SearchQuery = z.output<typeof SearchQuery>;

/* ---------- Responses ---------- */

const Instant = z.iso.datetime().meta({ description: "Instant ISO 8601 en UTC.", example: "2017-05-11T07:30:00.000Z" });
const TimeZone = z.literal(TIME_ZONE).meta({ description: "Fuseau horaire dans lequel afficher les instants." });

const Theme = z.object({ slug: z.string(), name: z.string() }).meta({ id: "Theme", description: "Thématique." });

const Organisation = z
  .object({ name: z.string(), short_name: z.string().nullable() })
  .meta({ id: "Organisation", description: "Organisme (structure d'accueil, partenaire)." });

const RegistrationCounts = z
  .object({ confirmed: z.int(), waitlisted: z.int(), pending_approval: z.int() })
  .meta({ id: "RegistrationCounts", description: "Nombre d'inscriptions par statut." });

const EventSchedule = {
  starts_at: Instant,
  ends_at: Instant,
  all_day: z.boolean().meta({
    description: "Rencontre sur une ou plusieurs journées entières, sans horaire : ends_at est alors minuit (Paris) après le dernier jour.",
  }),
  time_known: z.boolean().meta({
    description:
      "Faux quand la source ne donne que la date (rencontres reprises de l'ancien site) : starts_at et ends_at couvrent alors la journée, de minuit à minuit (Paris), sans horaire.",
  }),
  time_zone: TimeZone,
};

export const EventSummary = z
  .object({
    slug: z.string(),
    kind: z.enum(MEETING_KINDS),
    kind_label: z.string().meta({ description: "Libellé français du type de rencontre." }),
    title: z.string(),
    summary: z.string(),
    ...EventSchedule,
    status: z.enum(MEETING_STATUSES).meta({ description: "draft (brouillon, visible de l'équipe seulement), published, cancelled." }),
    audience: z.enum(AUDIENCES).meta({ description: "public : ouverte à tous ; members : réservée aux membres validés." }),
    venue: z.object({ name: z.string().nullable(), city: z.string().nullable(), postcode: z.string().nullable() }),
    themes: z.array(Theme),
    registration: z
      .object({
        enabled: z.boolean().meta({ description: "Inscription en ligne possible sur la plateforme." }),
        opens_at: Instant.nullable(),
        closes_at: Instant.nullable(),
        approval_required: z.boolean(),
        waitlist_enabled: z.boolean(),
        state: z.enum(REGISTRATION_STATES).meta({
          description:
            "État des inscriptions : open (ouvertes), waitlist (complet, liste d'attente), full (complet), not_yet_open (pas encore ouvertes), closed (closes), offline (pas d'inscription en ligne), past (rencontre commencée ou passée), cancelled, unpublished.",
        }),
        state_label: z.string().nullable().meta({ description: "Le même état en français, tel qu'affiché sur le site (« 3 places restantes », « Inscriptions closes »)." }),
      })
      .meta({ description: "Règles d'inscription." }),
    capacity: z.int().nullable().meta({ description: "Nombre de places, null si illimité." }),
    seats_left: z.int().nullable().meta({ description: "Places restantes, null si illimité." }),
    registration_counts: RegistrationCounts,
    reported_attendance_label: z.string().nullable().meta({ description: "Participation constatée, telle que rapportée (« les 17 participants »)." }),
    updated_at: Instant,
  })
  .meta({ id: "EventSummary", description: "Rencontre, telle que listée." });
export type EventSummary = z.infer<typeof EventSummary>;

const Speaker = z
  .object({ name: z.string(), function: z.string().nullable(), organisation: z.string().nullable() })
  .meta({ id: "Speaker", description: "Intervenant." });

const AgendaItem = z
  .object({
    position: z.int(),
    kind: z.enum(AGENDA_ITEM_KINDS),
    kind_label: z.string(),
    title: z.string(),
    description: z.string(),
    starts_at: Instant.nullable(),
    ends_at: Instant.nullable(),
    speakers: z.array(Speaker),
  })
  .meta({ id: "AgendaItem", description: "Séquence du programme." });

/** What every list of files says of each: the library's and a meeting's or report's attachments. */
const DOCUMENT_FILE = {
  id: z.string(),
  title: z.string(),
  filename: z.string().meta({ description: "Nom du fichier d'origine." }),
  size_bytes: z.int(),
  pages: z.int().nullable(),
  visibility: z.enum(VISIBILITIES).meta({ description: "members : le téléchargement est réservé aux membres." }),
  url: z.string().meta({ description: "Adresse de téléchargement, relative au site.", example: "/documents/3f2b…/programme.pdf" }),
};

const EventDocument = z
  .object({ ...DOCUMENT_FILE, label: z.string().nullable() })
  .meta({ id: "EventDocument", description: "Fichier joint (PDF)." });

const Question = z
  .object({
    id: z.string().meta({ description: "Clé à utiliser dans `answers`." }),
    label: z.string(),
    kind: z.enum(QUESTION_KINDS).meta({ description: "text, textarea (texte long), choice (choix unique), multiple (choix multiple), yes_no (oui / non)." }),
    required: z.boolean(),
    options: z.array(z.string()).nullable().meta({ description: "Valeurs acceptées pour une question à choix." }),
    help: z.string().nullable(),
  })
  .meta({ id: "Question", description: "Question posée à l'inscription." });

export const EventDetail = EventSummary.extend({
  description: z.string(),
  venue: z.object({
    name: z.string().nullable(),
    room: z.string().nullable(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    city: z.string().nullable(),
  }),
  online_url: z.string().nullable(),
  host: Organisation.nullable().meta({ description: "Structure qui accueille la rencontre." }),
  partners: z.array(Organisation),
  questions: z.array(Question),
  agenda: z.array(AgendaItem),
  documents: z.array(EventDocument),
  report: z
    .object({ slug: z.string(), title: z.string(), kind: z.enum(REPORT_KINDS) })
    .nullable()
    .meta({ description: "Compte rendu publié de la rencontre." }),
}).meta({ id: "EventDetail", description: "Rencontre avec son programme, ses fichiers joints et ses places restantes." });
export type EventDetail = z.infer<typeof EventDetail>;

const Pagination = z
  .object({ page: z.int(), per_page: z.int(), total: z.int() })
  .meta({ id: "Pagination", description: "Page demandée, taille des pages et nombre total de résultats." });

export const EventsPage = z
  .object({
    events: z.array(EventSummary),
    pagination: Pagination,
  })
  .meta({ id: "EventsPage", description: "Une page de rencontres." });
export type EventsPage = z.infer<typeof EventsPage>;

export const ReportSummary = z
  .object({
    slug: z.string(),
    kind: z.enum(REPORT_KINDS),
    kind_label: z.string().meta({ description: "Libellé français du type de publication." }),
    title: z.string(),
    summary: z.string(),
    visibility: z.enum(VISIBILITIES).meta({ description: "members : réservée aux membres validés." }),
    restricted: z
      .boolean()
      .meta({ description: "true : publication réservée aux membres, que le lecteur ne peut pas lire ; listée comme sur /ressources, sans son résumé (chaîne vide)." }),
    published_at: Instant.nullable(),
    modified_at: Instant.nullable(),
    themes: z.array(Theme),
    url: z.string().meta({ description: "Adresse de la page, relative au site.", example: "/ressources/compte-rendu-noyon" }),
  })
  .meta({ id: "ReportSummary", description: "Publication, telle que listée." });
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportsPage = z
  .object({ reports: z.array(ReportSummary), pagination: Pagination })
  .meta({ id: "ReportsPage", description: "Une page de publications, les plus récentes d'abord." });
export type ReportsPage = z.infer<typeof ReportsPage>;

export const ReportDetail = ReportSummary.extend({
  body_markdown: z.string().meta({ description: "Texte de la publication, en Markdown." }),
  body_html: z.string().meta({ description: "Le même texte en HTML nettoyé (sans script ni attribut d'événement), chaque lien externe suivi de son numéro." }),
  links: z
    .array(z.object({ n: z.int(), href: z.string(), text: z.string() }))
    .meta({ description: "Liens externes du texte, numérotés dans l'ordre où il les cite (section « Liens » de la page)." }),
  meeting: z.object({ slug: z.string(), title: z.string() }).nullable().meta({ description: "Rencontre dont la publication rend compte." }),
  documents: z.array(EventDocument),
  source: z.object({ name: z.string().nullable(), url: z.string() }).nullable(),
}).meta({ id: "ReportDetail", description: "Publication avec son texte, ses liens numérotés et ses fichiers joints." });
export type ReportDetail = z.infer<typeof ReportDetail>;

export const LibraryDocument = z
  .object({
    ...DOCUMENT_FILE,
    downloads: z.int().meta({ description: "Nombre de téléchargements." }),
    added_at: Instant,
    text_url: z.string().meta({ description: "Adresse de la version texte (accessible), relative au site." }),
  })
  .meta({ id: "LibraryDocument", description: "Document de la bibliothèque, tel que listé." });
export type LibraryDocument = z.infer<typeof LibraryDocument>;

export const DocumentsPage = z
  .object({ documents: z.array(LibraryDocument), pagination: Pagination })
  .meta({ id: "DocumentsPage", description: "Une page de la bibliothèque : documents que le lecteur peut télécharger." });
export type DocumentsPage = z.infer<typeof DocumentsPage>;

export const Registration = z
  .object({
    id: z.string(),
    code: z.string().nullable().meta({ description: "Code de l'inscription, présenté à l'accueil de la rencontre (par exemple K7Q-4MP).", example: "K7Q-4MP" }),
    event: z.object({ slug: z.string(), title: z.string(), ...EventSchedule }),
    status: z.enum(REGISTRATION_STATUSES).meta({
      description: "confirmed (place confirmée), waitlisted (liste d'attente), pending_approval (en attente de validation), refused (demande refusée), cancelled.",
    }),
    waitlist_position: z.int().nullable().meta({ description: "Rang sur la liste d'attente, à partir de 1." }),
    answers: z.record(z.string(), z.string()).meta({ description: "Réponses par identifiant de question ; un choix multiple donne ses propositions cochées, une par ligne." }),
    created_at: Instant,
    cancelled_at: Instant.nullable(),
  })
  .meta({ id: "Registration", description: "Inscription à une rencontre." });
export type Registration = z.infer<typeof Registration>;

export const RegistrationList = z
  .object({ registrations: z.array(Registration) })
  .meta({ id: "RegistrationList", description: "Inscriptions en cours, rencontre la plus récente d'abord." });
export type RegistrationList = z.infer<typeof RegistrationList>;

/* ---------- Documents (staff) ---------- */

export const DocumentParams = z.object({ id: z.string().min(1).meta({ description: "Identifiant du document." }) });

export const DocumentUploadForm = z
  .object({
    visibility: z.enum(VISIBILITIES).optional().meta({ description: "« public » (par défaut) ou « members » (réservé aux membres validés)." }),
    title: z.string().max(300).optional().meta({ description: "Titre ; par défaut, le nom du fichier sans « .pdf »." }),
    description: z.string().max(5000).optional().meta({ description: "Description." }),
    fichier: z.string().meta({ format: "binary", description: "Le PDF (type « application/pdf », extension « .pdf »), à envoyer après les autres champs." }),
  })
  .meta({ id: "DocumentUpload", description: "Un PDF par requête, en multipart/form-data." });

export const UploadedDocument = z
  .object({
    id: z.string(),
    title: z.string(),
    original_filename: z.string().meta({ description: "Nom du fichier envoyé, nettoyé (jamais un chemin)." }),
    url: z.string().meta({ description: "Adresse de téléchargement (relative au site)." }),
    size_bytes: z.int(),
    page_count: z.int().nullable(),
    sha256: z.string(),
    visibility: z.enum(VISIBILITIES),
    warnings: z.array(z.string()).meta({ description: "Avertissements (JavaScript, fichiers joints) : le PDF est accepté." }),
  })
  .meta({ id: "Document", description: "Document de la bibliothèque." });
export type UploadedDocument = z.infer<typeof UploadedDocument>;

export const AttachmentBody = z
  .object({
    meeting: z.string().regex(SLUG_PATTERN, { error: "Rencontre invalide : indiquez son identifiant (slug)." }).optional().meta({ description: "Identifiant (slug) de la rencontre." }),
    report: z.string().regex(SLUG_PATTERN, { error: "Publication invalide : indiquez son identifiant (slug)." }).optional().meta({ description: "Identifiant (slug) de la publication." }),
    label: z.string().trim().max(200, { error: "Le libellé fait 200 caractères au plus." }).optional().meta({ description: "Libellé affiché à la place du titre du document." }),
  })
  .strict()
  .refine((body) => (body.meeting === undefined) !== (body.report === undefined), { error: "Indiquez soit « meeting », soit « report »." })
  .meta({ id: "AttachmentRequest", description: "Où joindre le document : une rencontre ou une publication." });

export const Attachment = z
  .object({
    id: z.string(),
    document_id: z.string(),
    meeting: z.string().nullable().meta({ description: "Slug de la rencontre, ou null." }),
    report: z.string().nullable().meta({ description: "Slug de la publication, ou null." }),
    position: z.int().meta({ description: "Rang parmi les fichiers joints, à partir de 1." }),
    label: z.string().nullable(),
  })
  .meta({ id: "Attachment", description: "Document joint à une rencontre ou à une publication." });
export type Attachment = z.infer<typeof Attachment>;

export const API_ERROR_CODES = [...(Object.keys(ERROR_STATUS) as (keyof typeof ERROR_STATUS)[]), "internal_error"] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES).meta({ description: "Code stable, à tester par les clients." }),
      message: z.string().meta({ description: "Message en français, à montrer à l'utilisateur." }),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .meta({ description: "Erreurs par champ (422), par exemple « answers.regime » ou « per_page »." }),
    }),
  })
  .meta({ id: "Error", description: "Erreur." });
export type ErrorBody = z.infer<typeof ErrorBody>;

const HighlightedText = z
  .array(z.object({ text: z.string(), match: z.boolean().meta({ description: "Vrai pour un passage qui correspond aux mots recherchés." }) }))
  .meta({ id: "HighlightedText", description: "Texte découpé en passages, ceux qui correspondent à la recherche marqués." });

const SearchHit = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    id: z.string(),
    title: z.string(),
    title_highlights: HighlightedText,
    excerpt: HighlightedText.meta({ description: "Le passage le plus pertinent du reste du texte." }),
    label: z.string().meta({ description: "Ce qu'est le contenu, en français (« Compte rendu », « Atelier », « Document PDF »…)." }),
    details: z.array(z.string()).meta({ description: "Précisions affichées sur le site (« Annulée », « 1,94 Mo – 12 pages »)." }),
    date: Instant.nullable().meta({ description: "Début de la rencontre, publication de la ressource ou ajout du document ; null pour un contact." }),
    url: z.string().nullable().meta({ description: "Adresse de la page (ou du fichier) sur le site ; null pour un contact." }),
    text_url: z.string().nullable().meta({ description: "Version texte du PDF, quand il en a une." }),
  })
  .meta({ id: "SearchHit", description: "Résultat de recherche." });

export const SearchPage = z
  .object({
    results: z.array(SearchHit),
    years: z.array(z.int()).meta({ description: "Années des résultats (avant le filtre d'année), de la plus récente à la plus ancienne." }),
    pagination: z.object({ page: z.int(), per_page: z.int(), total: z.int() }),
  })
  .meta({ id: "SearchPage", description: "Une page de résultats, du plus pertinent au moins pertinent (titre avant le reste du texte)." });
export type SearchPage = z.infer<typeof SearchPage>;
