import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "~db": path.resolve(__dirname, "db"),
  "~": path.resolve(__dirname, "app"),
};

// Four projects, run by `npm test`: unit and integration in Node (the latter
// against a real SQLite file with the real migrations), component in jsdom
// (never loads better-sqlite3), browser against the built server in Chromium.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/integration/setup.ts"],
          // Long reads on the test's own thread: every file has its own
          // database, and starting TypeScript workers for each (through tsx)
          // takes seconds on a busy machine. tests/integration/read-pool.test.ts
          // runs them in real workers; tests/browser/long-reads.test.ts on the built server.
          env: { READ_WORKERS: "0" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "component",
          include: ["tests/component/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["tests/component/setup.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          // One server and one Chromium for the whole suite, files in sequence.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
