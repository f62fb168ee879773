// Which requests the public page cache may answer, and what it keeps
// (app/platform/page-cache.server.ts): getting this wrong would show one visitor's
// page to another, break the CSP, or show a consultation as open after it
// closed.
import { describe, expect, it } from "vitest";
import {
  createPageCache,
  fillTemplate,
  isCacheable,
  templateEtag,
  toTemplate,
  type ContentClock,
  type RenderedPage,
} from "~/platform/page-cache.server";

const anonymous = { method: "GET", path: "/en/reports/cluster-1", search: "", cookie: undefined };

describe("isCacheable", () => {
  it("takes the public pages of an anonymous GET, in both languages", () => {
    const paths = [
      "/en",
      "/fr",
      "/en/privacy",
      "/fr/accessibility",
      "/en/clusters/1",
      "/fr/clusters/4/questions/12",
      "/en/reports",
      "/fr/reports",
      "/en/reports/cluster-1",
      "/fr/reports/cluster-1/v/2",
    ];
    for (const path of paths) expect(isCacheable({ ...anonymous, path }), path).toBe(true);
    expect(isCacheable({ ...anonymous, cookie: "theme=dark" })).toBe(true);
  });

  it("refuses signed-in visitors, other methods, query strings and other pages", () => {
    expect(isCacheable({ ...anonymous, cookie: "__session=abc" })).toBe(false);
    expect(isCacheable({ ...anonymous, cookie: "a=1; __session=abc" })).toBe(false);
    expect(isCacheable({ ...anonymous, method: "POST" })).toBe(false);
    expect(isCacheable({ ...anonymous, method: "HEAD" })).toBe(false);
    expect(isCacheable({ ...anonymous, search: "?page=2" })).toBe(false);
    const others = [
      "/",
      "/en/",
      "/en/admin/report",
      "/en/admin/queue",
      "/en/respond/1",
      "/en/sign-in",
      "/en/register",
      "/en/account",
      "/en/mailbox",
      "/en/reports/cluster-1/v/2.pdf",
      "/en/reports/cluster-1.data",
      "/en/clusters/1.data",
      "/de/reports",
      "/en/clusters/x",
      "/en/clusters/01",
      "/en/clusters/1/questions/007",
    ];
    for (const path of others) expect(isCacheable({ ...anonymous, path }), path).toBe(false);
  });
});

describe("page templates", () => {
  const nonce = "N0nceN0nceN0nceN0nceN0nc";
  const page = (body: string, status = 200, headers: [string, string][] = []): RenderedPage => ({
    status,
    headers,
    body: Buffer.from(body),
  });

  it("put each response's nonce where the render had its own", () => {
    const rendered = page(
      `<a href="https://portal.example/en/x">x</a><script nonce="${nonce}">a</script><script nonce="${nonce}">b</script>`,
    );
    const template = toTemplate(rendered, { nonce }, 1, Infinity);
    expect(template.holes).toEqual(["nonce", "nonce"]);
    const filled = fillTemplate(template, { nonce: "fresh+/==" }).toString();
    expect(filled).toBe(
      '<a href="https://portal.example/en/x">x</a><script nonce="fresh+/==">a</script><script nonce="fresh+/==">b</script>',
    );
  });

  it("keep the same ETag for the same page whatever the nonce, and a new one when the page changes", () => {
    const a = toTemplate(page(`<p>one</p><script nonce="${nonce}"></script>`), { nonce }, 1, Infinity);
    const b = toTemplate(
      page(`<p>one</p><script nonce="other-nonce-of-the-same"></script>`),
      { nonce: "other-nonce-of-the-same" },
      2,
      Infinity,
    );
    const c = toTemplate(page(`<p>two</p><script nonce="${nonce}"></script>`), { nonce }, 3, Infinity);
    expect(templateEtag(a)).toBe(templateEtag(b));
    expect(templateEtag(a)).not.toBe(templateEtag(c));
  });

  it("drop the headers set per response", () => {
    const rendered = page("x", 200, [
      ["content-type", "text/html; charset=utf-8"],
      ["cache-control", "max-age=60"],
      ["content-length", "1"],
    ]);
    expect(toTemplate(rendered, {}, 1, Infinity).headers).toEqual([["content-type", "text/html; charset=utf-8"]]);
  });
});

/** A content counter and a clock the test moves by hand. */
function testClock(transitions: number[] = []) {
  const state = { version: 1, now: 1_000 };
  const clock: ContentClock = {
    version: () => state.version,
    nextTransition: (now) => Math.min(Infinity, ...transitions.filter((t) => t > now)),
    now: () => state.now,
  };
  return { state, clock };
}

describe("createPageCache", () => {
  const page = (body: string, status = 200, headers: [string, string][] = []): RenderedPage => ({
    status,
    headers,
    body: Buffer.from(body),
  });
  const origin = "http://portal.example";

  it("renders once for requests that arrive together, then serves from memory", async () => {
    const { clock } = testClock();
    const cache = createPageCache(clock);
    let renders = 0;
    const render = async (_path: string, _origin: string, nonce: string) => {
      renders++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return page(`<p>page</p><script nonce="${nonce}"></script>`);
    };
    const results = await Promise.all([1, 2, 3].map(() => cache.render("/en", origin, render)));
    expect(new Set(results).size).toBe(1);
    expect(cache.current("/en")).toBe(results[0]);
    expect(renders).toBe(1);
    expect(fillTemplate(results[0]!, { nonce: "n1" }).toString()).toBe('<p>page</p><script nonce="n1"></script>');
  });

  it("forgets a page when the content counter moves", async () => {
    const { state, clock } = testClock();
    const cache = createPageCache(clock);
    await cache.render("/en", origin, async () => page("v1"));
    expect(cache.current("/en")).toBeDefined();
    state.version = 2;
    expect(cache.current("/en")).toBeUndefined();
    const next = await cache.render("/en", origin, async () => page("v2"));
    expect(cache.current("/en")).toBe(next);
    expect(cache.size).toBe(1);
  });

  it("forgets a page when a consultation opens or closes after its render", async () => {
    const { state, clock } = testClock([5_000, 9_000]);
    const cache = createPageCache(clock);
    await cache.render("/en/clusters/1", origin, async () => page("upcoming"));
    state.now = 4_999;
    expect(cache.current("/en/clusters/1")).toBeDefined();
    state.now = 5_000;
    expect(cache.current("/en/clusters/1")).toBeUndefined();
    const open = await cache.render("/en/clusters/1", origin, async () => page("open"));
    expect(open.expiresAt).toBe(9_000);
  });

  it("keeps no error page and no page that sets a cookie", async () => {
    const { clock } = testClock();
    const cache = createPageCache(clock);
    const gone = await cache.render("/en/reports/x/v/1", origin, async () => page("gone", 410));
    expect(gone.status).toBe(410);
    await cache.render("/en/privacy", origin, async () => page("x", 200, [["set-cookie", "a=1"]]));
    expect(cache.size).toBe(0);
  });
});
