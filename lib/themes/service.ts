import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/open";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { foldForSearch } from "@/lib/people/names";
import { contactThemes } from "@/lib/contacts/schema";
import { documentThemes } from "@/lib/documents/schema";
import { meetingThemes } from "@/lib/meetings/schema";
import { reportThemes } from "@/lib/publications/schema";
import { slugify, uniqueSlug } from "@/lib/slug";
import { describeThemeUses, findThemeWithUses, totalUses } from "./queries";
import { themes } from "./schema";

/*
 * Staff manage the shared taxonomy. The slug is made from the name once, at creation, and never follows a rename:
 * /thematiques/<slug> stays the address of the theme for good, with no redirects to keep.
 */

export type Theme = typeof themes.$inferSelect;
export type ThemeInput = { name: string; description: string | null };

const IMMEDIATE = { behavior: "immediate" } as const;

function existing(tx: DbOrTx, id: string): Theme {
  const theme = tx.select().from(themes).where(eq(themes.id, id)).get();
  if (!theme) throw new DomainError("not_found", "Cette thématique n'existe plus : la liste a été mise à jour.");
  return theme;
}

/** Two themes cannot share a name, whatever the accents or capitals ("Santé" and "sante"). */
function assertNameFree(tx: DbOrTx, name: string, exceptId?: string): void {
  const folded = foldForSearch(name);
  const others = tx.select({ id: themes.id, name: themes.name }).from(themes).where(exceptId ? ne(themes.id, exceptId) : undefined).all();
  const clash = others.find((other) => foldForSearch(other.name) === folded);
  if (clash) {
    throw new DomainError("conflict", "Le formulaire contient des erreurs.", { name: `La thématique « ${clash.name} » existe déjà : choisissez un autre nom.` });
  }
}

export function createTheme(db: Db, actor: Actor, input: ThemeInput): Theme {
  const theme = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    assertNameFree(tx, input.name);
    const slugs = new Set(tx.select({ slug: themes.slug }).from(themes).all().map((row) => row.slug));
    const slug = uniqueSlug(slugify(input.name), (candidate) => slugs.has(candidate));
    const position = tx.select({ next: sql<number>`coalesce(max(${themes.position}) + 1, 0)` }).from(themes).get()!.next;
    const created = tx.insert(themes).values({ name: input.name, description: input.description, slug, position }).returning().get();
    recordAudit(tx, { actorId, action: "theme.create", entityType: "theme", entityId: created.id, details: { name: created.name, slug } });
    return created;
  }, IMMEDIATE);
  invalidateCache([cacheTags.themes]);
  return theme;
}

/** Name and description change; the slug stays (see above). Every page showing the theme shows its new name. */
export function updateTheme(db: Db, actor: Actor, id: string, input: ThemeInput): Theme {
  const theme = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const before = existing(tx, id);
    assertNameFree(tx, input.name, id);
    const updated = tx.update(themes).set({ name: input.name, description: input.description }).where(eq(themes.id, id)).returning().get();
    recordAudit(tx, { actorId, action: "theme.update", entityType: "theme", entityId: id, details: { from: { name: before.name, description: before.description }, to: input } });
    return updated;
  }, IMMEDIATE);
  invalidateCache([cacheTags.themes]);
  return theme;
}

/** Moves a theme one place up or down in the public order; returns its new position (1-based) and the count. */
export function moveTheme(db: Db, actor: Actor, id: string, direction: "up" | "down"): { theme: Theme; position: number; count: number } {
  const result = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const theme = existing(tx, id);
    const order = tx.select({ id: themes.id }).from(themes).orderBy(asc(themes.position), asc(themes.name)).all().map((row) => row.id);
    const from = order.indexOf(id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) {
      throw new DomainError("conflict", `« ${theme.name} » est déjà ${direction === "up" ? "en première" : "en dernière"} position.`);
    }
    [order[from], order[to]] = [order[to]!, order[from]!];
    /* Positions are rewritten 0…n-1: equal or sparse positions left by earlier data never make a move a no-op. */
    order.forEach((themeId, position) => tx.update(themes).set({ position }).where(eq(themes.id, themeId)).run());
    recordAudit(tx, { actorId, action: "theme.move", entityType: "theme", entityId: id, details: { from: from + 1, to: to + 1 } });
    return { theme, position: to + 1, count: order.length };
  }, IMMEDIATE);
  invalidateCache([cacheTags.themes]);
  return result;
}

