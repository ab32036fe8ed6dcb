/* Operator command line: `npm run cli -- <commande>`. It only parses and prints; the work lives in lib/. */
import { randomBytes } from "node:crypto";
import { Command, InvalidArgumentError, Option } from "commander";
import type { z } from "zod";
import { defaultDatabasePath, openDatabase, type Db } from "@/db/open";
import { createApiToken } from "@/lib/api-tokens/service";
import { authSecret } from "@/lib/auth/secret";
import { createSignInLink } from "@/lib/auth/sign-in-link";
import { DomainError } from "@/lib/errors";
import { uploadDirectory } from "@/lib/documents/storage";
import { backupSite, restoreSite } from "@/lib/operations/backup";
import { collectStats, statsRows } from "@/lib/operations/stats";
import { formatTextTable } from "@/lib/operations/text-table";
import { ROLE_LABELS } from "@/lib/people/roles";
import { ROLES, type Role } from "@/lib/people/schema";
import { approveUser, createUser, findUserByEmail, setPassword, type User } from "@/lib/people/service";
import { emailField, familyNameField, givenNameField, passwordField } from "@/lib/people/validation";
import { formatFileSize, formatSpan, formatStampWithSeconds, parseParisDateTime } from "@/lib/time";
import { flushCacheInvalidations } from "@/lib/cache/invalidate";
import { cancelMeetingByIrev, changeMeetingTimeOrPlace } from "@/lib/meetings/changes";
import { getMeetingBySlug, type MeetingDetail } from "@/lib/meetings/queries";
import { formatVenue } from "@/lib/meetings/venue";
import { cancelRegistration } from "@/lib/registrations/service";
import { describeInterval, describeNextRun, JOB_OUTCOME_LABELS } from "@/lib/jobs/labels";
import { JOBS } from "@/lib/jobs/registry";
import { listJobStatuses, runJobsFromCommandLine, type RunResult } from "@/lib/jobs/runner";

type Connection = ReturnType<typeof openDatabase>;

async function withDatabase<T>(work: (connection: Connection) => T | Promise<T>): Promise<T> {
  const connection = openDatabase();
  try {
    return await work(connection);
  } finally {
    connection.sqlite.close();
    /* The running server is told of every change before the command returns, so its pages are fresh at once. */
    await flushCacheInvalidations();
  }
}

function validated<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new DomainError("bad_request", result.error.issues[0]?.message ?? "Valeur invalide.");
  return result.data;
}

function existingUser(db: Db, email: string): User {
  const user = findUserByEmail(db, email);
  if (!user) throw new DomainError("not_found", `Aucun compte n'existe avec l'adresse ${email}.`);
  return user;
}

function existingMeeting(db: Db, slug: string): MeetingDetail {
  const meeting = getMeetingBySlug(db, slug, "staff");
  if (!meeting) throw new DomainError("not_found", `Aucune rencontre n'a l'adresse ${slug}.`);
  return meeting;
}

function parseParisDateTimeOption(value: string): Date {
  const instant = parseParisDateTime(value);
  if (!instant) throw new InvalidArgumentError("attendu : une date et une heure de Paris, AAAA-MM-JJ HH:MM, par exemple 2027-04-01 09:30.");
  return instant;
}

function parseRole(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) throw new InvalidArgumentError(`Rôle inconnu : choisissez parmi ${ROLES.join(", ")}.`);
  return value as Role;
}

/** 24 characters from 144 random bits, well above the sign-up minimum. */
function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/* Commander writes its own parsing errors in English; the operator reads French. */
const COMMANDER_ERRORS: [RegExp, string][] = [
  [/^error: missing required argument '(.+)'/, "argument obligatoire manquant : « $1 »."],
  [/^error: required option '(.+)' not specified/, "option obligatoire manquante : « $1 »."],
  [/^error: option '(.+)' argument missing/, "valeur manquante pour l'option « $1 »."],
  [/^error: option '(.+)' argument '(.*)' is invalid\. ?/, "valeur « $2 » invalide pour l'option « $1 ». "],
  [/^error: unknown option '(.+)'/, "option inconnue : « $1 »."],
  [/^error: unknown command '(.+)'/, "commande inconnue : « $1 »."],
  [/^error: too many arguments.*/, "trop d'arguments."],
  [/\(Did you mean (one of )?(.+)\?\)/, "(Vouliez-vous dire $2 ?)"],
  [/^error: /, ""],
];

