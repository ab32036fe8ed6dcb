import type { Metadata } from "next";
import type { ReactNode } from "react";
import { publicPageMetadata } from "@/lib/discovery/metadata";
import Link from "next/link";
import { MembersOnlyNotice } from "@/components/ui/members-only-notice";
import { notFound } from "next/navigation";
import { AttachmentList } from "@/components/documents/attachment-list";
import { ContactCards } from "@/components/contacts/contact-cards";
import { ReportBodyHtml, ReportLinks } from "@/components/publications/report-body";
import { ReportJsonLd } from "@/components/site/json-ld";
import { canDownload } from "@/lib/documents/access";
import type { Role } from "@/lib/people/schema";
import { contentViewOf } from "@/lib/people/roles";
import { REPORT_KIND_LABELS } from "@/lib/publications/labels";
import { cachedReport } from "@/lib/publications/cached";
import { formatDate, formatStamp, TIME_ZONE } from "@/lib/time";

export async function reportMetadata(slug: string, role: Role | null): Promise<Metadata> {
  const result = await cachedReport(slug, contentViewOf(role));
  if (!result) return { title: "Publication introuvable" };
  if (result.restricted) return { title: "Publication réservée aux membres" };
  const { report, themes } = result;
  return publicPageMetadata({
    title: report.title,
    description: report.summary,
    path: `/ressources/${report.slug}`,
    themes,
    article: {
      publishedTime: report.publishedAt,
      modifiedTime: report.modifiedAt,
      section: REPORT_KIND_LABELS[report.kind],
      tags: themes.map((theme) => theme.name),
    },
  });
}

/** "08 janvier 2018", as the former site dated its publications. */
const publishedDateFormatter = new Intl.DateTimeFormat("fr-FR", { timeZone: TIME_ZONE, day: "2-digit", month: "long", year: "numeric" });

/**
 * A report as its reader may see it: `role` null for visitors (the cached public page), the reader's own otherwise;
 * `favourite` the signed-in reader's favourite button, read for the request.
 */
export async function ReportView({ slug, role, favourite }: { slug: string; role: Role | null; favourite?: (report: { id: string; title: string }) => ReactNode }) {
  const result = await cachedReport(slug, contentViewOf(role));
  if (!result) notFound();
  if (result.restricted) {
    return (
      <MembersOnlyNotice
        heading="Publication réservée aux membres"
        statement="Cette publication est réservée aux membres du réseau."
        toRead="la lire"
        returnTo={`/ressources/${slug}`}
        signedIn={role !== null}
      />
    );
  }

  const { report, themes, meeting, attachments, annexedContacts, body } = result;
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="mb-6 text-sm">
        <ol className="flex flex-wrap gap-x-2">
          <li>
            <Link href="/">Accueil</Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li aria-current="page" className="text-muted">
            {report.title}
          </li>
        </ol>
      </nav>

      <article className="card">
        <ReportJsonLd report={report} themes={themes} />
        <header className="mb-6 border-b border-line pb-4">
          <p className="badge mb-3">{REPORT_KIND_LABELS[report.kind]}</p>
          <h1 className="mb-3 text-3xl font-bold">{report.title}</h1>
          <p className="text-sm text-muted">
            {report.publishedAt && (
              <>
                Publié le <time dateTime={report.publishedAt.toISOString()}>{publishedDateFormatter.format(report.publishedAt)}</time>
              </>
            )}
            {report.publishedAt && report.modifiedAt && " – "}
            {report.modifiedAt && (
              <>
                modifié le <time dateTime={report.modifiedAt.toISOString()}>{formatStamp(report.modifiedAt)}</time>
              </>
            )}
          </p>
          {favourite && <div className="mt-3">{favourite(report)}</div>}
          {themes.length > 0 && (
            <div className="mt-3 flex flex-wrap items-baseline gap-2 text-sm">
              <span id="thematiques" className="font-semibold">Thématiques :</span>
              <ul aria-labelledby="thematiques" className="flex flex-wrap gap-2">
                {themes.map((theme) => (
                  <li key={theme.slug}>
                    <Link href={`/thematiques/${theme.slug}`} className="badge">
                      {theme.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {meeting && (
            <p className="mt-3">
              Rencontre liée : <Link href={`/rencontres/${meeting.slug}`}>{meeting.title}</Link>{" "}
              <span className="text-muted">
                (<time dateTime={meeting.startsAt.toISOString()}>{formatDate(meeting.startsAt)}</time>)
              </span>
            </p>
          )}
        </header>

        <ReportBodyHtml html={body.html} />

        {annexedContacts.length > 0 && (
          <section id="annexe" aria-labelledby="annexe-titre" className="mt-8">
            <h2 id="annexe-titre" className="mb-3 text-2xl font-bold">
              Annexe : contacts
            </h2>
            <ContactCards contacts={annexedContacts} />
          </section>
        )}

        {attachments.length > 0 && (
          <section aria-labelledby="fichiers-joints" className="mt-8">
            <h2 id="fichiers-joints" className="mb-3 text-2xl font-bold">
              Fichiers joints
            </h2>
            <AttachmentList items={attachments} canSeeMembersFiles={canDownload("members", role)} />
          </section>
        )}

        {report.sourceUrl && (
          <p className="mt-6">
            Source : <a href={report.sourceUrl}>{report.sourceName ?? report.sourceUrl}</a>
          </p>
        )}

        <ReportLinks links={body.links} headingId="liens" />
      </article>
    </>
  );
}
