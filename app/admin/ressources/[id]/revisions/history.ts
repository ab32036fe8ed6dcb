import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { listRevisions, type RevisionEntry } from "@/lib/publications/revision-history";
import { formatDateTime } from "@/lib/time";

/**
 * The revisions of a report for a back-office page under /admin/ressources/[id]/revisions, once per request: the
 * role is checked again where they are read (lib/publications/revision-history); an unknown report is a 404.
 */
export const staffRevisionHistory = cache(async (reportId: string, subpath: string) => {
  const user = await requirePageUser("staff", `/admin/ressources/${encodeURIComponent(reportId)}/revisions${subpath}`);
  const history = listRevisions(db, { userId: user.id }, reportId);
  if (!history) notFound();
  return { user, history };
});

export const STATE_LABELS = { published: "publiée", pending: "version en attente" } as const;

/** "Version 3 du lundi 30 novembre 2026, 10 h 05, par Claire Martin": a revision named in a sentence or a choice. */
export function revisionName(revision: RevisionEntry): string {
  const state = revision.state ? ` (${STATE_LABELS[revision.state]})` : "";
  return `Version ${revision.number} du ${formatDateTime(revision.createdAt)}, par ${revision.authorName ?? "auteur non renseigné"}${state}`;
}

export function revisionsHref(reportId: string): string {
  return `/admin/ressources/${encodeURIComponent(reportId)}/revisions`;
}
