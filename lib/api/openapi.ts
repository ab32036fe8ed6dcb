import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { ERROR_STATUS } from "@/lib/errors";
import { SITE_NAME } from "@/lib/config";
import {
  Attachment,
  AttachmentBody,
  DocumentParams,
  DocumentsPage,
  DocumentsQuery,
  DocumentUploadForm,
  ErrorBody,
  EventDetail,
  EventsPage,
  EventsQuery,
  Registration,
  RegistrationBody,
  RegistrationList,
  ReportDetail,
  ReportParams,
  ReportsPage,
  ReportsQuery,
  SearchPage,
  SearchQuery,
  SlugParams,
  UploadedDocument,
} from "./schemas";

/* The API v1 contract, generated from the same zod schemas the routes validate and answer with. */

const ERROR_DESCRIPTIONS = {
  400: "Requête mal formée : corps qui n'est pas du JSON, ou en-tête « Content-Type: application/json » absent d'une requête POST/DELETE authentifiée par cookie (protection CSRF). Code : `bad_request`.",
  401: "Authentification absente ou jeton invalide/révoqué. Code : `unauthenticated`.",
  403: "Compte sans les droits nécessaires (par exemple rencontre ou publication réservée aux membres validés). Code : `forbidden`.",
  404: "Rencontre, publication ou document inexistant, ou brouillon non visible. Code : `not_found`.",
  409: `Conflit avec l'état de la rencontre ou de l'inscription. Codes : ${Object.entries(ERROR_STATUS)
    .filter(([, status]) => status === 409)
    .map(([code]) => `\`${code}\``)
    .join(", ")}.`,
  413: "Corps JSON de plus de 64 Kio (`payload_too_large`), ou PDF plus grand que la taille maximale du site (`file_too_large`, 100 Mo par défaut) : refusé dès l'en-tête `Content-Length`, ou dès que l'envoi la dépasse.",
  415: "Le fichier envoyé n'est pas un PDF : extension autre que « .pdf », type déclaré autre que « application/pdf », ou contenu qui ne commence pas par « %PDF- ». Code : `not_a_pdf`.",
  422: "Données invalides : `error.fields` donne un message par champ (par exemple `answers.<id de question>`). Code : `validation_failed`. Pour un PDF : fichier illisible ou tronqué (`corrupt_pdf`), nom de fichier refusé (`invalid_filename` : « / », « \\ », caractères de contrôle).",
  500: "Erreur interne, consignée côté serveur. Code : `internal_error`.",
} as const;
type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** The error responses of an operation; every operation may also fail with a 500. */
function errorResponses(...statuses: ErrorStatus[]): Record<number, ResponseConfig> {
  return Object.fromEntries(
    [...statuses, 500 as const].map((status) => [
      status,
      { description: ERROR_DESCRIPTIONS[status], content: { "application/json": { schema: ErrorBody } } },
    ]),
  );
}

function jsonResponse(description: string, schema: z.ZodType): ResponseConfig {
  return { description, content: { "application/json": { schema } } };
}

const SIGNED_IN: RouteConfig["security"] = [{ bearerAuth: [] }, { sessionCookie: [] }];
/* An empty requirement makes authentication optional: visitors see public content, members and staff more. */
const OPTIONALLY_SIGNED_IN: RouteConfig["security"] = [{}, ...SIGNED_IN];

function buildDocument() {
  const registry = new OpenAPIRegistry();

  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "Jeton d'accès personnel (préfixe `irev_`), créé dans Mon espace. Envoyé dans l'en-tête `Authorization: Bearer <jeton>`.",
  });
  registry.registerComponent("securitySchemes", "sessionCookie", {
    type: "apiKey",
    in: "cookie",
    name: "authjs.session-token",
    description:
      "Cookie de session du site (`__Secure-authjs.session-token` en HTTPS). Protection CSRF : avec ce cookie, les requêtes POST et DELETE doivent porter l'en-tête `Content-Type: application/json`, sinon elles sont refusées (400 `bad_request`).",
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "Description OpenAPI 3.1 de l'API",
    tags: ["Documentation"],
    responses: {
      200: { description: "Ce document.", content: { "application/json": { schema: { type: "object" } } } },
      ...errorResponses(),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/events",
    operationId: "listEvents",
    summary: "Lister les rencontres",
    description:
      "Rencontres publiées ou annulées (les brouillons aussi pour l'équipe IREV), filtrées et paginées : à venir de la plus proche à la plus lointaine, passées de la plus récente à la plus ancienne.",
    tags: ["Rencontres"],
    security: OPTIONALLY_SIGNED_IN,
    request: { query: EventsQuery },
    responses: {
      200: jsonResponse("Une page de rencontres.", EventsPage),
      ...errorResponses(401, 422),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/events/{slug}",
    operationId: "getEvent",
    summary: "Consulter une rencontre",
    description:
      "Informations publiques, programme avec intervenants, fichiers joints, questions posées à l'inscription et places restantes. Les fichiers réservés aux membres sont listés ; leur téléchargement vérifie les droits.",
    tags: ["Rencontres"],
    security: OPTIONALLY_SIGNED_IN,
    request: { params: SlugParams },
    responses: {
      200: jsonResponse("La rencontre.", EventDetail),
      ...errorResponses(401, 404),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/events/{slug}/registration",
    operationId: "registerForEvent",
    summary: "S'inscrire à une rencontre",
    description:
      "Inscrit l'utilisateur authentifié : place confirmée tant qu'il en reste, liste d'attente ensuite (si elle est ouverte), en attente de validation si la rencontre l'exige. Renvoyer la même demande ne crée jamais une seconde inscription : la réponse est alors 200 avec l'inscription existante. Avec le cookie de session, l'en-tête `Content-Type: application/json` est obligatoire.",
    tags: ["Inscriptions"],
    security: SIGNED_IN,
    request: {
      params: SlugParams,
      body: { required: false, description: "Réponses et consentement ; un corps vide vaut `{}`.", content: { "application/json": { schema: RegistrationBody } } },
    },
    responses: {
      201: jsonResponse("Inscription créée ; `status` dit si la place est confirmée, en liste d'attente ou à valider.", Registration),
      200: jsonResponse("Inscription déjà existante, inchangée.", Registration),
      ...errorResponses(400, 401, 403, 404, 409, 413, 422),
    },
  });

  registry.registerPath({
    method: "delete",
    path: "/api/v1/events/{slug}/registration",
    operationId: "cancelEventRegistration",
    summary: "Annuler son inscription",
    description:
      "Annule l'inscription en cours. Une place confirmée libérée revient à la première personne de la liste d'attente, prévenue par e-mail. Après la date limite d'annulation en ligne de la rencontre, l'annulation est refusée (409 `cancellation_closed`) : le message indique l'adresse de l'IREV à qui écrire. Avec le cookie de session, l'en-tête `Content-Type: application/json` est obligatoire, même sans corps.",
    tags: ["Inscriptions"],
    security: SIGNED_IN,
    request: { params: SlugParams },
    responses: {
      200: jsonResponse("L'inscription annulée.", Registration),
      ...errorResponses(400, 401, 404, 409),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/me/registrations",
    operationId: "listMyRegistrations",
    summary: "Mes inscriptions",
    description: "Inscriptions en cours (confirmées, en liste d'attente ou à valider) de l'utilisateur authentifié.",
    tags: ["Inscriptions"],
    security: SIGNED_IN,
    responses: {
      200: jsonResponse("Les inscriptions.", RegistrationList),
      ...errorResponses(401),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/reports",
    operationId: "listReports",
    summary: "Lister les publications",
    description:
      "Comptes rendus, actualités, fiches expérience et points d'actus publiés, les plus récents d'abord, filtrés par type, thématique et année de publication, paginés. Comme sur la page /ressources, les publications réservées aux membres sont listées à tous ; pour qui n'est ni membre validé ni de l'équipe IREV, elles sont marquées « restricted » et leur résumé est retenu.",
    tags: ["Publications"],
    security: OPTIONALLY_SIGNED_IN,
    request: { query: ReportsQuery },
    responses: {
      200: jsonResponse("Une page de publications.", ReportsPage),
      ...errorResponses(401, 422),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/reports/{slug}",
    operationId: "getReport",
    summary: "Lire une publication",
    description:
      "Texte en Markdown et en HTML nettoyé, liens externes numérotés, thématiques, rencontre liée et fichiers joints. Une publication réservée aux membres est refusée aux autres (403 `forbidden`) ; une publication non publiée répond comme une publication inexistante (404).",
    tags: ["Publications"],
    security: OPTIONALLY_SIGNED_IN,
    request: { params: ReportParams },
    responses: {
      200: jsonResponse("La publication.", ReportDetail),
      ...errorResponses(401, 403, 404),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/documents",
    operationId: "listDocuments",
    summary: "Lister la bibliothèque",
    description:
      "Documents que le lecteur peut télécharger (les documents réservés aux membres pour les membres validés et l'équipe IREV seulement), filtrés par thématique et année d'ajout, triés par date (les plus récents d'abord) ou par nombre de téléchargements, paginés.",
    tags: ["Documents"],
    security: OPTIONALLY_SIGNED_IN,
    request: { query: DocumentsQuery },
    responses: {
      200: jsonResponse("Une page de documents.", DocumentsPage),
      ...errorResponses(401, 422),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/documents",
    operationId: "uploadDocument",
    summary: "Téléverser un PDF dans la bibliothèque",
    description:
      "Réservé à l'équipe (jeton d'un compte équipe ou administrateur ; sinon 403 `forbidden`, vérifié avant la lecture du corps). Un seul PDF par requête, en `multipart/form-data`, dans le champ `fichier` placé après les autres champs ; il est écrit sur disque au fil de l'envoi, jamais gardé en mémoire. Vérifications : taille maximale, nom, extension « .pdf », type déclaré, premiers octets « %PDF- », fin « %%EOF », puis ouverture par une bibliothèque PDF (pages, texte). Un PDF contenant du JavaScript ou des fichiers joints est accepté, avec un avertissement. Un contenu identique à un document existant n'est stocké qu'une fois. Le cookie de session n'est pas accepté ici (400 `bad_request`) : utilisez un jeton.",
    tags: ["Documents"],
    security: [{ bearerAuth: [] }],
    request: { body: { required: true, content: { "multipart/form-data": { schema: DocumentUploadForm } } } },
    responses: {
      201: jsonResponse("Le document créé.", UploadedDocument),
      ...errorResponses(400, 401, 403, 413, 415, 422),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/documents/{id}/attachments",
    operationId: "attachDocument",
    summary: "Joindre un document à une rencontre ou à une publication",
    description:
      "Réservé à l'équipe. Ajoute le document à la fin des fichiers joints de la rencontre (`meeting`) ou de la publication (`report`), avec un libellé facultatif. Un document n'est joint qu'une fois au même endroit (409 `conflict`). Avec le cookie de session, l'en-tête `Content-Type: application/json` est obligatoire.",
    tags: ["Documents"],
    security: SIGNED_IN,
    request: { params: DocumentParams, body: { required: true, content: { "application/json": { schema: AttachmentBody } } } },
    responses: {
      201: jsonResponse("Le rattachement créé.", Attachment),
      ...errorResponses(400, 401, 403, 404, 409, 413, 422),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/search",
    operationId: "search",
    summary: "Rechercher dans le site",
    description:
      "Recherche plein texte dans les rencontres (avec leur programme et leurs intervenants), les ressources, les documents (y compris le texte des PDF) et, pour les membres et l'équipe, l'annuaire. Seul ce que le rôle actuel du compte peut voir est renvoyé, comme sur la page /recherche.",
    tags: ["Recherche"],
    security: OPTIONALLY_SIGNED_IN,
    request: { query: SearchQuery },
    responses: {
      200: jsonResponse("Une page de résultats.", SearchPage),
      ...errorResponses(401, 422),
    },
  });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: `API de la plateforme ${SITE_NAME}`,
      version: "1.0.0",
      description: [
        "API JSON des rencontres du réseau IREV, des inscriptions, des publications et de la bibliothèque.",
        "",
        "- **Authentification** : jeton personnel (`Authorization: Bearer <jeton>`) ou cookie de session du site. Les droits sont ceux du rôle actuel du compte.",
        "- **Erreurs** : `{ \"error\": { \"code\": \"…\", \"message\": \"…\", \"fields\": { … } } }`, message en français, code stable.",
        "- **Dates** : instants ISO 8601 en UTC, à afficher dans le fuseau `time_zone` (Europe/Paris) ; `all_day` signale une rencontre sur des journées entières, `time_known` à faux une rencontre dont seule la date est connue : afficher alors la date sans heure.",
        "- **Noms** : champs en snake_case.",
      ].join("\n"),
    },
    tags: [
      { name: "Rencontres", description: "Agenda du réseau." },
      { name: "Inscriptions", description: "Inscriptions de l'utilisateur authentifié." },
      { name: "Publications", description: "Comptes rendus et actualités du réseau." },
      { name: "Documents", description: "Bibliothèque de PDF : consultation pour tous selon leurs droits ; import en nombre et rattachement aux rencontres et publications réservés à l'équipe de l'IREV." },
      { name: "Recherche", description: "Recherche plein texte dans ce que le lecteur peut voir." },
      { name: "Documentation", description: "Description de l'API." },
    ],
  });
}

export const openApiDocument = buildDocument();
