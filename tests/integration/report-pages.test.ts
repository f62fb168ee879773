// The public report pages through their loaders, with versions written
// directly: the newest version, a replaced one (still readable, says so), an
// unpublished one (410, reason only), the index, and the home page's link.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { reportVersions } from "~db/schema";
import { buildReportDocument, consultationForCluster } from "~/models/report/document.server";
import { headers as versionHeaders, loader as versionLoader } from "~/routes/$lang.reports.$slug.v.$version";
import { loader as latestLoader } from "~/routes/$lang.reports.$slug._index";
import { loader as indexLoader } from "~/routes/$lang.reports._index";
import { loader as homeLoader } from "~/routes/$lang._index";
import { createOrganization, createSubmittedAnswer, routeArgs, run, seedContent } from "../support/fixtures";

const day = 24 * 60 * 60 * 1000;
const t0 = new Date("2027-03-17T15:00:00Z");

function publish(version: number, at: Date, marks: { replacedAt?: Date; unpublishedAt?: Date; unpublishReason?: string } = {}) {
  const document = buildReportDocument(1)!;
  document.version = version;
  document.publishedAt = at.toISOString();
  // Something that differs between versions, to see which one a page shows.
  document.intro = { en: `Introduction of version ${version}. <script>alert(1)</script>`, fr: `Introduction de la version ${version}.` };
  getDb()
    .insert(reportVersions)
    .values({ consultationId: consultationForCluster(1)!.id, version, snapshot: JSON.stringify(document), publishedAt: at, ...marks })
    .run();
}

/** The payload and response init of a loader that returns data(…, init). */
function unwrap<R extends { type: string; data: unknown; init: ResponseInit | null }>(result: R): { data: R["data"]; init: ResponseInit } {
  expect(result.type).toBe("DataWithResponseInit");
  return { data: result.data, init: result.init ?? {} };
}

async function status(fn: () => unknown): Promise<number> {
  const result = await run(fn);
  return result instanceof Response ? result.status : 200;
}

beforeAll(() => {
  seedContent();
  const org = createOrganization({ name: "Named Ngo", consentPublishName: true });
  createSubmittedAnswer(org.id, 2, "Yes, the offences exist.", { closedAnswer: "yes" });
});

describe("before anything is published", () => {
  it("explains on the index that no report is out yet, and the report address is a 404", async () => {
    expect(indexLoader(routeArgs("/en/reports", { lang: "en" })).reports).toEqual([]);
    expect(homeLoader(routeArgs("/en", { lang: "en" })).reports).toEqual([]);
    expect(await status(() => latestLoader(routeArgs("/en/reports/cluster-1", { lang: "en", slug: "cluster-1" })))).toBe(404);
  });
});

describe("published versions", () => {
  beforeAll(() => {
    publish(1, t0, { replacedAt: new Date(t0.getTime() + 7 * day) });
    publish(2, new Date(t0.getTime() + 7 * day));
    publish(3, new Date(t0.getTime() + 9 * day), {
      unpublishedAt: new Date(t0.getTime() + 10 * day),
      unpublishReason: "A figure was wrong.",
    });
  });

  it("lists the report on the index and the home page, in the page's language", () => {
    const { reports } = indexLoader(routeArgs("/fr/reports", { lang: "fr" }));
    expect(reports).toEqual([
      {
        slug: "cluster-1",
        clusterId: 1,
        title: "Consultation sur le groupe thématique 1 : incrimination et compétence",
        version: 2,
        publishedAt: new Date(t0.getTime() + 7 * day),
      },
    ]);
    expect(homeLoader(routeArgs("/en", { lang: "en" })).reports).toEqual([
      { slug: "cluster-1", title: "Cluster 1 consultation: criminalization and jurisdiction" },
    ]);
  });

  it("shows the newest version still published at the report's address, its Markdown sanitized", async () => {
    const data = await latestLoader(routeArgs("/en/reports/cluster-1", { lang: "en", slug: "cluster-1" }));
    expect(data.version).toBe(2);
    expect(data.document.version).toBe(2);
    expect(data.markdown.intro).toBe("<p>Introduction of version 2. &lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    expect(data.permalink).toMatch(/\/en\/reports\/cluster-1\/v\/2$/);
    expect(data.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(data.document.questions.find((q) => q.number === 2)!.figures.closed).toEqual({ yes: 1 });
  });

  it("keeps a replaced version readable, says what replaced it, and lets caches keep it five minutes", async () => {
    const result = unwrap(await versionLoader(routeArgs("/en/reports/cluster-1/v/1", { lang: "en", slug: "cluster-1", version: "1" })));
    expect(result.data).toMatchObject({ kind: "published", version: 1, replacedBy: 2 });
    if (result.data.kind !== "published") throw new Error("expected a published version");
    expect(result.data.markdown.intro).toContain("Introduction of version 1.");
    expect(result.init.status ?? 200).toBe(200);

    const loaderHeaders = new Headers(result.init.headers);
    expect(loaderHeaders.get("Cache-Control")).toBe("public, max-age=300");
    const sent = new Headers(
      versionHeaders({ loaderHeaders, parentHeaders: new Headers(), actionHeaders: new Headers(), errorHeaders: undefined }) as Headers,
    );
    expect(sent.get("Cache-Control")).toBe("public, max-age=300");
    expect(sent.get("Vary")).toBe("Cookie");

    // A visitor with a session gets a page with their name in the header: never in a shared cache.
    const signedIn = unwrap(
      await versionLoader(routeArgs("/en/reports/cluster-1/v/1", { lang: "en", slug: "cluster-1", version: "1" }, { cookie: "session=x" })),
    );
    expect(new Headers(signedIn.init.headers).get("Cache-Control")).toBe("private, max-age=300");
  });

  it("does not call the newest version replaced", async () => {
    const { data } = unwrap(await versionLoader(routeArgs("/fr/reports/cluster-1/v/2", { lang: "fr", slug: "cluster-1", version: "2" })));
    expect(data).toMatchObject({ kind: "published", version: 2, replacedBy: null });
    if (data.kind !== "published") throw new Error("expected a published version");
    expect(data.markdown.intro).toBe("<p>Introduction de la version 2.</p>\n");
  });

  it("answers an unpublished version with 410, its date and reason, and none of its content", async () => {
    const { data, init } = unwrap(
      await versionLoader(routeArgs("/en/reports/cluster-1/v/3", { lang: "en", slug: "cluster-1", version: "3" })),
    );
    expect(init.status).toBe(410);
    expect(data).toMatchObject({ kind: "unpublished", version: 3, reason: "A figure was wrong.", latestVersion: 2 });
    expect(data).not.toHaveProperty("document");
    expect(data).not.toHaveProperty("markdown");
    expect(JSON.stringify(data)).not.toContain("Introduction of version 3");
  });

  it("is a 404 for a version, report or address that does not exist", async () => {
    for (const [slug, version] of [
      ["cluster-1", "9"],
      ["cluster-1", "01"],
      ["cluster-1", "one"],
      ["cluster-2", "1"],
      ["../x", "1"],
    ] as const) {
      expect(
        await status(() => versionLoader(routeArgs(`/en/reports/${slug}/v/${version}`, { lang: "en", slug, version }))),
        `${slug} ${version}`,
      ).toBe(404);
    }
    expect(await status(() => latestLoader(routeArgs("/de/reports/cluster-1", { lang: "de", slug: "cluster-1" })))).toBe(404);
    expect(await status(() => indexLoader(routeArgs("/de/reports", { lang: "de" })))).toBe(404);
  });
});
