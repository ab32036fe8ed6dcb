import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatInteger, plural } from "@/lib/format";
import { formatMarkdownTable, formatTextTable, type Column } from "@/lib/operations/text-table";
import { formatDateTime } from "@/lib/time";
import type { DownloadRun } from "./downloads";
import type { Sample } from "./load";
import type { RegistrationCheck, RegistrationRun } from "./registrations";
import type { UploadRun } from "./upload";
import { ROOT } from "./server";

/* What the bench found, three ways: a table on the terminal, the same in Markdown for the README, and JSON. */

export type Profile = "visiteur" | "membre";

export type RouteResult = Sample & {
  route: string;
  profile: Profile;
  connections: number;
  /** Size of the body of one answer, read before the measurement (uncompressed, like the answers measured). */
  bodyBytes: number;
  /** Requests per second ÷ those of the baseline, same run, same number of connections. */
  ratioToBaseline: number;
  runs: Sample[];
};

export type Report = {
  date: string;
  node: string;
  cores: number;
  cpu: string;
  /** The machine's load average over one minute, when the measurements start and when they end: other work skews them. */
  loadAverage: { start: number; end: number };
  warmUpSeconds: number;
  measureSeconds: number;
  runs: number;
  baseline: string;
  results: RouteResult[];
  registrations: RegistrationRun & {
    slug: string;
    capacity: number;
    /** GET of the same meeting in the same run, 10 connections: median of the runs. */
    eventGet: Sample;
    ratioToEventGet: number;
    check: RegistrationCheck;
  };
  upload: UploadRun;
  /** The same 10 MB PDF through the application and from a plain Node static-file server, same run. */
  downloads: DownloadRun;
};

const RESULTS_DIR = path.join(ROOT, "bench", "results");

const oneDecimal = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const ratio = (value: number) => `${twoDecimals.format(value)}×`;

const right = { align: "right" } as const;
const COLUMNS: Column[] = [
  { header: "Route" },
  { header: "Profil" },
  { header: "Connexions", ...right },
  { header: "Requêtes/s", ...right },
  { header: "p50 (ms)", ...right },
  { header: "p99 (ms)", ...right },
  { header: "Octets", ...right },
  { header: "Erreurs + non-2xx", ...right },
  { header: "Rapport", ...right },
];

function rows(results: RouteResult[]): string[][] {
  return results.map((r) => [
    r.route,
    r.profile,
    String(r.connections),
    oneDecimal.format(r.requestsPerSecond),
    oneDecimal.format(r.p50Ms),
    oneDecimal.format(r.p99Ms),
    formatInteger(r.bodyBytes),
    formatInteger(r.errors + r.non2xx),
    ratio(r.ratioToBaseline),
  ]);
}

function registrationLines({ registrations: r }: Report): string[] {
  const { check } = r;
  return [
    `${formatInteger(r.registrations)} inscriptions par l'API (POST /api/v1/events/${r.slug}/registration), une par membre, ${r.inFlight} en parallèle : ` +
      `${oneDecimal.format(r.perSecond)}/s en ${oneDecimal.format(r.seconds)} s (p50 ${oneDecimal.format(r.p50Ms)} ms, p99 ${oneDecimal.format(r.p99Ms)} ms).`,
    `GET /api/v1/events/${r.slug} dans la même exécution, 10 connexions : ${oneDecimal.format(r.eventGet.requestsPerSecond)} requêtes/s ` +
      `(p99 ${oneDecimal.format(r.eventGet.p99Ms)} ms, ${formatInteger(r.eventGet.errors + r.eventGet.non2xx)} erreurs) ; rapport inscriptions/GET : ${ratio(r.ratioToEventGet)}.`,
    `Base après coup : ${formatInteger(check.confirmed)} confirmées pour ${formatInteger(r.capacity)} places, ${formatInteger(check.waitlisted)} en liste d'attente ` +
      `(rangs ${check.waitlistPositions}), ${formatInteger(check.distinctMembers)} membres distincts ; réponses : ${JSON.stringify(r.statuses)}.`,
    check.problems.length === 0 ? "Comptes exacts." : `Comptes faux : ${check.problems.join(" ; ")}.`,
  ];
}

const megabytes = (bytes: number) => `${oneDecimal.format(bytes / 1_000_000)} Mo`;

function uploadLine({ upload: u }: Report): string {
  return (
    `Téléversement d'un PDF de ${megabytes(u.bytes)} (POST /api/v1/documents, jeton équipe) : réponse ${u.status} en ${oneDecimal.format(u.seconds)} s ; ` +
    `mémoire résidente (RSS) du serveur : ${megabytes(u.rssBeforeBytes)} avant, pic à ${megabytes(u.peakRssBytes)} (+${megabytes(u.peakRssBytes - u.rssBeforeBytes)}), vérification PDF.js comprise.`
  );
}

function downloadLine({ downloads: d }: Report): string {
  const rate = (sample: Sample) => `${oneDecimal.format(sample.requestsPerSecond)} téléchargements/s (${megabytes(sample.requestsPerSecond * d.sizeBytes)}/s, p99 ${oneDecimal.format(sample.p99Ms)} ms)`;
  return (
    `PDF de ${megabytes(d.sizeBytes)}, ${d.connections} connexions : par l'application ${rate(d.app)}, ${formatInteger(d.app.errors + d.app.non2xx)} erreurs ; ` +
    `serveur de fichiers Node (node:http + createReadStream) ${rate(d.staticServer)} ; rapport : ${ratio(d.ratio)} (objectif : au moins 0,70×).`
  );
}

function heading(report: Report): string {
  return (
    `Mesure du ${formatDateTime(new Date(report.date))} (heure de Paris), Node ${report.node}, ${report.cores} cœurs (${report.cpu}), ` +
    `charge moyenne de la machine : ${oneDecimal.format(report.loadAverage.start)} au début, ${oneDecimal.format(report.loadAverage.end)} à la fin. ` +
    `Chaque chiffre est la médiane de ${plural(report.runs, "mesure")} de ${report.measureSeconds} s, après ${report.warmUpSeconds} s de chauffe ; ` +
    `rapport : requêtes/s ÷ celles de ${report.baseline} (visiteur) au même nombre de connexions ; erreurs : total de toutes les mesures.`
  );
}

export function printReport(report: Report): void {
  console.log(`\n${heading(report)}\n`);
  console.log(formatTextTable(COLUMNS, rows(report.results)));
  console.log(`\n${registrationLines(report).join("\n")}`);
  console.log(`\n${uploadLine(report)}`);
  console.log(`\nTéléchargement : ${downloadLine(report)}`);
}

/** bench/results/latest.json (every figure, every run) and latest.md (the table the README shows). */
export function writeReport(report: Report): string[] {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = path.join(RESULTS_DIR, "latest.json");
  const markdown = path.join(RESULTS_DIR, "latest.md");
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  const registrations = registrationLines(report).map((line) => `- ${line}`);
  writeFileSync(markdown, [heading(report), formatMarkdownTable(COLUMNS, rows(report.results)), "Inscriptions :", registrations.join("\n")].join("\n\n") + "\n");
  return [json, markdown].map((file) => path.relative(ROOT, file));
}
