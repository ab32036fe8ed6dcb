import { getCurrentUser } from "@/lib/auth/current-user";

/** The signed-in account for the header: name and current role, never cached. */
export async function GET() {
  const user = await getCurrentUser();
  return Response.json(
    { account: user ? { name: user.name, role: user.role } : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
