// Every integration test file gets its own fresh SQLite file, opened (and
// migrated with the real migrations) on first use by getDb().
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { closeDb } from "~db/client.server";
import { closeReadPool } from "~/platform/read-pool.server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-test-"));
process.env.DATABASE_URL = path.join(dir, "portal.db");

afterAll(() => {
  // The read workers of this file's database (app/platform/read-pool.server.ts).
  closeReadPool();
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});
