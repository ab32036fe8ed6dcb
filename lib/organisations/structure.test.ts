import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDatabase, insertUser } from "@/tests/db";
import { refusal } from "@/tests/refusal";
import { DomainError } from "@/lib/errors";
import { auditLog } from "@/lib/audit/schema";
import { attachOrganisation } from "@/lib/people/service";
import { users } from "@/lib/people/schema";
import { structureCatalogue } from "./catalogue";
import { OTHER_STRUCTURE } from "./labels";
import { organisations } from "./schema";
import { resolveStructure, structureOptions } from "./structure";

describe("the list of structures", () => {
  it("offers every commune and EPCI of the five departments, the Region, the Departments and State services", () => {
    const catalogue = structureCatalogue();
    const count = (kind: string, department?: string) =>
      catalogue.filter((e) => e.kind === kind && (department === undefined || e.department === department)).length;
    /* Communes as of @etalab/decoupage-administratif 6.0.0 (Aisne, Nord, Oise, Pas-de-Calais, Somme). */
    expect(count("commune")).toBe(3782);
    for (const department of ["02", "59", "60", "62", "80"]) expect(count("commune", department)).toBeGreaterThan(500);
    expect(count("epci")).toBe(92);
    expect(count("region")).toBe(1);
    expect(count("departement")).toBe(5);
    expect(count("etat")).toBeGreaterThan(10);

    const labels = catalogue.map((e) => e.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(expect.arrayContaining(["Noyon (60)", "Lillers (62)", "Communauté de communes du Pays Noyonnais", "Département de la Somme"]));
  });

  it("does not offer twice an organisation the database already holds, and ends with « Autre structure »", () => {
    const db = freshDatabase();
    db.insert(organisations).values({ name: "Communauté de communes du Pays Noyonnais", kind: "epci", code: "246000756" }).run();
    db.insert(organisations).values({ name: "Amiens Métropole", kind: "epci", code: "248000531" }).run();
    db.insert(organisations).values({ name: "Centre social du Faubourg", kind: "association" }).run();
    const options = structureOptions(db);
    expect(options.filter((o) => o === "Communauté de communes du Pays Noyonnais")).toHaveLength(1);
    expect(options).toContain("Amiens Métropole");
    expect(options).not.toContain("Communauté d'agglomération Amiens Métropole");
    expect(options).toContain("Centre social du Faubourg");
    expect(options.at(-1)).toBe(OTHER_STRUCTURE);
    expect(options.indexOf("Abbécourt (02)")).toBeLessThan(options.indexOf("Zutkerque (62)"));
  });
});

describe("the structure chosen at sign-up", () => {
  it("turns a commune of the list into an organisation, once", () => {
    const db = freshDatabase();
    const first = resolveStructure(db, { organisation: "Noyon (60)", organisationOther: null });
    const second = resolveStructure(db, { organisation: "  noyon (60) ", organisationOther: "" });
    expect(first.organisationOther).toBeNull();
    expect(second.organisationId).toBe(first.organisationId);
    const row = db.select().from(organisations).where(eq(organisations.id, first.organisationId!)).get();
    expect(row).toMatchObject({ name: "Noyon (60)", kind: "commune", department: "60", code: "60471", city: "Noyon" });
  });

  it("keeps the free name of « Autre structure », and requires it", () => {
    const db = freshDatabase();
    expect(resolveStructure(db, { organisation: OTHER_STRUCTURE, organisationOther: " Régie de quartier  du Nord " })).toEqual({
      organisationId: null,
      organisationOther: "Régie de quartier du Nord",
    });
    expect(resolveStructure(db, { organisation: null, organisationOther: "Régie de quartier" })).toEqual({
      organisationId: null,
      organisationOther: "Régie de quartier",
    });
    expect(resolveStructure(db, { organisation: null, organisationOther: null })).toEqual({ organisationId: null, organisationOther: null });
    expect(refusal(() => resolveStructure(db, { organisation: OTHER_STRUCTURE, organisationOther: "" })).fieldErrors).toEqual({
      organisationOther: "Saisissez le nom de votre structure.",
    });
  });

  it("refuses a name that is not in the list, and a free name beside a structure of the list", () => {
    const db = freshDatabase();
    expect(refusal(() => resolveStructure(db, { organisation: "Mairie de Nulle-Part", organisationOther: null })).fieldErrors).toEqual({
      organisation: expect.stringMatching(/^Choisissez une structure proposée dans la liste/),
    });
    expect(refusal(() => resolveStructure(db, { organisation: "Noyon (60)", organisationOther: "Mairie" })).fieldErrors).toEqual({
      organisationOther: expect.stringMatching(/^Laissez ce champ vide/),
    });
    expect(db.select().from(organisations).all()).toHaveLength(0);
  });

  it("lets staff attach an « Autre structure » account to a real organisation, and no one else", () => {
    const db = freshDatabase();
    const person = insertUser(db, "pending", { organisationOther: "Mairie de Lillers" });
    const member = insertUser(db, "member");
    const staff = insertUser(db, "staff");
    expect(() => attachOrganisation(db, { userId: member.id }, [person.id], "Lillers (62)")).toThrow(DomainError);
    expect(refusal(() => attachOrganisation(db, { userId: staff.id }, [person.id], "Mairie de Lillers")).fieldErrors).toEqual({
      organisation: "Choisissez une structure proposée dans la liste.",
    });

    const [attached] = attachOrganisation(db, { userId: staff.id }, [person.id], "Lillers (62)");
    expect(attached!.organisationOther).toBeNull();
    const organisation = db.select().from(organisations).where(eq(organisations.id, attached!.organisationId!)).get();
    expect(organisation?.name).toBe("Lillers (62)");
    expect(db.select().from(users).where(eq(users.id, person.id)).get()?.organisationId).toBe(organisation?.id);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "user.organisation")).all()).toHaveLength(1);

    const colleagues = [1, 2].map(() => insertUser(db, "member", { organisationOther: "Régie de quartier" }));
    expect(attachOrganisation(db, { userId: staff.id }, colleagues.map((c) => c.id), "Lillers (62)")).toHaveLength(2);
    for (const colleague of colleagues) {
      expect(db.select().from(users).where(eq(users.id, colleague.id)).get()).toMatchObject({ organisationId: organisation?.id, organisationOther: null });
    }
    expect(refusal(() => attachOrganisation(db, { userId: staff.id }, [person.id, "inconnu"], "Noyon (60)")).code).toBe("not_found");
    /* All or nothing: the first account stayed where it was. */
    expect(db.select().from(users).where(eq(users.id, person.id)).get()?.organisationId).toBe(organisation?.id);
  });
});
