// What every browser journey needs, set up once per test file: the built
// portal on its own database, Chromium, and (with `email: true`) a Resend
// stub the real SDK sends to. Call `journey()` at the top of a test file;
// its beforeAll/afterAll start and stop everything, and the file's own
// beforeAll hooks run after it, with the server up.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { en } from "~/i18n/en";
import { axeViolations, launchBrowser, screenshot } from "./browser";
import { startResendStub } from "./resend-stub";
import { startServer, type RunningServer } from "./server";

const root = path.resolve(__dirname, "..", "..");

type ResendStub = Awaited<ReturnType<typeof startResendStub>>;

export interface JourneyOptions {
  /** Extra environment for the server (DEMO_DATA, TRUST_PROXY, …). */
  env?: Record<string, string>;
  /** Send email through the real Resend SDK to a local stub (else: the local mailbox). */
  email?: boolean;
}

export interface Journey {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly stub: ResendStub;
  /** Script errors seen in any page (a failed hydration leaves a page that looks fine but does not work). */
  readonly scriptErrors: string[];
  /** Reads the server's database directly, to pick what the journey works on. */
  query<T>(sql: string, ...params: unknown[]): T[];
  /** Writes to the server's database directly (state a test builds rather than clicks through); the new row's id. */
  exec(sql: string, ...params: unknown[]): number;
  /** A page in a fresh browser context (its own cookies), recording script errors. */
  newPage(context?: BrowserContextOptions): Promise<Page>;
  /** No script error so far, a screenshot, and no WCAG 2.1 AA violation (axe). */
  expectAccessible(page: Page, name: string): Promise<void>;
  /** Makes an admin with `npm run admin:create`, as the first admin of a real deployment is made. */
  adminCreate(email: string, name: string): SpawnSyncReturns<string>;
  /** Signs in through the emailed link, as anyone would, and waits for `landing` (a URL glob). */
  signIn(page: Page, email: string, landing: string): Promise<void>;
}

export function journey(options: JourneyOptions = {}): Journey {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let stub: ResendStub | undefined;
  const scriptErrors: string[] = [];

  beforeAll(async () => {
    if (options.email) stub = await startResendStub();
    const email: Record<string, string> = stub ? { RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: stub.url } : {};
    server = await startServer({ ...email, ...options.env });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await stub?.stop();
  });

  function started<T>(value: T | undefined, what: string): T {
    if (!value)
      throw new Error(
        `${what} is not started: use it inside a test or a beforeAll hook${what === "The Resend stub" ? ", with journey({ email: true })" : ""}`,
      );
    return value;
  }

  function withDatabase<T>(work: (db: Database.Database) => T, readonly: boolean): T {
    const db = new Database(started(server, "The server").databaseFile, { readonly });
    try {
      return work(db);
    } finally {
      db.close();
    }
  }

  const self: Journey = {
    get server() {
      return started(server, "The server");
    },
    get browser() {
      return started(browser, "Chromium");
    },
    get stub() {
      return started(stub, "The Resend stub");
    },
    scriptErrors,
    query: <T>(sql: string, ...params: unknown[]) => withDatabase((db) => db.prepare(sql).all(...params) as T[], true),
    exec: (sql: string, ...params: unknown[]) => withDatabase((db) => Number(db.prepare(sql).run(...params).lastInsertRowid), false),
    async newPage(context = {}) {
      const page = await (await self.browser.newContext(context)).newPage();
      page.on("pageerror", (error) => scriptErrors.push(`${page.url()}: ${error.message}`));
      return page;
    },
    async expectAccessible(page, name) {
      expect(scriptErrors).toEqual([]);
      const violations = await axeViolations(page);
      await screenshot(page, name);
      expect(violations, `${name}: ${violations.join("\n")}`).toEqual([]);
    },
    adminCreate(email, name) {
      return spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/admin-create.ts", "--email", email, "--name", name], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: self.server.databaseFile, RESEND_API_KEY: "" },
        encoding: "utf8",
      });
    },
    async signIn(page, email, landing) {
      await page.goto(`${self.server.url}/en/sign-in`);
      await page.getByLabel(en.signIn.email).fill(email);
      const since = Date.now();
      await page.getByRole("button", { name: en.signIn.submit }).click();
      await page.waitForURL("**/en/sign-in/sent");
      const mail = await self.stub.waitFor(
        (m) => m.to.includes(email) && /sign-in\/verify/.test(m.text) && m.receivedAt.getTime() >= since,
        15_000,
      );
      const link = /https?:\/\/\S+\/sign-in\/verify\?token=[\w-]+/.exec(mail.text)![0];
      await page.goto(link);
      await page.getByRole("button", { name: en.signIn.verifyButton }).click();
      await page.waitForURL(landing);
    },
  };
  return self;
}
