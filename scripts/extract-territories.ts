/*
 * Extracts the communes and intercommunalities (EPCI) of the five departments of Hauts-de-France from
 * @etalab/decoupage-administratif (a devDependency) into lib/organisations/territories.json, committed, so the
 * site does not depend on the package at run time. Run again after upgrading the package:
 * `npm run territories`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { DEPARTMENTS, type Department } from "../lib/organisations/schema";

type Commune = { code: string; nom: string; type: string; departement: string };
type Epci = { code: string; nom: string; type: string; membres: { code: string }[] };

const require = createRequire(import.meta.url);
const communes: Commune[] = require("@etalab/decoupage-administratif/data/communes.json");
const epcis: Epci[] = require("@etalab/decoupage-administratif/data/epci.json");
const { version } = JSON.parse(
  readFileSync(require.resolve("@etalab/decoupage-administratif/package.json"), "utf8"),
) as { version: string };

const isOurs = (department: string): department is Department => (DEPARTMENTS as readonly string[]).includes(department);

/** "CA du Beauvaisis" becomes "Communauté d'agglomération du Beauvaisis", as organisations are named on the site. */
const EPCI_PREFIXES: Record<string, string> = {
  CA: "Communauté d'agglomération",
  CC: "Communauté de communes",
  CU: "Communauté urbaine",
};

function epciName(epci: Epci): string {
  const [prefix, ...rest] = epci.nom.split(" ");
  const long = prefix ? EPCI_PREFIXES[prefix] : undefined;
  return long ? `${long} ${rest.join(" ")}` : epci.nom;
}

const current = communes.filter((c) => c.type === "commune-actuelle");
const departmentOf = new Map(current.map((c) => [c.code, c.departement]));

const ourCommunes = current
  .filter((c) => isOurs(c.departement))
  .map((c) => ({ code: c.code, name: c.nom, department: c.departement }))
  .sort((a, b) => a.code.localeCompare(b.code));

/* An EPCI belongs to the department of most of its member communes among ours (a few straddle two departments). */
const ourEpcis = epcis.flatMap((epci) => {
  const counts = new Map<Department, number>();
  for (const member of epci.membres) {
    const department = departmentOf.get(member.code);
    if (department && isOurs(department)) counts.set(department, (counts.get(department) ?? 0) + 1);
  }
  const [department] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return department ? [{ code: epci.code, name: epciName(epci), department }] : [];
});
ourEpcis.sort((a, b) => a.code.localeCompare(b.code));

const target = path.join(import.meta.dirname, "..", "lib", "organisations", "territories.json");
/* One entry a line: a readable diff when the dataset changes. */
const lines = (entries: object[]) => entries.map((entry) => `  ${JSON.stringify(entry)}`).join(",\n");
writeFileSync(
  target,
  `{\n "source": ${JSON.stringify(`@etalab/decoupage-administratif ${version}`)},\n "communes": [\n${lines(ourCommunes)}\n ],\n "epci": [\n${lines(ourEpcis)}\n ]\n}\n`,
);
console.log(`${ourCommunes.length} communes et ${ourEpcis.length} EPCI écrits dans ${path.relative(process.cwd(), target)}.`);
