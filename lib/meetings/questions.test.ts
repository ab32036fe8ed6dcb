import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { register } from "@/lib/registrations/service";
import { readableAnswers } from "@/lib/registrations/answers";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { moveQuestion, removeQuestion, saveQuestion, type QuestionInput } from "./questions";
import { meetings } from "./schema";

const question = (label: string, overrides: Partial<QuestionInput> = {}): QuestionInput => ({ label, kind: "text", required: false, help: "", options: [], ...overrides });

function setup() {
  const db = freshDatabase();
  const meeting = insertMeeting(db);
  const staff = { userId: insertUser(db, "staff").id };
  const questionsOf = () => db.select().from(meetings).where(eq(meetings.id, meeting.id)).get()!.questions;
  return { db, meeting, staff, questionsOf };
}

describe("meeting questions", () => {
  it("adds every kind, refuses a choice without two distinct options, reorders the asked ones", () => {
    const { db, meeting, staff, questionsOf } = setup();
    saveQuestion(db, staff, meeting.id, null, question("Régime"));
    saveQuestion(db, staff, meeting.id, null, question("Atelier", { kind: "choice", required: true, options: ["A", "B"], help: "Un seul" }));
    saveQuestion(db, staff, meeting.id, null, question("Déjeuner", { kind: "yes_no", options: ["ignorée"] }));
    expect(refusal(() => saveQuestion(db, staff, meeting.id, null, question("Sujets", { kind: "multiple", options: ["A"] }))).fieldErrors).toEqual({
      options: "Donnez au moins deux propositions, une par ligne.",
    });
    expect(questionsOf().map((q) => [q.label, q.kind, q.options, q.help])).toEqual([
      ["Régime", "text", undefined, undefined],
      ["Atelier", "choice", ["A", "B"], "Un seul"],
      ["Déjeuner", "yes_no", undefined, undefined],
    ]);
    const moved = moveQuestion(db, staff, meeting.id, questionsOf()[2]!.id, "up");
    expect(moved).toEqual({ title: "Déjeuner", position: 2, total: 3 });
    expect(questionsOf().map((q) => q.label)).toEqual(["Régime", "Déjeuner", "Atelier"]);
    expect(refusal(() => moveQuestion(db, staff, meeting.id, questionsOf()[0]!.id, "up")).code).toBe("conflict");
  });

  it("asks for confirmation before changing an answered question, keeps the former label and old answers readable", () => {
    const { db, meeting, staff, questionsOf } = setup();
    const asked = saveQuestion(db, staff, meeting.id, null, question("Atelier", { kind: "choice", options: ["A", "B"] }));
    const member = insertUser(db);
    register(db, { meetingId: meeting.id, userId: member.id, answers: { [asked.id]: "A" } });

    const changed = question("Atelier de l'après-midi", { kind: "choice", options: ["B", "C"] });
    const warned = refusal(() => saveQuestion(db, staff, meeting.id, asked.id, changed));
    expect(warned.code).toBe("conflict");
    expect(warned.message).toMatch(/^1 personne a déjà répondu\u00a0:/);
    expect(warned.fieldErrors).toEqual({ confirm: "Cochez la case pour confirmer le changement de sens." });
    expect(refusal(() => saveQuestion(db, staff, meeting.id, asked.id, { ...changed, kind: "multiple" }, true)).fieldErrors?.kind).toMatch(/type de réponse/);

    saveQuestion(db, staff, meeting.id, asked.id, changed, true);
    expect(questionsOf()[0]).toMatchObject({ label: "Atelier de l'après-midi", options: ["B", "C"], previousLabels: ["Atelier"] });
    /* A change that keeps the meaning (required, help) needs no confirmation. */
    saveQuestion(db, staff, meeting.id, asked.id, { ...changed, required: true, help: "Places limitées" });
    const answers = db.select().from(meetings).where(eq(meetings.id, meeting.id)).get()!;
    expect(readableAnswers(answers.questions, { [asked.id]: "A" })[0]).toMatchObject({ label: "Atelier de l'après-midi", previousLabels: ["Atelier"], text: "A" });
  });

  it("retires an answered question instead of deleting it, and deletes one nobody answered", () => {
    const { db, meeting, staff, questionsOf } = setup();
    const answered = saveQuestion(db, staff, meeting.id, null, question("Régime"));
    const unanswered = saveQuestion(db, staff, meeting.id, null, question("Covoiturage"));
    register(db, { meetingId: meeting.id, userId: insertUser(db).id, answers: { [answered.id]: "végétarien" } });
    expect(removeQuestion(db, staff, meeting.id, answered.id)).toEqual({ label: "Régime", retired: true });
    expect(removeQuestion(db, staff, meeting.id, unanswered.id)).toEqual({ label: "Covoiturage", retired: false });
    expect(questionsOf()).toEqual([{ id: answered.id, label: "Régime", kind: "text", required: false, retired: true }]);
    /* No longer asked: a new registration cannot answer it. */
    expect(refusal(() => register(db, { meetingId: meeting.id, userId: insertUser(db).id, answers: { [answered.id]: "x" } })).code).toBe("validation_failed");
  });

  it("checks the actor's role in the database", () => {
    const { db, meeting } = setup();
    expect(refusal(() => saveQuestion(db, { userId: insertUser(db, "member").id }, meeting.id, null, question("X"))).code).toBe("forbidden");
  });
});
