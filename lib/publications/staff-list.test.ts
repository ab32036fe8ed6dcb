import { describe, expect, it } from "vitest";
import { themes } from "@/lib/themes/schema";
import { parisInstant } from "@/lib/time";
import { freshDatabase, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { reportThemes, reports } from "./schema";
import { listReportsForStaff, parseStaffReportSearch, staffReportsHref, staffReportYears, type StaffReportSearch } from "./staff-list";
import { publishReport, saveWorkingVersion } from "./versions";
import { reportFields } from "./revisions";

function setup() {
  const db = freshDatabase();
  const staff = { userId: insertUser(db, "staff").id };
  const insert = (values: Partial<typeof reports.$inferInsert> & { title: string }) =>
    db
      .insert(reports)
      .values({ kind: "compte_rendu", slug: values.title.toLowerCase().replace(/\W+/g, "-"), ...values })
      .returning()
      .get();
  return { db, staff, insert };
}

describe("parseStaffReportSearch", () => {
  it("keeps the whitelisted values and drops the others", () => {
    expect(parseStaffReportSearch({ q: " égalité ", statut: "nouvelle-version", type: "nope", annee: "2017", tri: "x", page: "2" })).toEqual({
      q: "égalité",
      statut: "nouvelle-version",
      annee: 2017,
      page: 2,
    });
    expect(staffReportsHref({ statut: "draft", page: 3 }, { tri: "titre" })).toBe("/admin/ressources?statut=draft&tri=titre");
  });
});

describe("listReportsForStaff", () => {
  it("lists every status, searches without accents, filters by kind, status, pending version, theme and Paris year, sorts by date or title", () => {
    const { db, staff, insert } = setup();
    const theme = db.insert(themes).values({ slug: "emploi", name: "Emploi" }).returning().get();
    insert({ title: "Égalité des chances", status: "draft", createdAt: parisInstant(2018, 3, 1) });
    const published = insert({ title: "Circulaire du 22 décembre", kind: "actualite", createdAt: parisInstant(2017, 12, 1) });
    db.transaction((tx) => publishReport(tx, published.id, parisInstant(2017, 12, 22)));
    /* Published at 00:30 on 1 January in Paris, 23:30 on 31 December in UTC: a report of 2018. */
    const lateNight = insert({ title: "Bilan de l'année", status: "archived", publishedAt: parisInstant(2018, 1, 1, 0, 30) });
    db.insert(reportThemes).values({ reportId: lateNight.id, themeId: theme.id }).run();
    insert({ title: "Relecture", status: "in_review", createdAt: parisInstant(2019, 1, 1) });

    const titles = (search: StaffReportSearch) => listReportsForStaff(db, staff, search).items.map((r) => r.title);
    expect(titles({})).toEqual(["Relecture", "Égalité des chances", "Bilan de l'année", "Circulaire du 22 décembre"]);
    expect(titles({ tri: "titre" })).toEqual(["Bilan de l'année", "Circulaire du 22 décembre", "Égalité des chances", "Relecture"]);
    expect(titles({ q: "egalite" })).toEqual(["Égalité des chances"]);
    expect(titles({ q: "100%" })).toEqual([]);
    expect(titles({ type: "actualite" })).toEqual(["Circulaire du 22 décembre"]);
    expect(titles({ statut: "archived" })).toEqual(["Bilan de l'année"]);
    expect(titles({ theme: "emploi" })).toEqual(["Bilan de l'année"]);
    expect(titles({ annee: 2017 })).toEqual(["Circulaire du 22 décembre"]);
    expect(titles({ annee: 2018 })).toEqual(["Égalité des chances", "Bilan de l'année"]);
    expect(staffReportYears(db)).toEqual([2019, 2018, 2017]);

    expect(titles({ statut: "nouvelle-version" })).toEqual([]);
    db.transaction((tx) => saveWorkingVersion(tx, published.id, { ...reportFields(tx, published.id)!, body: "v2" }, null));
    expect(titles({ statut: "nouvelle-version" })).toEqual(["Circulaire du 22 décembre"]);
    const row = listReportsForStaff(db, staff, { statut: "nouvelle-version" }).items[0]!;
    expect(row).toMatchObject({ status: "published", pendingStatus: "draft", publishedAt: parisInstant(2017, 12, 22) });
    expect(row.lastChange.getTime()).toBeGreaterThan(parisInstant(2020, 1, 1).getTime());
    expect(listReportsForStaff(db, staff, {}).total).toBe(4);
  });

  it("is refused to members", () => {
    const { db } = setup();
    expect(refusal(() => listReportsForStaff(db, { userId: insertUser(db, "member").id }, {}))).toMatchObject({ code: "forbidden" });
  });
});
