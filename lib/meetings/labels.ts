import type { AgendaItemKind, MeetingKind, MeetingStatus, QuestionKind } from "./schema";

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  rencontre_reseau: "Rencontre de réseau",
  journee_regionale: "Journée régionale – Jeudi de la ville",
  cycle_qualification: "Cycle de qualification",
  atelier: "Atelier",
  assemblee_generale: "Assemblée générale",
  visite: "Visite",
};

/** The kind of meeting as it follows "a participé" in a sentence, with its preposition and article. */
const MEETING_KIND_AFTER_PARTICIPATED: Record<MeetingKind, string> = {
  rencontre_reseau: "à la rencontre de réseau",
  journee_regionale: "à la journée régionale – Jeudi de la ville",
  cycle_qualification: "au cycle de qualification",
  atelier: "à l'atelier",
  assemblee_generale: "à l'assemblée générale",
  visite: "à la visite",
};

/**
 * "à l'atelier", "au cycle de qualification"… for a kind's label as stored on an attestation; null for a label no kind
 * has any more (the attestation keeps the label it was issued with).
 */
export function participatedInKind(label: string): string | null {
  const kind = (Object.keys(MEETING_KIND_LABELS) as MeetingKind[]).find((candidate) => MEETING_KIND_LABELS[candidate] === label);
  return kind ? MEETING_KIND_AFTER_PARTICIPATED[kind] : null;
}

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
