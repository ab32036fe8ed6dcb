import type { ReportKind, ReportStatus } from "./schema";

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  compte_rendu: "Compte rendu",
  actualite: "Actualité",
  fiche_experience: "Fiche expérience",
  point_actus: "Point d'actus",
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: "Brouillon",
  in_review: "En relecture",
  published: "Publié",
  archived: "Archivé",
};

/** Where the next version of a published report stands. */
export const PENDING_STATUS_LABELS: Record<"draft" | "in_review", string> = {
  draft: "Nouvelle version en brouillon",
  in_review: "Nouvelle version en relecture",
};
