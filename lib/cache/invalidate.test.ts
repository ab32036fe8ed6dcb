import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { flushCacheInvalidations, internalToken, invalidateCache, isInternalToken } from "./invalidate";
import { cacheTags } from "./tags";

type Received = { authorization?: string; body: unknown };

/** A stand-in for the running server's internal route, recording what it is told. */
async function fakeServer(status = 204) {
  const received: Received[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ authorization: request.headers.authorization, body: JSON.parse(body) });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  vi.stubEnv("INTERNAL_URL", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return { received, close: () => new Promise((resolve) => server.close(resolve)) };
}

afterEach(() => vi.unstubAllEnvs());

describe("invalidateCache outside a request", () => {
  it("tells the running server, once per tag, with the internal bearer, before the caller goes on", async () => {
    const server = await fakeServer();
    invalidateCache([cacheTags.meeting("a"), cacheTags.meetings, cacheTags.meeting("a")]);
    await flushCacheInvalidations();
    await server.close();
    expect(server.received).toEqual([{ authorization: `Bearer ${internalToken()}`, body: { tags: ["rencontre:a", "rencontres"] } }]);
  });

  it("refuses a tag Next would not accept, rather than send it", () => {
    expect(() => invalidateCache(["rencontre:a b"])).toThrow(/Étiquette de cache invalide/);
  });

  it("does not fail the write when no server listens (a stopped server holds no cache)", async () => {
    const server = await fakeServer();
    await server.close();
    const warn = vi.spyOn(console, "warn");
    invalidateCache([cacheTags.meetings]);
    await expect(flushCacheInvalidations()).resolves.toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe("the internal bearer", () => {
  it("is accepted as made, and refused altered or truncated", () => {
    const token = internalToken();
    expect(isInternalToken(token)).toBe(true);
    expect(isInternalToken(token.slice(0, -1))).toBe(false);
    expect(isInternalToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBe(false);
    expect(isInternalToken("")).toBe(false);
  });
});
