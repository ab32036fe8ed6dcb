import { defineConfig, devices } from "@playwright/test";
import path from "node:path";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.join(process.cwd(), "data", "e2e");

/* The server and the tests' own fixtures share these, so fixtures can prepare data in the same database. */
process.env.E2E_DATA_DIR = dataDir;
process.env.DATABASE_PATH = path.join(dataDir, "irev.db");
process.env.UPLOAD_DIR = path.join(dataDir, "uploads");
process.env.AUTH_SECRET = "e2e-secret-not-for-production-0123456789";
/* Fixtures write outside any request: they tell the server which cached pages to expire, as the CLI does. */
process.env.INTERNAL_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  /* No retries: tests change shared demo data, so a second attempt would not start from the same state. */
  retries: 0,
  /* Generous limits: on a busy two-core machine a flow of several pages can take a minute; a limit is not a speed test. */
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "bash scripts/e2e-server.sh",
    url: `http://localhost:${PORT}/accessibilite`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(PORT),
      E2E_DATA_DIR: dataDir,
      DATABASE_PATH: process.env.DATABASE_PATH,
      UPLOAD_DIR: process.env.UPLOAD_DIR,
      AUTH_SECRET: process.env.AUTH_SECRET,
      SITE_URL: `http://localhost:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
