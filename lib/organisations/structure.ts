import type { Db, DbOrTx } from "@/db/open";
import { DomainError } from "@/lib/errors";
import { structureCatalogue, type CatalogueEntry } from "./catalogue";
import { OTHER_STRUCTURE } from "./labels";
import { organisations } from "./schema";


/** Labels are compared regardless of case, spacing and Unicode form: "noyon  (60)" is "Noyon (60)". */
export function structureKey(label: string): string {
  return label.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("fr");
}

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

function knownOrganisations(db: DbOrTx) {
  return db.select({ id: organisations.id, name: organisations.name, code: organisations.code }).from(organisations).all();
}

/**
 * What the "Structure" list offers: the organisations of the database and the catalogue entries (Region,
 * Departments, State services, EPCI and communes of the five departments) not already among them, in French
 * alphabetical order, then "Autre structure".
 */
export function structureOptions(db: Db): string[] {
  const known = knownOrganisations(db);
  const names = new Set(known.map((o) => structureKey(o.name)));
  const codes = new Set(known.flatMap((o) => (o.code ? [o.code] : [])));
  const fromCatalogue = structureCatalogue()
    .filter((entry) => !names.has(structureKey(entry.label)) && !(entry.code && codes.has(entry.code)))
    .map((entry) => entry.label);
  return [...known.map((o) => o.name), ...fromCatalogue].sort(collator.compare).concat(OTHER_STRUCTURE);
}

/** The catalogue entry becomes an organisation of the database, once: a second sign-up from the same commune reuses it. */
function organisationFromCatalogue(db: DbOrTx, entry: CatalogueEntry): string {
  const known = knownOrganisations(db).find((o) => (entry.code && o.code === entry.code) || structureKey(o.name) === structureKey(entry.label));
  if (known) return known.id;
  db.insert(organisations)
    .values({ name: entry.label, kind: entry.kind, department: entry.department, code: entry.code, city: entry.city })
    .onConflictDoNothing()
    .run();
  return knownOrganisations(db).find((o) => structureKey(o.name) === structureKey(entry.label))!.id;
}

/** The organisation a label of the list stands for, created from the catalogue if need be; null for an unknown label. */
export function organisationForLabel(db: DbOrTx, label: string): string | null {
  const key = structureKey(label);
  const known = knownOrganisations(db).find((o) => structureKey(o.name) === key);
  if (known) return known.id;
  const entry = structureCatalogue().find((e) => structureKey(e.label) === key);
  return entry ? organisationFromCatalogue(db, entry) : null;
}

export type StructureChoice = { organisationId: string | null; organisationOther: string | null };

const invalid = (field: "organisation" | "organisationOther", message: string) =>
  new DomainError("validation_failed", "Le formulaire contient des erreurs.", { [field]: message });

/**
 * The one rule for the structure given at sign-up: a label of the list (its organisation, created from the
 * catalogue on first use), or "Autre structure" with a free name, or nothing. A free name alone counts as
 * "Autre structure". Refusals name the field.
 */
export function resolveStructure(db: Db, input: { organisation: string | null; organisationOther: string | null }): StructureChoice {
  const key = structureKey(input.organisation ?? "");
  const other = (input.organisationOther ?? "").trim().replace(/\s+/g, " ");
  if (key === "" || key === structureKey(OTHER_STRUCTURE)) {
    if (key !== "" && other === "") throw invalid("organisationOther", "Saisissez le nom de votre structure.");
    return { organisationId: null, organisationOther: other || null };
  }
  if (other !== "") {
    throw invalid("organisationOther", `Laissez ce champ vide quand votre structure est dans la liste, ou choisissez « ${OTHER_STRUCTURE} ».`);
  }
  const organisationId = organisationForLabel(db, input.organisation ?? "");
  if (!organisationId) throw invalid("organisation", `Choisissez une structure proposée dans la liste, ou « ${OTHER_STRUCTURE} ».`);
  return { organisationId, organisationOther: null };
}