function frenchCommanderError(message: string): string {
  const translated = COMMANDER_ERRORS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
  return `Erreur : ${translated}`;
}

const HELP_TITLES: Record<string, string> = {
  "Usage:": "Utilisation :",
  "Options:": "Options :",
  "Commands:": "Commandes :",
  "Arguments:": "Arguments :",
};

const program = new Command("irev")
  .description(`Outils d'exploitation de la plateforme IREV réseau (base : ${defaultDatabasePath()}).`)
  .usage("[options] [commande]")
  .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title })
  .configureOutput({ outputError: (message, write) => write(frenchCommanderError(message)) })
  .helpOption("-h, --help", "afficher l'aide")
  .helpCommand("help [commande]", "afficher l'aide d'une commande")
  .showHelpAfterError("(ajoutez --help pour l'aide)");

program
  .command("create-user")
  .description("Créer un compte dont l'adresse e-mail est considérée comme vérifiée.")
  .requiredOption("--email <adresse>", "adresse e-mail")
  .requiredOption("--prenom <prénom>", "prénom")
  .requiredOption("--nom <nom>", "nom de famille")
  .addOption(new Option("--role <rôle>", `rôle : ${ROLES.join(", ")}`).argParser(parseRole).makeOptionMandatory())
  .option("--password <mot-de-passe>", "mot de passe (sinon le compte n'en a pas : voir reset-password)")
  .option("--token", "créer aussi un jeton d'API et l'afficher (une seule fois)")
  .action((options: { email: string; prenom: string; nom: string; role: Role; password?: string; token?: boolean }) =>
    withDatabase(async ({ db }) => {
      const user = await createUser(db, {
        email: validated(emailField, options.email),
        givenName: validated(givenNameField, options.prenom),
        familyName: validated(familyNameField, options.nom),
        password: options.password === undefined ? undefined : validated(passwordField, options.password),
        role: options.role,
        emailVerified: new Date(),
      });
      console.log(`Compte créé : ${user.name} <${user.email}>, rôle « ${ROLE_LABELS[user.role]} ».`);
      if (!user.passwordHash) console.log("Aucun mot de passe : définissez-en un avec la commande reset-password.");
      if (options.token) {
        const { token } = createApiToken(db, user.id, "Créé en ligne de commande");
        console.log(`Jeton d'API (affiché une seule fois, conservez-le) : ${token}`);
      }
    }),
  );

program
  .command("approve-user")
  .description("Valider un compte en attente : il devient membre et en est informé par e-mail.")
  .argument("<email>", "adresse e-mail du compte")
  .action((email: string) =>
    withDatabase(({ db }) => {
      const user = approveUser(db, "operator", existingUser(db, email).id);
      console.log(`Compte validé : ${user.name} <${user.email}> est maintenant « ${ROLE_LABELS[user.role]} ». Un e-mail l'en informe.`);
    }),
  );

program
  .command("reset-password")
  .description("Changer le mot de passe d'un compte ; sans --password, un mot de passe robuste est généré et affiché.")
  .argument("<email>", "adresse e-mail du compte")
  .option("--password <mot-de-passe>", "nouveau mot de passe")
  .action((email: string, options: { password?: string }) =>
    withDatabase(async ({ db }) => {
      const user = existingUser(db, email);
      const password = options.password === undefined ? generatePassword() : validated(passwordField, options.password);
      await setPassword(db, user.id, password);
      console.log(`Mot de passe changé pour ${user.name} <${user.email}>.`);
      if (options.password === undefined) console.log(`Nouveau mot de passe (à transmettre par un canal sûr) : ${password}`);
    }),
  );

program
  .command("signin-link")
  .description("Afficher un lien de connexion à usage unique, valable 24 heures, pour un compte actif (aucun e-mail n'est envoyé).")
  .argument("<email>", "adresse e-mail du compte")
  .action((email: string) =>
    withDatabase(({ db }) => {
      const link = createSignInLink(db, validated(emailField, email), authSecret());
      console.log(`Lien de connexion pour ${email} (valable 24 heures, utilisable une seule fois ; à transmettre par un canal sûr) :`);
      console.log(link);
    }),
  );

