import http from "node:http";
import { test, expect } from "@playwright/test";
import { createUsersWithTokens, insertOpenMeeting, openE2eDatabase, type TestUser } from "./support/db";
import { residentBytes, serverPid } from "./support/server-process";

/*
 * Bodies of 50 MB sent to the production server with a valid token: each is refused with 413 while the server's
 * resident memory stays where it was (the API reads at most 64 KiB of a body, and never holds the rest).
 */

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SLUG = "corps-de-requete-geant";
const BODY_BYTES = 50 * 1024 * 1024;
const CHUNK = Buffer.alloc(1024 * 1024, " ");
const PARALLEL = 3;
/* Three 50 MB bodies held at once would add 150 MB or more; the allowance covers the heap's ordinary breathing. */
const MEMORY_ALLOWANCE = 60 * 1024 * 1024;

type Answer = { status: number; body: string };

/** POSTs BODY_BYTES of JSON-ish bytes, with or without `Content-Length` (chunked), and returns the server's answer. */
function postHugeBody(token: string, declareLength: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: "localhost",
      port: PORT,
      method: "POST",
      path: `/api/v1/events/${SLUG}/registration`,
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json",
        ...(declareLength ? { "Content-Length": String(BODY_BYTES) } : {}),
      },
    });
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (text: string) => (body += text));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    /* The server may close the connection once it has answered: writing further then fails, which is expected. */
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    let sent = 0;
    const writeMore = () => {
      while (sent < BODY_BYTES && !answered && !request.destroyed) {
        sent += CHUNK.length;
        if (!request.write(CHUNK)) return void request.once("drain", writeMore);
      }
      request.end();
    };
    writeMore();
  });
}

test.describe("API v1 : corps de requête trop gros", () => {
  let member: TestUser;
  let pid: number;

  test.beforeAll(async () => {
    const connection = openE2eDatabase();
    await insertOpenMeeting(connection.db, { slug: SLUG, title: "Corps de requête géant", capacity: 10 });
    member = createUsersWithTokens(connection.db, 1, { label: "corps-geant" })[0]!;
    connection.sqlite.close();
    pid = serverPid(PORT);
  });

  for (const declareLength of [true, false]) {
    test(`${PARALLEL} corps de 50 Mo ${declareLength ? "avec" : "sans"} Content-Length : 413, mémoire stable`, async () => {
      test.setTimeout(120_000);
      const before = residentBytes(pid);
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, residentBytes(pid))), 20);
      const answers = await Promise.all(Array.from({ length: PARALLEL }, () => postHugeBody(member.token, declareLength)));
      clearInterval(sampler);
      peak = Math.max(peak, residentBytes(pid));

      for (const answer of answers) {
        expect(answer.status).toBe(413);
        expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "payload_too_large" } });
      }
      expect(peak - before, `mémoire résidente : ${before} octets avant, ${peak} au plus haut`).toBeLessThan(MEMORY_ALLOWANCE);
    });
  }
});
