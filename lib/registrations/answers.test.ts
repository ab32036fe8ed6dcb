import { describe, expect, it } from "vitest";
import type { MeetingQuestion } from "@/lib/meetings/schema";
import { askedQuestions, parseAnswers, readableAnswers } from "./answers";

const questions: MeetingQuestion[] = [
  { id: "regime", label: "Régime alimentaire", kind: "text", required: false },
  { id: "besoins", label: "Besoins d'accessibilité", kind: "textarea", required: false },
  { id: "atelier", label: "Atelier", kind: "choice", required: true, options: ["A", "B"] },
  { id: "sujets", label: "Sujets", kind: "multiple", required: false, options: ["Emploi", "Santé", "Europe"] },
  { id: "repas", label: "Déjeuner sur place", kind: "yes_no", required: true },
  { id: "ancienne", label: "Covoiturage", kind: "text", required: true, retired: true },
];

describe("parseAnswers", () => {
  it("accepts every kind and stores a multiple choice as its options in the question's order", () => {
    const parsed = parseAnswers(questions, { regime: " végétarien ", besoins: "Rampe\naccès", atelier: "B", sujets: ["Europe", "Emploi"], repas: "Oui" });
    expect(parsed).toEqual({
      ok: true,
      answers: { regime: "végétarien", besoins: "Rampe\naccès", atelier: "B", sujets: "Emploi\nEurope", repas: "Oui" },
    });
    expect(parseAnswers(questions, { atelier: "A", sujets: "Santé", repas: "Non" })).toEqual({ ok: true, answers: { atelier: "A", sujets: "Santé", repas: "Non" } });
  });

  it("refuses what a question does not offer, by field", () => {
    const parsed = parseAnswers(questions, { atelier: "C", sujets: ["Emploi", "Logement"], repas: "Peut-être" });
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: {
        "answers.atelier": "Choisissez une des propositions pour « Atelier ».",
        "answers.sujets": "Cochez uniquement des propositions de « Sujets ».",
        "answers.repas": "Répondez « Oui » ou « Non » à « Déjeuner sur place ».",
      },
    });
  });

  it("asks for required answers and never asks a retired question", () => {
    const parsed = parseAnswers(questions, { ancienne: "oui" });
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: {
        "answers.atelier": "Veuillez répondre à « Atelier ».",
        "answers.repas": "Veuillez répondre à « Déjeuner sur place ».",
        "answers.ancienne": "Cette rencontre ne pose pas de question « ancienne » : retirez cette réponse.",
      },
    });
    expect(askedQuestions(questions).map((q) => q.id)).not.toContain("ancienne");
  });

  it("refuses hostile input: objects, numbers, nested arrays, huge texts, inherited keys", () => {
    const parsed = parseAnswers(questions, {
      regime: { $ne: "" },
      besoins: "x".repeat(1001),
      atelier: ["A"],
      sujets: [["Emploi"]],
      repas: 1,
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.fieldErrors).sort()).toEqual(["answers.atelier", "answers.besoins", "answers.regime", "answers.repas", "answers.sujets"]);
    const proto = parseAnswers(questions, JSON.parse('{"__proto__": {"atelier": "A"}, "repas": "Oui"}'));
    expect(proto.ok).toBe(false);
    expect(parseAnswers(questions, { atelier: "A", repas: "Oui", sujets: Array(101).fill("Emploi") }).ok).toBe(false);
  });
});

describe("readableAnswers", () => {
  it("gives label and answer of every answered question, retired ones, former wordings and removed options included", () => {
    const asked: MeetingQuestion[] = [
      { id: "atelier", label: "Atelier de l'après-midi", kind: "choice", required: true, options: ["B"], previousLabels: ["Atelier"] },
      { id: "sujets", label: "Sujets", kind: "multiple", required: false, options: ["Emploi"] },
      { id: "regime", label: "Régime", kind: "text", required: false },
      { id: "ancienne", label: "Covoiturage", kind: "yes_no", required: false, retired: true },
    ];
    expect(readableAnswers(asked, { atelier: "A", sujets: "Emploi\nSanté", ancienne: "Oui", disparue: "x" })).toEqual([
      { questionId: "atelier", label: "Atelier de l'après-midi", previousLabels: ["Atelier"], retired: false, values: ["A"], text: "A" },
      { questionId: "sujets", label: "Sujets", previousLabels: [], retired: false, values: ["Emploi", "Santé"], text: "Emploi, Santé" },
      { questionId: "ancienne", label: "Covoiturage", previousLabels: [], retired: true, values: ["Oui"], text: "Oui" },
      { questionId: "disparue", label: "disparue", previousLabels: [], retired: true, values: ["x"], text: "x" },
    ]);
  });
});
