import type { Role } from "@/lib/people/schema";
import { hasRole } from "@/lib/people/roles";
import type { Visibility } from "./schema";

/** The one rule for files: public ones are for everyone, members ones for approved members and the IREV team. */
export function canDownload(visibility: Visibility, role: Role | null | undefined): boolean {
  return visibility === "public" || hasRole(role, "member");
}
