import { describe, expect, it } from "vitest";
import { clientKey } from "./client";

const headers = (forwardedFor: string) => new Headers({ "x-forwarded-for": forwardedFor });

describe("clientKey", () => {
  it("ignores X-Forwarded-For unless a reverse proxy is declared", () => {
    expect(clientKey(headers("203.0.113.7"), false)).toBeNull();
    expect(clientKey(new Headers(), true)).toBeNull();
  });

  it("takes the last entry, the one the proxy wrote", () => {
    expect(clientKey(headers("198.51.100.1, 203.0.113.7"), true)).toBe("203.0.113.7");
    expect(clientKey(headers("::ffff:203.0.113.7"), true)).toBe("203.0.113.7");
    expect(clientKey(headers("pas une adresse"), true)).toBeNull();
  });

  it("groups IPv6 clients by /64", () => {
    expect(clientKey(headers("2001:db8:1:2:aaaa::1"), true)).toBe("2001:0db8:0001:0002::/64");
    expect(clientKey(headers("2001:DB8:1:2:ffff:ffff:ffff:ffff"), true)).toBe("2001:0db8:0001:0002::/64");
    expect(clientKey(headers("2001:db8::1"), true)).toBe("2001:0db8:0000:0000::/64");
    expect(clientKey(headers("::1"), true)).toBe("0000:0000:0000:0000::/64");
  });
});
