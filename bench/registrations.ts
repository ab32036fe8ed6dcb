import type { Db } from "@/db/open";
import { createUsersWithTokens, insertOpenMeeting, liveRegistrations, type TestUser } from "@/tests/bulk-data";
import { percentile } from "./load";
import { BASE_URL } from "./server";

/*
 * Registrations through the API: one meeting with a capacity and a waitlist, distinct members with a token each,
 * one POST per member with a fixed number in flight, then the counts the database holds.
 */

export type RegistrationFixture = { meetingId: string; slug: string; capacity: number; members: TestUser[] };

/** Written before the server starts, so no page can have been rendered without them. */
export async function prepareRegistrations(db: Db, { slug, capacity, members }: { slug: string; capacity: number; members: number }): Promise<RegistrationFixture> {
  const meeting = await insertOpenMeeting(db, { slug, title: `Mesure : ${members} inscriptions`, capacity, waitlistEnabled: true });
  return { meetingId: meeting.id, slug, capacity, members: createUsersWithTokens(db, members, { label: "bench" }) };
}

export type RegistrationRun = {
  registrations: number;
  inFlight: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** How many answers each status had ("réseau" when none came). */
  statuses: Record<string, number>;
};

async function register(slug: string, member: TestUser): Promise<string> {
  try {
    const response = await fetch(`${BASE_URL}/api/v1/events/${slug}/registration`, {
      method: "POST",
      headers: { Authorization: `Bearer ${member.token}`, "Content-Type": "application/json" },
      body: "{}",
    });
    await response.arrayBuffer();
    return String(response.status);
  } catch {
    return "réseau";
  }
}

/** One registration per member, `inFlight` at a time: each worker takes the next member as soon as its answer comes. */
export async function registerAll(fixture: RegistrationFixture, inFlight: number): Promise<RegistrationRun> {
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    for (let member = fixture.members[next++]; member !== undefined; member = fixture.members[next++]) {
      const sent = performance.now();
      const status = await register(fixture.slug, member);
      latencies.push(performance.now() - sent);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    registrations: fixture.members.length,
    inFlight,
    seconds,
    perSecond: fixture.members.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    statuses,
  };
}

export type RegistrationCheck = { live: number; distinctMembers: number; confirmed: number; waitlisted: number; waitlistPositions: string; problems: string[] };

/** What the database holds afterwards: every member once, the seats exactly full, the waitlist numbered 1 to n. */
export function checkRegistrations(db: Db, fixture: RegistrationFixture, run: RegistrationRun): RegistrationCheck {
  const rows = liveRegistrations(db, fixture.meetingId);
  const total = fixture.members.length;
  const expectedWaitlist = total - fixture.capacity;
  const confirmed = rows.filter((row) => row.status === "confirmed").length;
  const positions = rows.filter((row) => row.status === "waitlisted").map((row) => row.waitlistPosition);
  const distinctMembers = new Set(rows.map((row) => row.userId)).size;
  const unexpectedAnswers = total - (run.statuses["201"] ?? 0);

  const problems: string[] = [];
  if (unexpectedAnswers > 0) problems.push(`réponses autres que 201 : ${unexpectedAnswers} (${JSON.stringify(run.statuses)})`);
  if (rows.length !== total || distinctMembers !== total) problems.push(`inscriptions : ${rows.length}, de ${distinctMembers} membres distincts, au lieu de ${total}`);
  if (confirmed !== fixture.capacity) problems.push(`confirmées : ${confirmed} au lieu de ${fixture.capacity} (la capacité)`);
  if (positions.length !== expectedWaitlist || positions.some((position, i) => position !== i + 1)) {
    problems.push(`liste d'attente : ${positions.length} rangs qui ne vont pas exactement de 1 à ${expectedWaitlist}`);
  }
  if (confirmed + positions.length !== rows.length) problems.push(`ni confirmées ni en liste d'attente : ${rows.length - confirmed - positions.length}`);
  return {
    live: rows.length,
    distinctMembers,
    confirmed,
    waitlisted: positions.length,
    waitlistPositions: positions.length === 0 ? "aucun" : `${positions[0]} à ${positions.at(-1)}`,
    problems,
  };
}
