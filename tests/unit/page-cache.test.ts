// Which requests the report page cache may answer (app/page-cache.server.ts):
// getting this wrong would show one visitor's page to another.
import { describe, expect, it } from "vitest";
import { createPageCache, isCacheable, type RenderedPage } from "~/page-cache.server";

const anonymous = { method: "GET", path: "/en/reports/cluster-1", search: "", host: "portal.example", cookie: undefined };

describe("isCacheable", () => {
  it("takes the report pages of an anonymous GET", () => {
    for (const path of ["/en/reports", "/fr/reports", "/en/reports/cluster-1", "/fr/reports/cluster-1/v/2"]) {
      expect(isCacheable({ ...anonymous, path }), path).toBe(true);
    }
    expect(isCacheable({ ...anonymous, cookie: "theme=dark" })).toBe(true);
  });

  it("refuses signed-in visitors, other methods, query strings and other pages", () => {
    expect(isCacheable({ ...anonymous, cookie: "__session=abc" })).toBe(false);
    expect(isCacheable({ ...anonymous, cookie: "a=1; __session=abc" })).toBe(false);
    expect(isCacheable({ ...anonymous, method: "POST" })).toBe(false);
    expect(isCacheable({ ...anonymous, method: "HEAD" })).toBe(false);
    expect(isCacheable({ ...anonymous, search: "?page=2" })).toBe(false);
    for (const path of ["/en", "/en/admin/report", "/en/reports/cluster-1/v/2.pdf", "/en/reports/cluster-1.data", "/de/reports"]) {
      expect(isCacheable({ ...anonymous, path }), path).toBe(false);
    }
  });
});

describe("createPageCache", () => {
  const page = (body: string, status = 200): RenderedPage => ({ status, headers: [], body: Buffer.from(body) });

  it("renders once for requests that arrive together, then serves from memory", async () => {
    const cache = createPageCache();
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return page("<p>report</p>");
    };
    const results = await Promise.all([1, 2, 3].map(() => cache.get("/en/reports/x", '"e1"', render)));
    expect(results.map((r) => r.body.toString())).toEqual(["<p>report</p>", "<p>report</p>", "<p>report</p>"]);
    await cache.get("/en/reports/x", '"e1"', render);
    expect(renders).toBe(1);
  });

  it("renders again under a new ETag and forgets the old copy", async () => {
    const cache = createPageCache();
    await cache.get("/en/reports/x", '"e1"', async () => page("v1"));
    const next = await cache.get("/en/reports/x", '"e2"', async () => page("v2"));
    expect(next.body.toString()).toBe("v2");
    expect(cache.size).toBe(1);
  });

  it("keeps no error page and no page with a script (its nonce belongs to one request)", async () => {
    const cache = createPageCache();
    await cache.get("/a", '"e"', async () => page("gone", 410));
    await cache.get("/b", '"e"', async () => page('<script nonce="n">x</script>'));
    expect(cache.size).toBe(0);
  });
});
