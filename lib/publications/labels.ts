import type { ReportKind } from "./schema";

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  compte_rendu: "Compte rendu",
  actualite: "Actualité",
  fiche_experience: "Fiche expérience",
  point_actus: "Point d'actus",
};
