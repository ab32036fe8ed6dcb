import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { outboxHref, parseOutboxSearch } from "@/lib/mail/filters";
import { searchOutbox } from "@/lib/mail/queries";
import { EMAIL_KIND_LABELS, OUTBOX_STATUS_LABELS } from "@/lib/mail/labels";
import { EMAIL_KINDS, OUTBOX_STATUSES } from "@/lib/mail/schema";
import { formatDateTime } from "@/lib/time";
import { plural } from "@/lib/format";
import { FilterSelect, SearchField } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { RESEND_FORM_ID, ResendForm, SelectAll } from "./forms";

export const metadata: Metadata = { title: "Courriels – administration" };

/* Reads the signed-in user: rendered for each request. */
export const instant = false;

/** The outbox: every e-mail the platform wrote, delivered or not (without SMTP, they stay here), filtered and paged. */
export default async function OutboxPage({ searchParams }: PageProps<"/admin/courriels">) {
  await requirePageUser("staff", "/admin/courriels");
  const search = parseOutboxSearch(await searchParams);
  const result = searchOutbox(db, search);
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  const smtpConfigured = Boolean(process.env.SMTP_URL);
  const anyFailed = result.items.some((email) => email.status === "failed");
  const filtered = Boolean(search.statut || search.type || search.destinataire);

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">Courriels</h1>
      <p className="mb-2 text-muted">
        {smtpConfigured
          ? "Les courriels sont envoyés par le serveur SMTP configuré ; les échecs sont retentés, puis abandonnés après plusieurs essais : renvoyez-les ici."
          : "Aucun serveur SMTP n'est configuré : les courriels restent ici, en attente d'envoi."}
      </p>
      <p className="mb-6">
        <Link href="/admin/courriels/modeles">Modèles de courriels</Link>&nbsp;: chaque courriel que la plateforme envoie, avec un exemple.
      </p>

      <form method="get" action="/admin/courriels" className="card mb-6 grid gap-4 lg:grid-cols-4 lg:items-end" aria-label="Filtrer les courriels">
        <FilterSelect
          id="filtre-statut"
          name="statut"
          label="Statut"
          allLabel="Tous les statuts"
          value={search.statut}
          options={OUTBOX_STATUSES.map((status) => ({ value: status, label: OUTBOX_STATUS_LABELS[status] }))}
        />
        <FilterSelect
          id="filtre-type"
          name="type"
          label="Type de courriel"
          allLabel="Tous les types"
          value={search.type}
          options={EMAIL_KINDS.map((kind) => ({ value: kind, label: EMAIL_KIND_LABELS[kind] }))}
        />
        <SearchField id="filtre-destinataire" name="destinataire" label="Destinataire" hint="Tout ou partie de l'adresse" value={search.destinataire} />
        <div className="flex gap-2">
          <button type="submit" className="btn">Filtrer</button>
          <Link href={outboxHref({})} className="btn btn-secondary">Effacer</Link>
        </div>
      </form>

      <ResendForm selectable={anyFailed} />

      {result.total === 0 ? (
        <p>{filtered ? "Aucun courriel ne correspond à ces critères." : "Aucun courriel."}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="mb-2 text-left font-semibold">
              Courriels – {plural(result.total, "résultat")}, du plus récent au plus ancien
              {pages > 1 ? ` (page ${result.page} sur ${pages})` : ""}
            </caption>
            <thead>
              <tr className="border-b-2 border-brand text-left">
                <th scope="col" className="p-2">
                  {anyFailed ? <SelectAll /> : <span className="sr-only">Sélection</span>}
                </th>
                <th scope="col" className="p-2">Objet</th>
                <th scope="col" className="p-2">Destinataire</th>
                <th scope="col" className="p-2">Type</th>
                <th scope="col" className="p-2">Écrit le</th>
                <th scope="col" className="p-2">Statut</th>
                <th scope="col" className="p-2">Actions</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((email) => (
                <tr key={email.id} className="border-b border-line align-top">
                  <td className="p-2">
                    {email.status === "failed" && (
                      <input
                        type="checkbox"
                        form={RESEND_FORM_ID}
                        name="ids"
                        value={email.id}
                        aria-label={`Sélectionner le courriel « ${email.subject} » à ${email.to}`}
                        className="size-4"
                      />
                    )}
                  </td>
                  <th scope="row" className="p-2 text-left font-semibold">
                    <Link href={`/admin/courriels/${email.id}`}>{email.subject}</Link>
                  </th>
                  <td className="p-2 break-all">{email.to}</td>
                  <td className="p-2">{EMAIL_KIND_LABELS[email.kind]}</td>
                  <td className="p-2">{formatDateTime(email.createdAt)}</td>
                  <td className="p-2">
                    {OUTBOX_STATUS_LABELS[email.status]}
                    {email.status !== "sent" && email.attempts > 0 && <span className="block text-muted">{plural(email.attempts, "essai")}</span>}
                    {email.status !== "sent" && email.lastError && <span className="block text-muted">Dernière erreur : {email.lastError}</span>}
                  </td>
                  <td className="p-2">
                    {email.status === "failed" && (
                      <button type="submit" form={RESEND_FORM_ID} name="un" value={email.id} className="btn btn-secondary">
                        Renvoyer<span className="sr-only"> le courriel « {email.subject}&nbsp;» à {email.to}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Pagination page={result.page} pages={pages} hrefFor={(n) => outboxHref(search, { page: n })} />
    </div>
  );
}
