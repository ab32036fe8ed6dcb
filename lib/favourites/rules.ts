import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/open";
import { canDownload } from "@/lib/documents/access";
import { documentSummaryColumns } from "@/lib/documents/queries";
import { documents } from "@/lib/documents/schema";
import { DomainError } from "@/lib/errors";
import { meetings } from "@/lib/meetings/schema";
import { canSeeMeeting } from "@/lib/meetings/visibility";
import { assertActorRole } from "@/lib/people/actor";
import { hasRole } from "@/lib/people/roles";
import type { Role } from "@/lib/people/schema";
import { users } from "@/lib/people/schema";
import { canReadMembersReports } from "@/lib/publications/queries";
import { reports } from "@/lib/publications/schema";
import { favourites } from "./schema";

/*
 * "Favoris": approved members (and the team) bookmark a meeting, a report or a document they may see. Personal data:
 * read and written per request, never cached with the pages.
 */

export const FAVOURITE_KINDS = ["rencontre", "publication", "document"] as const;
export type FavouriteKind = (typeof FAVOURITE_KINDS)[number];
export type FavouriteTarget = { kind: FavouriteKind; id: string };

/** Who keeps favourites: approved members and the IREV team, not visitors nor accounts awaiting approval. */
export function canKeepFavourites(role: Role | null | undefined): boolean {
  return hasRole(role, "member");
}

const COLUMN = { rencontre: favourites.meetingId, publication: favourites.reportId, document: favourites.documentId } as const;
const FIELD = { rencontre: "meetingId", publication: "reportId", document: "documentId" } as const;

/** Whether this role may see the target now: a meeting that is not a draft, a published report it may read, a file it may download. */
function targetVisible(db: DbOrTx, target: FavouriteTarget, role: Role): boolean {
  if (target.kind === "rencontre") {
    const meeting = db.select({ status: meetings.status }).from(meetings).where(eq(meetings.id, target.id)).get();
    return Boolean(meeting && canSeeMeeting(meeting.status, role));
  }
  if (target.kind === "publication") {
    const report = db.select({ status: reports.status, visibility: reports.visibility }).from(reports).where(eq(reports.id, target.id)).get();
    return Boolean(report && report.status === "published" && (report.visibility === "public" || canReadMembersReports(role)));
  }
  const document = db.select({ visibility: documents.visibility }).from(documents).where(eq(documents.id, target.id)).get();
  return Boolean(document && canDownload(document.visibility, role));
}

function roleOf(db: DbOrTx, userId: string): Role {
  return db.select({ role: users.role }).from(users).where(eq(users.id, userId)).get()!.role;
}

/** Adds a favourite; adding one twice changes nothing. Refused to anyone but members, and for what they may not see. */
export function addFavourite(db: Db, userId: string, target: FavouriteTarget): void {
  db.transaction((tx) => {
    assertActorRole(tx, { userId }, "member");
    if (!targetVisible(tx, target, roleOf(tx, userId))) throw new DomainError("not_found", "Cet élément n'existe plus ou ne vous est pas accessible.");
    tx.insert(favourites)
      .values({ userId, [FIELD[target.kind]]: target.id })
      .onConflictDoNothing()
      .run();
  });
}

/** Removes a favourite; removing one that is not there changes nothing. */
export function removeFavourite(db: Db, userId: string, target: FavouriteTarget): void {
  db.transaction((tx) => {
    assertActorRole(tx, { userId }, "member");
    tx.delete(favourites)
      .where(and(eq(favourites.userId, userId), eq(COLUMN[target.kind], target.id)))
      .run();
  });
}

/** Which of these targets of one kind the user has among their favourites: the state of each button on a page. */
export function favouriteIds(db: DbOrTx, userId: string, kind: FavouriteKind, ids: readonly string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const column = COLUMN[kind];
  const rows = db
    .select({ id: column })
    .from(favourites)
    .where(and(eq(favourites.userId, userId), inArray(column, [...ids])))
    .all();
  return new Set(rows.map((row) => row.id!));
}

/**
 * /mon-espace/favoris: the user's favourites by kind, latest added first, only those they may still see (a report
 * unpublished or a file made members-only since stays stored, and shows again when it is visible again).
 */
export function listFavourites(db: DbOrTx, userId: string, role: Role) {
  const mine = (column: (typeof COLUMN)[FavouriteKind]) => and(eq(favourites.userId, userId), isNotNull(column));
  const meetingRows = db
    .select({ id: meetings.id, slug: meetings.slug, title: meetings.title, startsAt: meetings.startsAt, status: meetings.status })
    .from(favourites)
    .innerJoin(meetings, eq(meetings.id, favourites.meetingId))
    .where(mine(favourites.meetingId))
    .orderBy(asc(meetings.startsAt))
    .all()
    .filter((meeting) => canSeeMeeting(meeting.status, role));
  const reportRows = db
    .select({ id: reports.id, slug: reports.slug, title: reports.title, kind: reports.kind, publishedAt: reports.publishedAt, visibility: reports.visibility })
    .from(favourites)
    .innerJoin(reports, eq(reports.id, favourites.reportId))
    .where(and(mine(favourites.reportId), eq(reports.status, "published")))
    .orderBy(desc(favourites.createdAt))
    .all()
    .filter((report) => report.visibility === "public" || canReadMembersReports(role));
  const documentRows = db
    .select(documentSummaryColumns)
    .from(favourites)
    .innerJoin(documents, eq(documents.id, favourites.documentId))
    .where(mine(favourites.documentId))
    .orderBy(desc(favourites.createdAt))
    .all()
    .filter((document) => canDownload(document.visibility, role));
  return { meetings: meetingRows, reports: reportRows, documents: documentRows };
}
