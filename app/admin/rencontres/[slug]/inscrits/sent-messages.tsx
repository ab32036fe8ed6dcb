import { db } from "@/db/client";
import { plural } from "@/lib/format";
import { listRegistrantMessages, MESSAGE_STATUS_LABELS } from "@/lib/registrations/messages";
import { formatDateTime } from "@/lib/time";

/** The messages written to this meeting's registrants, kept for staff: when, by whom, to whom, and what. */
export function SentMessages({ meetingId }: { meetingId: string }) {
  const messages = listRegistrantMessages(db, meetingId);
  return (
    <section aria-labelledby="titre-messages" className="mb-8">
      <h2 id="titre-messages" className="mb-3 text-2xl font-bold">Messages envoyés aux inscrits</h2>
      {messages.length === 0 ? (
        <p>Aucun message n&apos;a encore été écrit aux inscrits de cette rencontre.</p>
      ) : (
        <ul className="grid gap-3">
          {messages.map((message) => (
            <li key={message.id} className="card">
              <h3 className="text-lg font-bold">{message.subject}</h3>
              <p className="text-sm">
                {formatDateTime(message.createdAt)} · par {message.authorName ?? "un compte supprimé"} · à{" "}
                {plural(message.recipientCount, "personne")} ({message.statuses.map((status) => MESSAGE_STATUS_LABELS[status]).join(", ")})
              </p>
              <details className="mt-2">
                <summary className="cursor-pointer">
                  Texte du message<span className="sr-only"> « {message.subject} »</span>
                </summary>
                <p className="mt-2 whitespace-pre-line">{message.body}</p>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
