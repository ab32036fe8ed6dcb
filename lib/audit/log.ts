import { desc } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/open";
import { auditLog } from "./schema";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details?: Record<string, unknown>;
};

/** Synchronous, so it joins the transaction of the change it records. */
export function recordAudit(db: DbOrTx, entry: AuditEntry): void {
  db.insert(auditLog).values({ ...entry, details: entry.details ?? {} }).run();
}

export function listAudit(db: Db, limit = 200) {
  return db.select().from(auditLog).orderBy(desc(auditLog.createdAt)).limit(limit).all();
}
