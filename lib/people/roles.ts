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
