import type { Metadata } from "next";
import { db } from "@/db/client";
import { answerCounts, answeredWarning } from "@/lib/meetings/questions";
import { staffMeetingPage } from "../meeting";
import { QuestionsEditor } from "./editor";

export const metadata: Metadata = { title: "Questions posées à l'inscription" };

export default async function QuestionsPage({ params }: PageProps<"/admin/rencontres/[slug]/questions">) {
  const { slug } = await params;
  const { meeting } = await staffMeetingPage(slug, "/questions");
  const counts = answerCounts(db, meeting.id);
  const questions = meeting.questions.map((question) => {
    const answers = counts.get(question.id) ?? 0;
    return { ...question, answers, warning: answeredWarning(answers) };
  });
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{`Questions posées à l'inscription à « ${meeting.title} »`}</h1>
      <p className="mb-6 text-muted">
        Elles sont posées dans cet ordre. Une question qui a déjà des réponses garde son type ; la retirer la conserve pour
        que les réponses restent lisibles.
      </p>
      <QuestionsEditor meetingId={meeting.id} slug={meeting.slug} questions={questions} />
    </div>
  );
}
