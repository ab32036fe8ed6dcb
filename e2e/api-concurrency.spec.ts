import { test, expect, type APIResponse } from "@playwright/test";
import { createUsersWithTokens, insertOpenMeeting, liveRegistrations, openE2eDatabase, type TestUser } from "./support/db";

/* 200 members register at the same instant through the API for 50 seats: the server must neither fail nor overbook. */

const SLUG = "charge-200-inscriptions";
const CAPACITY = 50;
const CALLERS = 200;

type RegistrationJson = { id: string; status: string; waitlist_position: number | null };

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

test.describe("API v1 : inscriptions simultanées", () => {
  let connection: ReturnType<typeof openE2eDatabase>;
  let meetingId: string;
  let members: TestUser[];

  test.beforeAll(async () => {
    connection = openE2eDatabase();
    meetingId = (await insertOpenMeeting(connection.db, { slug: SLUG, title: "Charge : 200 inscriptions", capacity: CAPACITY, waitlistEnabled: true })).id;
    members = createUsersWithTokens(connection.db, CALLERS, { label: "charge" });
  });

  test.afterAll(() => connection.sqlite.close());

  test("200 inscriptions en parallèle : 50 confirmées, 150 en liste d'attente numérotée de 1 à 150", async ({ request }) => {
    test.setTimeout(120_000);
    const responses: APIResponse[] = await Promise.all(
      members.map((member) =>
        request.post(`/api/v1/events/${SLUG}/registration`, {
          headers: { Authorization: `Bearer ${member.token}`, "Content-Type": "application/json" },
          data: {},
        }),
      ),
    );

    expect(responses.filter((response) => response.status() >= 500).map((response) => response.status())).toEqual([]);
    expect(responses.map((response) => response.status())).toEqual(Array(CALLERS).fill(201));
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as RegistrationJson[];
    expect(bodies.filter((body) => body.status === "confirmed")).toHaveLength(CAPACITY);
    const waitlisted = bodies.filter((body) => body.status === "waitlisted");
    expect(waitlisted).toHaveLength(CALLERS - CAPACITY);
    expect(waitlisted.map((body) => body.waitlist_position).sort((a, b) => a! - b!)).toEqual(oneToN(CALLERS - CAPACITY));

    const stored = liveRegistrations(connection.db, meetingId);
    expect(stored).toHaveLength(CALLERS);
    expect(new Set(stored.map((row) => row.userId)).size).toBe(CALLERS);
    expect(stored.filter((row) => row.status === "confirmed")).toHaveLength(CAPACITY);
    expect(stored.filter((row) => row.status === "waitlisted").map((row) => row.waitlistPosition)).toEqual(oneToN(CALLERS - CAPACITY));
    /* Each answer says what the database holds. */
    const storedById = new Map(stored.map((row) => [row.id, row]));
    for (const body of bodies) {
      expect(storedById.get(body.id)).toMatchObject({ status: body.status, waitlistPosition: body.waitlist_position });
    }
  });
});
