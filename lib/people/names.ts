import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/open";
import { users } from "./schema";

export type PersonName = { givenName: string; familyName: string };

/** "Jean Dupont": how a person is addressed and listed in running text. */
export function fullName({ givenName, familyName }: PersonName): string {
  return [givenName.trim(), familyName.trim()].filter(Boolean).join(" ");
}

/** "DUPONT Jean": the family name first and in capitals, as official documents (sign-in sheets, attestations) want it. */
export function formalName({ givenName, familyName }: PersonName): string {
  return [familyName.trim().toLocaleUpperCase("fr-FR"), givenName.trim()].filter(Boolean).join(" ");
}

/** Lower-cased, without accents or ligatures: "Œuvray Élodie" and "oeuvray elodie" sort and match alike. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replaceAll("œ", "oe")
    .replaceAll("Œ", "OE")
    .replaceAll("æ", "ae")
    .replaceAll("Æ", "AE")
    .toLocaleLowerCase("fr-FR")
    .replace(/\s+/g, " ")
    .trim();
}

/** The sort key: family name, then given name, folded (French order: by surname, accents ignored). */
export function sortName(name: PersonName): string {
  return foldForSearch(`${name.familyName} ${name.givenName}`);
}

/** The three columns every write of a person's name sets together. */
export function nameColumns(name: PersonName): { name: string; givenName: string; familyName: string; sortName: string } {
  const trimmed = { givenName: name.givenName.trim(), familyName: name.familyName.trim() };
  return { ...trimmed, name: fullName(trimmed), sortName: sortName(trimmed) };
}

/**
 * Accounts whose sort key was never written (those split by the names migration): written once, on start, without
 * touching their `updated_at` (nobody changed them).
 */
export function fillMissingSortNames(db: DbOrTx): void {
  const missing = db
    .select({ id: users.id, givenName: users.givenName, familyName: users.familyName })
    .from(users)
    .where(eq(users.sortName, ""))
    .all();
  for (const person of missing) {
    const key = sortName(person);
    if (key) db.update(users).set({ sortName: key, updatedAt: sql`${users.updatedAt}` }).where(eq(users.id, person.id)).run();
  }
}