program
  .command("cancel-registration")
  .description("Annuler, à sa demande, l'inscription d'une personne : elle en est informée par e-mail, et la place libérée revient à la première personne en liste d'attente.")
  .argument("<email>", "adresse e-mail du compte")
  .argument("<rencontre>", "adresse courte de la rencontre (la fin de son URL /rencontres/…)")
  .action((email: string, slug: string) =>
    withDatabase(({ db }) => {
      const meeting = existingMeeting(db, slug);
      const user = existingUser(db, email);
      const { promoted } = cancelRegistration(db, { meetingId: meeting.id, userId: user.id, onBehalfBy: "operator" });
      console.log(`Inscription annulée : ${user.name} <${user.email}>, « ${meeting.title} ». Un e-mail l'en informe.`);
      if (promoted.length > 0) console.log(`${promoted.length} personne(s) de la liste d'attente inscrite(s) à la place libérée, et prévenue(s) par e-mail.`);
    }),
  );

type MeetingChangeOptions = { debut?: Date; fin?: Date; lieu?: string; salle?: string; adresse?: string; codePostal?: string; ville?: string };

program
  .command("meeting-change")
  .description(
    "Changer l'horaire ou le lieu d'une rencontre : chaque inscrit en est informé par e-mail, et l'événement est déplacé dans l'agenda des inscrits confirmés.",
  )
  .argument("<rencontre>", "adresse courte de la rencontre (la fin de son URL /rencontres/…)")
  .addOption(new Option("--debut <date-heure>", "nouveau début, heure de Paris : AAAA-MM-JJ HH:MM").argParser(parseParisDateTimeOption))
  .addOption(new Option("--fin <date-heure>", "nouvelle fin, heure de Paris : AAAA-MM-JJ HH:MM").argParser(parseParisDateTimeOption))
  .option("--lieu <nom>", "nom du lieu (une valeur vide l'efface, comme pour les options suivantes)")
  .option("--salle <salle>", "salle")
  .option("--adresse <adresse>", "adresse (numéro et voie)")
  .option("--code-postal <code>", "code postal")
  .option("--ville <ville>", "ville")
  .action((slug: string, options: MeetingChangeOptions) =>
    withDatabase(({ db }) => {
      if (Object.values(options).every((value) => value === undefined)) {
        throw new DomainError("bad_request", "Indiquez au moins une modification : --debut, --fin, --lieu, --salle, --adresse, --code-postal ou --ville.");
      }
      const meeting = existingMeeting(db, slug);
      const result = changeMeetingTimeOrPlace(db, {
        meetingId: meeting.id,
        actor: "operator",
        startsAt: options.debut,
        endsAt: options.fin,
        venueName: options.lieu,
        venueRoom: options.salle,
        venueAddress: options.adresse,
        venuePostcode: options.codePostal,
        venueCity: options.ville,
      });
      if (!result.timeChanged && !result.placeChanged) {
        console.log(`Rien à changer : « ${meeting.title} » a déjà cet horaire et ce lieu. Aucun e-mail n'est envoyé.`);
        return;
      }
      console.log(`Rencontre modifiée : « ${result.meeting.title} », ${formatSpan(result.meeting)}, ${formatVenue(result.meeting) || "lieu à préciser"}.`);
      console.log(`${result.notified} inscrit(e)(s) informé(e)(s) par e-mail ; les inscrits confirmés reçoivent la mise à jour de leur agenda.`);
    }),
  );

program
  .command("meeting-cancel")
  .description("Annuler une rencontre : chaque inscrit en est informé par e-mail avec le motif, et l'événement est retiré de l'agenda des inscrits confirmés.")
  .argument("<rencontre>", "adresse courte de la rencontre (la fin de son URL /rencontres/…)")
  .requiredOption("--motif <texte>", "motif de l'annulation, écrit aux inscrits")
  .action((slug: string, options: { motif: string }) =>
    withDatabase(({ db }) => {
      const meeting = existingMeeting(db, slug);
      const { notified } = cancelMeetingByIrev(db, { meetingId: meeting.id, actor: "operator", reason: options.motif });
      console.log(`Rencontre annulée : « ${meeting.title} ». ${notified} inscrit(e)(s) informé(e)(s) par e-mail.`);
    }),
  );