/** The tables linking content to a theme, and the cache tag of one linked item. */
const LINKS = {
  meetings: { table: meetingThemes, item: meetingThemes.meetingId, theme: meetingThemes.themeId, tag: cacheTags.meeting },
  reports: { table: reportThemes, item: reportThemes.reportId, theme: reportThemes.themeId, tag: cacheTags.report },
  documents: { table: documentThemes, item: documentThemes.documentId, theme: documentThemes.themeId, tag: cacheTags.document },
  contacts: { table: contactThemes, item: contactThemes.contactId, theme: contactThemes.themeId, tag: null },
} as const;

export type MergeOutcome = { kept: Theme; removed: Theme; moved: number };

/**
 * Merges `removedId` into `keptId`: every meeting, report, document and contact that carried the removed theme
 * carries the kept one (once, if it already had both), then the removed theme is deleted. One transaction, taken
 * for writing at once: either everything moved and the theme is gone, or nothing changed.
 */
export function mergeThemes(db: Db, actor: Actor, removedId: string, keptId: string): MergeOutcome {
  if (removedId === keptId) {
    throw new DomainError("validation_failed", "Le formulaire contient des erreurs.", { keptId: "Choisissez une autre thématique que celle à fusionner." });
  }
  const tags: string[] = [cacheTags.themes, cacheTags.meetings, cacheTags.reports];
  const outcome = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const removed = existing(tx, removedId);
    const kept = existing(tx, keptId);
    const items: Record<string, string[]> = {};
    for (const [kind, link] of Object.entries(LINKS)) {
      const ids = tx.select({ id: link.item }).from(link.table).where(eq(link.theme, removedId)).all().map((row) => row.id);
      items[kind] = ids;
      if (ids.length === 0) continue;
      /* An item that already had both keeps its link to the kept theme: its link to the removed one just goes. */
      const alreadyKept = tx.select({ id: link.item }).from(link.table).where(eq(link.theme, keptId));
      tx.delete(link.table).where(and(eq(link.theme, removedId), inArray(link.item, alreadyKept))).run();
      tx.update(link.table).set({ themeId: keptId }).where(eq(link.theme, removedId)).run();
      if (link.tag) tags.push(...ids.map(link.tag));
    }
    tx.delete(themes).where(eq(themes.id, removedId)).run();
    recordAudit(tx, {
      actorId,
      action: "theme.merge",
      entityType: "theme",
      entityId: keptId,
      details: { removed: { id: removed.id, name: removed.name, slug: removed.slug }, items },
    });
    return { kept, removed, moved: Object.values(items).reduce((sum, ids) => sum + ids.length, 0) };
  }, IMMEDIATE);
  invalidateCache(tags);
  return outcome;
}

/** Deletes a theme nothing uses; one still in use is refused, with what uses it: merge it into another instead. */
export function deleteTheme(db: Db, actor: Actor, id: string): Theme {
  const theme = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const found = findThemeWithUses(tx, id);
    if (!found) throw new DomainError("not_found", "Cette thématique n'existe plus : la liste a été mise à jour.");
    if (totalUses(found) > 0) {
      throw new DomainError(
        "conflict",
        `« ${found.name} » ne peut pas être supprimée : ${describeThemeUses(found).toLocaleLowerCase("fr-FR")}. Fusionnez-la avec une autre thématique, qui la remplacera partout.`,
      );
    }
    const removed = tx.delete(themes).where(eq(themes.id, id)).returning().get()!;
    recordAudit(tx, { actorId, action: "theme.delete", entityType: "theme", entityId: id, details: { name: removed.name, slug: removed.slug } });
    return removed;
  }, IMMEDIATE);
  invalidateCache([cacheTags.themes]);
  return theme;
}
