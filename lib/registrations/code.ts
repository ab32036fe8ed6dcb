import { randomInt } from "node:crypto";
import { eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/open";
import { CODE_ALPHABET } from "./code-format";
import { registrations } from "./schema";

/** "K7Q-4MP": six characters from 25, about 244 million codes. */
export function generateRegistrationCode(): string {
  const chars = Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${chars.slice(0, 3).join("")}-${chars.slice(3).join("")}`;
}

/** A code no registration holds yet; inside the registering transaction, so the check and the insert are one. */
export function unusedRegistrationCode(tx: DbOrTx): string {
  for (;;) {
    const code = generateRegistrationCode();
    if (!tx.select({ id: registrations.id }).from(registrations).where(eq(registrations.code, code)).get()) return code;
  }
}

/** Registrations made before codes existed get one, once, on start, without touching their `updated_at`. */
export function fillMissingRegistrationCodes(db: DbOrTx): void {
  const missing = db.select({ id: registrations.id }).from(registrations).where(isNull(registrations.code)).all();
  for (const { id } of missing) {
    db.update(registrations).set({ code: unusedRegistrationCode(db), updatedAt: sql`${registrations.updatedAt}` }).where(eq(registrations.id, id)).run();
  }
}
