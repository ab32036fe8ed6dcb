import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/* The e2e server seen from Linux's /proc: which process listens on its port, and how much memory it holds. */

/** Inodes of the sockets listening on `port` (IPv4 and IPv6). */
function listeningSocketInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const columns = line.trim().split(/\s+/);
      /* Column 1 is local address:port, column 3 the state (0A = LISTEN), column 9 the inode. */
      if (columns[1]?.endsWith(`:${hexPort}`) && columns[3] === "0A") inodes.add(columns[9]!);
    }
  }
  return inodes;
}

/** The id of the process listening on `port`. */
export function serverPid(port: number): number {
  const inodes = listeningSocketInodes(port);
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        if (inodes.has(/^socket:\[(\d+)\]$/.exec(target)?.[1] ?? "")) return Number(entry);
      } catch {
        /* The descriptor closed while we looked. */
      }
    }
  }
  throw new Error(`Aucun processus n'écoute sur le port ${port}.`);
}

/** Resident memory of a process, in bytes (VmRSS of /proc/<pid>/status). */
export function residentBytes(pid: number): number {
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  if (kib === undefined) throw new Error(`Mémoire du processus ${pid} illisible.`);
  return Number(kib) * 1024;
}
