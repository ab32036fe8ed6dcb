/*
 * The npm mirror reachable from our build machines only serves the Linux builds of platform packages
 * (@next/swc-*, @tailwindcss/oxide-*, @unrs/resolver-binding-*), so `npm install` writes a lockfile
 * without the others and `npm ci` then refuses it as out of sync. This adds the missing optional
 * platform entries exactly as the public registry would describe them (version, os, cpu, optional),
 * so `npm ci` skips them on this platform and installs them elsewhere.
 * Run after any `npm install` that changes the lockfile: `node scripts/complete-lockfile.mjs`.
 */
import { readFileSync, writeFileSync } from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const operatingSystems = new Set(["android", "darwin", "freebsd", "linux", "win32", "openharmony", "sunos", "aix", "netbsd", "openbsd"]);

function platformOf(name) {
  const tokens = name.split("/").pop().split("-");
  if (tokens.includes("wasm32")) return { cpu: ["wasm32"] };
  const osIndex = tokens.findIndex((token) => operatingSystems.has(token));
  if (osIndex === -1 || osIndex + 1 >= tokens.length) return null;
  const platform = { cpu: [tokens[osIndex + 1]], os: [tokens[osIndex]] };
  const abi = tokens[osIndex + 2];
  if (platform.os[0] === "linux" && abi) platform.libc = [abi.startsWith("musl") ? "musl" : "glibc"];
  return platform;
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ""}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    lock.packages[`node_modules/${name}`] = { version, ...platform, optional: true };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json : ${added} paquet(s) de plateforme ajouté(s).`);
