import type { AgendaItemKind, MeetingKind, MeetingStatus, QuestionKind } from "./schema";

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  rencontre_reseau: "Rencontre de réseau",
  journee_regionale: "Journée régionale – Jeudi de la ville",
  cycle_qualification: "Cycle de qualification",
  atelier: "Atelier",
  assemblee_generale: "Assemblée générale",
  visite: "Visite",
};

export const AGENDA_KIND_LABELS: Record<AgendaItemKind, string> = {
  accueil: "Accueil",
  intervention: "Intervention",
  table_ronde: "Table ronde",
  atelier: "Atelier",
  pause: "Pause",
  visite: "Visite",
  conclusion: "Conclusion",
};

export const DEPARTMENT_LABELS: Record<string, string> = {
  "02": "Aisne (02)",
  "59": "Nord (59)",
  "60": "Oise (60)",
  "62": "Pas-de-Calais (62)",
  "80": "Somme (80)",
};

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  draft: "Brouillon",
  published: "Publiée",
  cancelled: "Annulée",
};

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  text: "Texte court",
  textarea: "Texte long",
  choice: "Choix unique",
  multiple: "Choix multiple",
  yes_no: "Oui / non",
};
