import { db } from "@/db/client";
import { requireVisibleMeeting } from "@/lib/api/events";
import { apiRoute, readJsonBody, requireUser } from "@/lib/api/handler";
import { presentRegistration } from "@/lib/api/present";
import { RegistrationBody } from "@/lib/api/schemas";
import { cancelRegistration, register } from "@/lib/registrations/service";

/*
 * Everything asynchronous (params, caller, body) is awaited first; the meeting lookup and the registration
 * then run synchronously, the capacity check inside one IMMEDIATE transaction of the service.
 */

/** 201 with the new registration; 200 with the existing one when the same person submits again. */
export const POST = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { slug } = await params;
  const user = await requireUser(request);
  const body = await readJsonBody(request, RegistrationBody);
  const meeting = requireVisibleMeeting(db, slug, user.role);
  const { registration, created } = register(db, {
    meetingId: meeting.id,
    userId: user.id,
    answers: body.answers,
    consent: body.consent,
  });
  return Response.json(presentRegistration(registration, meeting), { status: created ? 201 : 200 });
});

export const DELETE = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { slug } = await params;
  const user = await requireUser(request);
  const meeting = requireVisibleMeeting(db, slug, user.role);
  const { cancelled } = cancelRegistration(db, { meetingId: meeting.id, userId: user.id });
  return Response.json(presentRegistration(cancelled, meeting));
});
