import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/open";
import type { OutboxSearch } from "./filters";
import { outboxEmails } from "./schema";

export const OUTBOX_PAGE_SIZE = 50;

/**
 * The outbox as staff filter it: by status, kind and part of the recipient's address (addresses are stored in lower
 * case), newest first, one page and the total in one read.
 */
export function searchOutbox(db: Db, search: OutboxSearch, perPage = OUTBOX_PAGE_SIZE) {
  const where = and(
    search.statut ? eq(outboxEmails.status, search.statut) : undefined,
    search.type ? eq(outboxEmails.kind, search.type) : undefined,
    search.destinataire ? sql`instr(${outboxEmails.to}, ${search.destinataire.toLowerCase()}) > 0` : undefined,
  );
  const page = search.page ?? 1;
  const rows = db
    .select({ email: outboxEmails, total: sql<number>`count(*) over ()` })
    .from(outboxEmails)
    .where(where)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const total = rows[0]?.total ?? (page > 1 ? db.select({ n: sql<number>`count(*)` }).from(outboxEmails).where(where).get()!.n : 0);
  return { items: rows.map((row) => row.email), total, page, perPage };
}

export function findOutboxEmail(db: Db, id: string) {
  return db.select().from(outboxEmails).where(eq(outboxEmails.id, id)).get() ?? null;
}
