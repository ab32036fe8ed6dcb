import { gt, lte, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/open";
import { documents } from "@/lib/documents/schema";
import { OUTBOX_STATUSES, outboxEmails, type OutboxStatus } from "@/lib/mail/schema";
import { meetings } from "@/lib/meetings/schema";
import { countUsers } from "@/lib/people/service";
import { ROLE_LABELS } from "@/lib/people/roles";
import { ROLES, USER_STATUSES, type Role, type UserStatus } from "@/lib/people/schema";
import { REPORT_STATUSES, reports, type ReportStatus } from "@/lib/publications/schema";
import { REGISTRATION_STATUSES, registrations, type RegistrationStatus } from "@/lib/registrations/schema";

export type PlatformStats = {
  users: { role: Role; status: UserStatus; count: number }[];
  meetings: { upcoming: number; past: number };
  registrations: Record<RegistrationStatus, number>;
  documents: number;
  reports: Record<ReportStatus, number>;
  outbox: Record<OutboxStatus, number>;
};

function count(db: Db, table: SQLiteTable, where?: SQL): number {
  return db.select({ n: sql<number>`count(*)` }).from(table).where(where).get()!.n;
}

/** Counts per value of a status column, every known value present (zero when absent). */
function countBy<S extends string>(db: Db, table: SQLiteTable, column: SQLiteColumn, values: readonly S[]): Record<S, number> {
  const counts = Object.fromEntries(values.map((value) => [value, 0])) as Record<S, number>;
  const rows = db.select({ value: sql<S>`${column}`, n: sql<number>`count(*)` }).from(table).groupBy(column).all();
  for (const row of rows) counts[row.value] = row.n;
  return counts;
}

/** What the operator needs to see at a glance: accounts, meetings, registrations, content, e-mail delivery. */
export function collectStats(db: Db, now: Date = new Date()): PlatformStats {
  const users = countUsers(db)
    .map((row) => ({ role: row.role, status: row.status, count: row.n }))
    .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || USER_STATUSES.indexOf(a.status) - USER_STATUSES.indexOf(b.status));
  return {
    users,
    meetings: { upcoming: count(db, meetings, gt(meetings.startsAt, now)), past: count(db, meetings, lte(meetings.startsAt, now)) },
    registrations: countBy(db, registrations, registrations.status, REGISTRATION_STATUSES),
    documents: count(db, documents),
    reports: countBy(db, reports, reports.status, REPORT_STATUSES),
    outbox: countBy(db, outboxEmails, outboxEmails.status, OUTBOX_STATUSES),
  };
}

const USER_STATUS_LABELS: Record<UserStatus, string> = { active: "actifs", refused: "refusés", deleted: "supprimés" };
const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: "confirmées",
  waitlisted: "en liste d'attente",
  pending_approval: "en attente de validation",
  refused: "refusées",
  cancelled: "annulées",
};
const REPORT_STATUS_LABELS: Record<ReportStatus, string> = { draft: "brouillons", in_review: "en relecture", published: "publiées", archived: "archivées" };
const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = { queued: "en attente d'envoi", sent: "envoyés", failed: "en échec" };

export type StatsRow = { section: string; detail: string; count: number };

function labelled<S extends string>(section: string, counts: Record<S, number>, labels: Record<S, string>): StatsRow[] {
  return (Object.keys(labels) as S[]).map((key) => ({ section, detail: labels[key], count: counts[key] }));
}

/** The stats as French rows, in reading order, for the command line. */
export function statsRows(stats: PlatformStats): StatsRow[] {
  return [
    ...stats.users.map((row) => ({ section: "Comptes", detail: `${ROLE_LABELS[row.role]} – ${USER_STATUS_LABELS[row.status]}`, count: row.count })),
    { section: "Rencontres", detail: "à venir", count: stats.meetings.upcoming },
    { section: "Rencontres", detail: "passées", count: stats.meetings.past },
    ...labelled("Inscriptions", stats.registrations, REGISTRATION_STATUS_LABELS),
    { section: "Documents", detail: "total", count: stats.documents },
    ...labelled("Publications", stats.reports, REPORT_STATUS_LABELS),
    ...labelled("E-mails", stats.outbox, OUTBOX_STATUS_LABELS),
  ];
}
