import type { Role } from "./schema";

const RANK: Record<Role, number> = { pending: 0, member: 1, staff: 2, admin: 3 };

/** Roles are ordered: each one can do what the previous can. */
export function hasRole(role: Role | null | undefined, atLeast: Role): boolean {
  return role != null && RANK[role] >= RANK[atLeast];
}

export const ROLE_LABELS: Record<Role, string> = {
  pending: "En attente de validation",
  member: "Membre",
  staff: "Équipe IREV",
  admin: "Administrateur",
};

/**
 * What a role is shown of the site's content: visitors and people awaiting approval see the public site, members add
 * what is reserved to them, the team adds drafts. Content is cached per view, never per person.
 */
export type ContentView = "public" | "members" | "staff";

export function contentViewOf(role: Role | null | undefined): ContentView {
  return hasRole(role, "staff") ? "staff" : hasRole(role, "member") ? "members" : "public";
}

/** The least role that sees a view, for the queries that decide visibility by role. */
export const VIEW_ROLE: Record<ContentView, Role | null> = { public: null, members: "member", staff: "staff" };
