import { randomInt } from "node:crypto";
import { eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/open";
import { registrations } from "./schema";

/* No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read aloud or typed from a phone screen cannot be misread. */
const CODE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{3}-[${CODE_ALPHABET}]{3}$`);

/** "K7Q-4MP": six characters from 25, about 244 million codes. */
export function generateRegistrationCode(): string {
  const chars = Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${chars.slice(0, 3).join("")}-${chars.slice(3).join("")}`;
}

/** A code as typed at the door ("k7q 4mp", "K7Q4MP") in its canonical form, or null when it cannot be one. */
export function normaliseRegistrationCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, "");
  const code = `${compact.slice(0, 3)}-${compact.slice(3)}`;
  return CODE_PATTERN.test(code) ? code : null;
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
