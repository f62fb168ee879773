/// <reference types="vite/client" />
// Every /admin route, found from the route files (so a new one cannot be
// forgotten): a signed-out visitor is sent to sign in, a respondent gets 403
// from every loader and action, and a moderator gets 403 from admin-only ones.
import { beforeAll, describe, expect, it } from "vitest";
import { cookieFor, createRespondent, createUser, routeArgs, run, seedContent } from "../support/fixtures";

type Handler = (args: ReturnType<typeof routeArgs>) => unknown;
interface RouteModule {
  loader?: Handler;
  action?: Handler;
}

const modules = import.meta.glob<RouteModule>("../../app/routes/$lang.admin*.tsx", { eager: true });

/** Route files whose every loader and action need an admin, not just a moderator. */
const ADMIN_ONLY = new Set([
  "$lang.admin.staff.tsx",
  "$lang.admin.audit.tsx",
  "$lang.admin.report._index.tsx",
  "$lang.admin.report.questions.$number.tsx",
  "$lang.admin.report.preview.tsx",
  "$lang.admin.report.government[.]docx.tsx",
  "$lang.admin.consultations_.$id_.questions.new.tsx",
  "$lang.admin.consultations_.$id_.questions.$questionId.tsx",
  "$lang.admin.consultations_.$id_.questions.import.tsx",
]);
/** Admin-only actions on pages moderators may read. */
const ADMIN_ONLY_ACTIONS = new Set(["$lang.admin.themes.tsx", "$lang.admin.consultations_.$id_.questions._index.tsx"]);

const routes = Object.entries(modules).map(([path, module]) => ({ file: path.split("/").at(-1)!, module }));
const params = { lang: "en", id: "1", cluster: "1", number: "1" };

async function outcome(handler: Handler, cookie: string | undefined, method: "GET" | "POST"): Promise<number> {
  const result = await run(() =>
    handler(routeArgs("/en/admin/x", params, { method, cookie, form: method === "POST" ? { intent: "approve" } : undefined })),
  );
  return result instanceof Response ? result.status : 200;
}

let respondent: string;
let moderator: string;

beforeAll(async () => {
  seedContent();
  respondent = await cookieFor(createRespondent().user.id);
  moderator = await cookieFor(createUser({ role: "moderator" }).id);
});

describe("the staff workspace refuses those who do not belong", () => {
  it("finds the admin routes", () => {
    expect(routes.length).toBeGreaterThanOrEqual(5);
  });

  for (const { file, module } of routes) {
    for (const [kind, handler] of [
      ["loader", module.loader],
      ["action", module.action],
    ] as const) {
      if (!handler) continue;
      const method = kind === "loader" ? "GET" : "POST";
      it(`${file} ${kind}: signed out → sign in; respondent → 403`, async () => {
        expect(await outcome(handler, undefined, method)).toBe(302);
        expect(await outcome(handler, respondent, method)).toBe(403);
      });
      if (ADMIN_ONLY.has(file) || (kind === "action" && ADMIN_ONLY_ACTIONS.has(file))) {
        it(`${file} ${kind}: moderator → 403`, async () => {
          expect(await outcome(handler, moderator, method)).toBe(403);
        });
      }
    }
  }
});
