import { isIPv4, isIPv6 } from "node:net";

/** The eight 16-bit groups of an IPv6 address, written out in full. */
function ipv6Groups(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const parts = (text: string) => (text === "" ? [] : text.split(":"));
  const left = parts(head);
  const right = tail === undefined ? [] : parts(tail);
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((group) => group.toLowerCase().padStart(4, "0"));
}

/**
 * Who is asking, for per-client ceilings: only behind a reverse proxy declared with TRUST_PROXY=1, which
 * overwrites X-Forwarded-For (its last entry is the address the proxy saw). Without it, the header is the
 * client's own word and null is returned. IPv6 clients are grouped by /64, the block one subscriber gets.
 */
export function clientKey(headers: Pick<Headers, "get">, trustProxy = process.env.TRUST_PROXY === "1"): string | null {
  if (!trustProxy) return null;
  const address = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() ?? "";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return null;
  return address.includes(".") ? address.toLowerCase() : `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
}
