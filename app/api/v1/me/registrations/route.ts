import { db } from "@/db/client";
import { apiRoute, requireUser } from "@/lib/api/handler";
import { presentRegistration } from "@/lib/api/present";
import type { RegistrationList } from "@/lib/api/schemas";
import { listUserRegistrations } from "@/lib/registrations/queries";

export const GET = apiRoute(async (request) => {
  const user = await requireUser(request);
  const list: RegistrationList = {
    registrations: listUserRegistrations(db, user.id).map((registration) => presentRegistration(registration, registration.meeting)),
  };
  return Response.json(list);
});
