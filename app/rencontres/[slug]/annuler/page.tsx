import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { getMeetingBySlug } from "@/lib/meetings/queries";
import { findLiveRegistration } from "@/lib/registrations/queries";
import { cancellationFromQuery, cancellationMessage, onlineCancellationRefusal } from "@/lib/registrations/cancellation";
import { readSettings } from "@/lib/settings/queries";
import { formatSpan } from "@/lib/time";
import { CancelConfirmation } from "@/components/meetings/registration-forms";

export const metadata: Metadata = { title: "Annuler mon inscription" };
export const instant = false;

/** Where "Annuler mon inscription" leads when the page's scripts do not run: the question the dialog would ask. */
export default async function CancelRegistrationPage({ params, searchParams }: PageProps<"/rencontres/[slug]/annuler">) {
  const { slug } = await params;
  const outcome = cancellationFromQuery(await searchParams);
  const user = await requirePageUser("pending", `/rencontres/${slug}/annuler`);
  const meeting = getMeetingBySlug(db, slug, user.role);
  if (!meeting) notFound();
  const mine = findLiveRegistration(db, meeting.id, user.id);
  const waitlisted = mine?.status === "waitlisted";
  const closed = onlineCancellationRefusal(meeting, readSettings(db).identity.contactEmail, new Date());

  return (
    <div className="max-w-2xl">
      <nav aria-label="Fil d'Ariane" className="mb-4 text-sm">
        <ol className="flex flex-wrap gap-2">
          <li><Link href="/rencontres">Rencontres</Link> <span aria-hidden="true">›</span></li>
          <li><Link href={`/rencontres/${meeting.slug}`}>{meeting.title}</Link> <span aria-hidden="true">›</span></li>
          <li aria-current="page">Annulation</li>
        </ol>
      </nav>
      <h1 className="mb-4 text-3xl font-bold">{waitlisted ? "Quitter la liste d'attente ?" : "Annuler votre inscription ?"}</h1>
      <p className="mb-1 font-semibold">{`« ${meeting.title} »`}</p>
      <p className="mb-6">{formatSpan(meeting)}</p>
      <CancelConfirmation
        meetingId={meeting.id}
        slug={meeting.slug}
        waitlisted={waitlisted}
        registered={mine !== undefined}
        closed={closed?.message ?? null}
        done={outcome && cancellationMessage(outcome)}
      />
    </div>
  );
}