program
  .command("backup")
  .description("Sauvegarder à chaud, sans arrêter le site, la base et les fichiers déposés : la copie est cohérente et vérifiée.")
  .argument("<dossier>", "dossier de sauvegarde à créer (il doit être absent ou vide)")
  .action((directory: string) =>
    withDatabase(async ({ sqlite }) => {
      const backup = await backupSite(sqlite, directory, uploadDirectory());
      console.log(`Sauvegarde écrite dans ${backup.directory} :`);
      console.log(`- base : ${formatFileSize(backup.database.sizeBytes)}, ${backup.database.pages} pages, intégrité vérifiée ;`);
      console.log(`- fichiers : ${backup.files} (${formatFileSize(backup.filesBytes)}).`);
      if (backup.missingFiles.length > 0) {
        console.error(`Attention : ${backup.missingFiles.length} fichier(s) référencé(s) par la base absent(s) du dossier des fichiers : ${backup.missingFiles.join(", ")}`);
        process.exitCode = 2;
      }
    }),
  );

program
  .command("restore")
  .description("Remettre en place une sauvegarde, site arrêté ; la base remplacée est conservée à côté, renommée.")
  .argument("<dossier>", "dossier écrit par la commande backup")
  .action((directory: string) => {
    const restored = restoreSite(directory, defaultDatabasePath(), uploadDirectory());
    console.log(`Sauvegarde restaurée : ${restored.databasePath} et ${restored.files} fichier(s) dans ${uploadDirectory()}.`);
    if (restored.previousDatabase) console.log(`L'ancienne base est conservée : ${restored.previousDatabase}`);
  });

program
  .command("stats")
  .description("Afficher les chiffres clés : comptes, rencontres, inscriptions, documents, publications, e-mails.")
  .action(() =>
    withDatabase(({ db }) => {
      const rows = statsRows(collectStats(db));
      /* The section name only on its first row, so the groups stand out. */
      const cells = rows.map((row, i) => [row.section === rows[i - 1]?.section ? "" : row.section, row.detail, row.count.toLocaleString("fr-FR")]);
      console.log(`Base : ${defaultDatabasePath()}\n`);
      console.log(formatTextTable([{ header: "Rubrique" }, { header: "Détail" }, { header: "Nombre", align: "right" }], cells));
    }),
  );

const jobsCommand = program
  .command("jobs")
  .usage("[options] [commande]")
  .description("Tâches planifiées : le serveur les lance lui-même ; elles se lancent aussi d'ici (cron), sans jamais doubler celles du serveur.")
  .helpCommand("help [commande]", "afficher l'aide d'une commande");

jobsCommand
  .command("list")
  .description("Lister les tâches : fréquence, prochaine exécution, dernier résultat enregistré.")
  .action(() =>
    withDatabase(({ db }) => {
      const cells = listJobStatuses(db, JOBS).map((status) => [
        status.job.name,
        describeInterval(status.job),
        describeNextRun(status),
        status.lastRun ? `${JOB_OUTCOME_LABELS[status.lastRun.outcome]} (${formatStampWithSeconds(status.lastRun.startedAt)})` : "aucune enregistrée",
      ]);
      console.log(formatTextTable([{ header: "Tâche" }, { header: "Fréquence" }, { header: "Prochaine exécution" }, { header: "Dernière exécution" }], cells));
    }),
  );

function describeRunResult(result: RunResult): string {
  switch (result.status) {
    case "succeeded":
      return `« ${result.job} » : réussie. ${result.summary}`;
    case "failed":
      return `« ${result.job} » : en échec. ${result.error}`;
    case "not_due":
      return `« ${result.job} » : pas encore due (prochaine exécution : ${formatStampWithSeconds(result.nextRunAt)}).`;
    case "busy":
      return `« ${result.job} » : déjà en cours (${result.owner}) ; rien n'a été lancé.`;
  }
}

jobsCommand
  .command("run")
  .description("Lancer une tâche maintenant, due ou non ; sans nom, lancer chaque tâche partagée qui est due (à appeler chaque minute depuis cron).")
  .argument("[nom]", `nom de la tâche : ${JOBS.filter((job) => job.scope === "shared").map((job) => job.name).join(", ")}`)
  .action((name: string | undefined) =>
    withDatabase(async ({ db }) => {
      const results = await runJobsFromCommandLine(db, JOBS, name);
      for (const result of results) console.log(describeRunResult(result));
      /* A failure, or a named job that could not run, is an error for cron; due-or-not without a name is not. */
      if (results.some((result) => result.status === "failed" || (name !== undefined && result.status === "busy"))) process.exitCode = 1;
    }),
  );

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof DomainError) {
    console.error(`Erreur : ${error.message}`);
    for (const message of Object.values(error.fieldErrors)) console.error(`- ${message}`);
  } else {
    console.error(`Erreur inattendue : ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
