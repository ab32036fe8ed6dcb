import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { countUsers } from "@/lib/people/service";
import { countOutboxByStatus } from "@/lib/mail/outbox";
import { outboxHref } from "@/lib/mail/filters";
import { plural } from "@/lib/format";
import { staffMeetingSummary, staffMeetingsHref } from "@/lib/meetings/staff-list";

export const metadata: Metadata = { title: "Administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

export default async function AdminHomePage() {
  const user = await requirePageUser("staff", "/admin");
  const meetingSummary = staffMeetingSummary(db, { userId: user.id });
  const pendingAccounts = countUsers(db).find((u) => u.role === "pending" && u.status === "active")?.n ?? 0;
  const { queued, failed } = countOutboxByStatus(db);
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">Administration</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        <li className="card">
          <h2 className="mb-2 text-xl font-bold"><Link href="/admin/rencontres">Rencontres</Link></h2>
          <p>
            {meetingSummary.drafts === 0 ? (
              "Aucune rencontre en brouillon."
            ) : (
              <Link href={staffMeetingsHref({ statut: "draft" })}>{plural(meetingSummary.drafts, "rencontre")} en brouillon</Link>
            )}
          </p>
          <p>
            {meetingSummary.withPendingRequests === 0
              ? "Aucune demande d'inscription à valider."
              : `${plural(meetingSummary.withPendingRequests, "rencontre")} avec des demandes d'inscription à valider.`}
          </p>
        </li>
        <li className="card">
          <h2 className="mb-2 text-xl font-bold"><Link href="/admin/membres">Membres</Link></h2>
          <p>{pendingAccounts === 0 ? "Aucun compte en attente de validation." : `${plural(pendingAccounts, "compte")} en attente de validation.`}</p>
        </li>
        <li className="card">
          <h2 className="mb-2 text-xl font-bold"><Link href="/admin/courriels">Courriels</Link></h2>
          <p>{queued === 0 ? "Aucun courriel en attente d'envoi." : `${plural(queued, "courriel")} en attente d'envoi.`}</p>
          {failed > 0 && (
            <p className="mt-2 font-semibold">
              <Link href={outboxHref({ statut: "failed" })}>{plural(failed, "courriel")} en échec&nbsp;: à renvoyer</Link>
            </p>
          )}
        </li>
      </ul>
    </div>
  );
}
