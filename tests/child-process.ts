import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * A TypeScript script run as another process on the same database file (a second server, in effect). It says "ready"
 * once its connection is open and waits for `go()`, so several processes start their work at the same instant; its
 * other output lines are what it reports, collected until it exits.
 */
export function startWorkerProcess(script: string, args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: PROJECT_ROOT, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: string[] = [];
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  createInterface({ input: child.stdout }).on("line", (line) => (line === "ready" ? markReady() : lines.push(line)));
  const exited = new Promise<string[]>((resolve, reject) =>
    child.on("close", (code) => (code === 0 ? resolve(lines) : reject(new Error(`worker exited with ${code}: ${stderr}`)))),
  );
  return { child, ready, exited, go: () => child.stdin.end("go\n") };
}

/** The worker's side: says "ready", then waits for the test's "go". */
export async function readyThenWaitForGo(): Promise<void> {
  console.log("ready");
  const stdin = createInterface({ input: process.stdin });
  for await (const line of stdin) if (line === "go") break;
  stdin.close();
}
