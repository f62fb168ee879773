// patches/@remix-run+router+1.23.3.patch (docs/decisions/012): the server's
// copy of React Router remembers which route branch matched each pathname.
// Matching must give what it gave unpatched: the right route and params for
// every pathname, match objects of each call's own, no match stays no match.
import fs from "node:fs";
import { createRequire } from "node:module";
import type * as Router from "@remix-run/router";
import { describe, expect, it } from "vitest";

// The server's copy (dist/router.cjs.js, what Remix's server runtime loads), not the browser's.
const require = createRequire(import.meta.url);
const { matchRoutes } = require("@remix-run/router") as typeof Router;

const routes = [
  {
    id: "root",
    path: "/",
    children: [
      { id: "question", path: ":lang/respond/:cluster/questions/:number" },
      { id: "queue", path: ":lang/admin/queue" },
      { id: "page", path: ":lang/:page" },
    ],
  },
];

const leaf = (pathname: string) => matchRoutes(routes, pathname)?.at(-1);

describe("route matching, patched to remember the matching branch", () => {
  it("runs on the server's copy, with the patch applied by npm install", () => {
    const file = require.resolve("@remix-run/router");
    expect(file).toMatch(/router\.cjs\.js$/);
    expect(fs.readFileSync(file, "utf8")).toContain("const matchedBranches = new WeakMap();");
  });

  it("gives each pathname its own params, asked again and again", () => {
    for (let round = 0; round < 3; round++) {
      expect(leaf("/en/respond/1/questions/8")?.params).toEqual({ lang: "en", cluster: "1", number: "8" });
      expect(leaf("/fr/respond/2/questions/14")?.params).toEqual({ lang: "fr", cluster: "2", number: "14" });
      expect(leaf("/en/admin/queue")?.route.id).toBe("queue");
      expect(leaf("/fr/privacy")?.params).toEqual({ lang: "fr", page: "privacy" });
    }
  });

  it("returns new match objects on each call, so changing one changes no later request's", () => {
    const first = matchRoutes(routes, "/en/respond/1/questions/3")!;
    (first.at(-1)!.params as Record<string, string>).number = "changed";
    const second = matchRoutes(routes, "/en/respond/1/questions/3")!;
    expect(second).not.toBe(first);
    expect(second.at(-1)!.params.number).toBe("3");
  });

  it("keeps finding nothing where nothing matches", () => {
    expect(matchRoutes(routes, "/en/respond/1/questions/3/extra/parts")).toBeNull();
    expect(matchRoutes(routes, "/en/respond/1/questions/3/extra/parts")).toBeNull();
  });

  it("still matches correctly after more pathnames than it remembers", () => {
    for (let i = 0; i < 2_500; i++) expect(leaf(`/en/respond/1/questions/${i}`)?.params.number).toBe(String(i));
    expect(leaf("/en/admin/queue")?.route.id).toBe("queue");
  });
});
