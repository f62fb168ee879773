// The public pages' loaders, against the seeded database.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { seed } from "~db/seed";
import { loader as clusterLoader } from "~/routes/$lang.clusters.$cluster._index";
import { loader as questionLoader } from "~/routes/$lang.clusters.$cluster.questions.$number";
import { loader as homeLoader } from "~/routes/$lang._index";
import { loader as indexLoader } from "~/routes/_index";

function args(path: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  return { request: new Request(`http://localhost${path}`, { headers }), params, context: {} };
}

async function status(fn: () => unknown): Promise<number> {
  try {
    await fn();
    return 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

beforeAll(() => {
  seed(getDb(), new Date());
});

describe("home", () => {
  it("lists the four clusters, Cluster 1 open and the others upcoming, in French", () => {
    const data = homeLoader(args("/fr", { lang: "fr" }));
    expect(data.clusters.map((c) => c.title)).toEqual([
      "Incrimination et compétence",
      "Prévention, assistance technique, mesures de protection et autres mesures",
      "Détection et répression, et système judiciaire",
      "Coopération internationale, entraide judiciaire et confiscation",
    ]);
    expect(data.clusters[0]?.consultation?.status).toBe("open");
    expect(data.clusters[0]?.consultation?.questionCount).toBe(20);
    expect(data.clusters.slice(1).every((c) => c.consultation === null)).toBe(true);
    expect(data.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("is a 404 in a language that is not official", async () => {
    expect(await status(() => homeLoader(args("/de", { lang: "de" })))).toBe(404);
  });
});

describe("cluster page", () => {
  it("groups the questions by instrument, then article, in order", () => {
    const data = clusterLoader(args("/en/clusters/1", { lang: "en", cluster: "1" }));
    expect(data.instruments.map((i) => i.id)).toEqual(["untoc", "tip", "som", "firearms"]);
    expect(data.instruments.find((i) => i.id === "firearms")?.countryIsParty).toBe(false);
    const numbers = data.instruments.flatMap((i) => i.articles.flatMap((a) => a.questions.map((q) => q.number)));
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(data.instruments[0]?.articles[0]?.title).toMatch(/terms|terminology/i);
  });

  it("shows an upcoming cluster without questions", () => {
    const data = clusterLoader(args("/en/clusters/3", { lang: "en", cluster: "3" }));
    expect(data.cluster.consultation).toBeNull();
    expect(data.instruments).toEqual([]);
    expect(data.cluster.timeline).toMatch(/Upcoming/);
  });

  it("is a 404 for a cluster that does not exist or a malformed number", async () => {
    for (const cluster of ["5", "0", "01", "1.0", "one", "-1"]) {
      expect(await status(() => clusterLoader(args(`/en/clusters/${cluster}`, { lang: "en", cluster }))), cluster).toBe(404);
    }
  });
});

describe("question page", () => {
  it("gives the question in the page's language with its neighbours", () => {
    const data = questionLoader(args("/fr/clusters/1/questions/2", { lang: "fr", cluster: "1", number: "2" }));
    expect(data.question.number).toBe(2);
    expect(data.instrument.name).toBe("Convention des Nations Unies contre la criminalité transnationale organisée");
    expect(data.previous).toBe(1);
    expect(data.next).toBe(3);
    expect(data.question.prompt).not.toBe("");
  });

  it("has no previous on the first question and no next on the last", () => {
    expect(questionLoader(args("/en/clusters/1/questions/1", { lang: "en", cluster: "1", number: "1" })).previous).toBeNull();
    expect(questionLoader(args("/en/clusters/1/questions/20", { lang: "en", cluster: "1", number: "20" })).next).toBeNull();
  });

  it("is a 404 beyond the last question or in a cluster without a consultation", async () => {
    expect(await status(() => questionLoader(args("/en", { lang: "en", cluster: "1", number: "21" })))).toBe(404);
    expect(await status(() => questionLoader(args("/en", { lang: "en", cluster: "2", number: "1" })))).toBe(404);
  });
});

describe("/", () => {
  it("sends a French browser to /fr and says the answer varies with the language", () => {
    const response = indexLoader(args("/", {}, { "Accept-Language": "fr-CA,fr;q=0.9" }));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/fr");
    expect(response.headers.get("Vary")).toBe("Accept-Language");
  });
});
