import type { MeetingQuestion } from "@/lib/meetings/schema";
import { parisParts } from "@/lib/time";
import { formalName } from "@/lib/people/names";
import { REGISTRATION_STATUS_LABELS } from "./labels";
import type { Registrant } from "./queries";
import { REGISTRANT_COLUMN_LABELS, type RegistrantColumn } from "./registrant-search";

/** "30/11/2026 14:05" in Paris time: the date and time French Excel reads as such. */
export function frenchStamp(instant: Date): string {
  const p = parisParts(instant);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(p.day)}/${two(p.month)}/${p.year} ${two(p.hour)}:${two(p.minute)}`;
}

/**
 * The answers as staff read them, one per question in the questions' order, as given. To be replaced by
 * readableAnswers (lib/registrations/answers.ts) once it lands.
 */
export function answerCells(questions: MeetingQuestion[], answers: Record<string, string>): { label: string; value: string }[] {
  return questions.map((question) => ({ label: question.label, value: answers[question.id] ?? "" }));
}

export type RegistrantCell = string | Date | null;

/** One header of the registrants table: a chosen column, or one question when the answers are shown. */
export type RegistrantHeader = { key: string; label: string };

function plainCells(row: Registrant, column: Exclude<RegistrantColumn, "reponses">): RegistrantCell {
  switch (column) {
    case "email":
      return row.email;
    case "organisation":
      return row.organisation;
    case "departement":
      return row.department;
    case "statut":
      return REGISTRATION_STATUS_LABELS[row.status] + (row.status === "waitlisted" && row.waitlistPosition ? ` (position ${row.waitlistPosition})` : "") + (row.overCapacity ? " – au-delà de la jauge" : "");
    case "code":
      return row.code;
    case "inscription":
      return row.createdAt;
    case "consentement":
      return row.consentAt;
    case "note":
      return row.staffNote || null;
  }
}

/**
 * The registrants as a table of cells, the one source of the Inscrits page and of its exports: the chosen columns in
 * their order, the answers one column per question. The name is apart (`family`/`given`): the page shows it as
 * "DUPONT Jean", the exports in two columns.
 */
export function registrantTable(questions: MeetingQuestion[], rows: Registrant[], columns: readonly RegistrantColumn[]) {
  const answered = questions.filter((question) => !question.retired || rows.some((row) => row.answers[question.id] !== undefined));
  const headers: RegistrantHeader[] = columns.flatMap((column) =>
    column === "reponses" ? answered.map((question) => ({ key: `question:${question.id}`, label: question.label })) : [{ key: column, label: REGISTRANT_COLUMN_LABELS[column] }],
  );
  const body = rows.map((row) => {
    const answers = answerCells(answered, row.answers);
    return {
      registrant: row,
      name: formalName(row),
      family: row.familyName,
      given: row.givenName,
      cells: columns.flatMap((column): RegistrantCell[] => (column === "reponses" ? answers.map((answer) => answer.value || null) : [plainCells(row, column)])),
    };
  });
  return { headers, rows: body };
}
