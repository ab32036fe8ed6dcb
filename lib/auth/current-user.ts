import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { db } from "@/db/client";
import { findActiveUser, type User } from "@/lib/people/service";
import { hasRole } from "@/lib/people/roles";
import type { Role } from "@/lib/people/schema";
import { auth } from "./auth";
import { SESSION_COOKIES } from "./session-cookies";

/**
 * The signed-in user as the database knows them NOW (role, status), once per request.
 * A refused or deleted account is treated as signed out even if its session cookie is still valid.
 */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  /* Most visitors have no session: skip decoding one, the hot path of every public page. */
  const jar = await cookies();
  if (!SESSION_COOKIES.some((name) => jar.has(name))) return null;
  const session = await auth();
  const id = session?.user?.id;
  return id ? (findActiveUser(db, id) ?? null) : null;
});

/** For pages: sends visitors to the sign-in page, and users without the role to a 403 page. */
export async function requirePageUser(atLeast: Role = "pending", returnTo = "/mon-espace"): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/connexion?retour=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user.role, atLeast)) redirect("/acces-refuse");
  return user;
}
