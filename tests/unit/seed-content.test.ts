// The seeded consultation content, checked as a reader would check it.
import { describe, expect, it } from "vitest";
import { accessibilityStatement } from "~/content/accessibility";
import { privacyNotice } from "~/content/privacy";
import { cluster1Questions, cluster1Themes } from "~db/seed/cluster1-questions";
import { seedClusters } from "~db/seed/clusters";

describe("Cluster 1 questions", () => {
  it("cover every Cluster 1 article of the Convention and the three Protocols", () => {
    const covered = new Set(cluster1Questions.map((q) => `${q.instrument} ${q.article.match(/^\d+/)?.[0]}`));
    const required = [
      "untoc 2",
      "untoc 5",
      "untoc 6",
      "untoc 8",
      "untoc 9",
      "untoc 10",
      "untoc 15",
      "untoc 23",
      "tip 3",
      "tip 5",
      "som 3",
      "som 5",
      "som 6",
      "firearms 5",
    ];
    for (const article of required) expect(covered, article).toContain(article);
  });

  it("have unique keys, both languages and a word limit", () => {
    expect(new Set(cluster1Questions.map((q) => q.key)).size).toBe(cluster1Questions.length);
    for (const q of cluster1Questions) {
      for (const text of [q.prompt, q.guidance, q.articleTitle]) {
        expect(text.en.trim(), q.key).not.toBe("");
        expect(text.fr.trim(), q.key).not.toBe("");
        expect(text.fr, q.key).not.toBe(text.en);
      }
      expect(q.wordLimit, q.key).toBeGreaterThanOrEqual(100);
    }
  });

  it("say on every Firearms Protocol question that Canada is not a party", () => {
    const firearms = cluster1Questions.filter((q) => q.instrument === "firearms");
    expect(firearms.length).toBeGreaterThan(0);
    for (const q of firearms) {
      expect(q.guidance.en, q.key).toMatch(/Canada is not a party/);
      expect(q.guidance.fr, q.key).toMatch(/Le Canada n’est pas partie/);
    }
  });

  it("come in questionnaire order: Convention, then each Protocol", () => {
    const order = ["untoc", "tip", "som", "firearms"];
    const positions = cluster1Questions.map((q) => order.indexOf(q.instrument));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("have themes with labels and descriptions in both languages", () => {
    expect(cluster1Themes.length).toBeGreaterThanOrEqual(5);
    for (const theme of cluster1Themes) {
      expect(theme.label.fr).not.toBe(theme.label.en);
      expect(theme.description.fr.length).toBeGreaterThan(10);
    }
  });
});

describe("clusters and long-form pages", () => {
  it("seed the four clusters of the review", () => {
    expect(seedClusters.map((c) => c.id)).toEqual([1, 2, 3, 4]);
    expect(seedClusters[0]?.title.fr).toBe("Incrimination et compétence");
  });

  it("give the privacy notice and accessibility statement the same sections in both languages", () => {
    for (const page of [privacyNotice, accessibilityStatement]) {
      expect(page.fr.sections.map((s) => s.id)).toEqual(page.en.sections.map((s) => s.id));
    }
  });

  it("tell people how to complain to the Privacy Commissioner", () => {
    expect(JSON.stringify(privacyNotice.en)).toMatch(/Privacy Commissioner of Canada/);
    expect(JSON.stringify(privacyNotice.fr)).toMatch(/Commissariat à la protection de la vie privée du Canada/);
  });
});
