import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      /* Outside React Server Components the marker package throws; tests run server code directly. */
      "server-only": fileURLToPath(new URL("./tests/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", "data/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    /* No server runs beside the unit tests: cache invalidations made outside a request have no one to tell. */
    env: { INTERNAL_URL: "" },
  },
});
