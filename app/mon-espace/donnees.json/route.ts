import { db } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { exportPersonalData } from "@/lib/people/privacy";

/** The signed-in person's data as a JSON file to keep (RGPD: access and portability). */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("Connectez-vous pour télécharger vos données.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(JSON.stringify(exportPersonalData(db, user.id), null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mes-donnees-irev.json"',
      "Cache-Control": "private, no-store",
    },
  });
}
