// The type checker proves both dictionaries have the same keys; this checks
// what it cannot: that no French string was left empty or in English.
import { describe, expect, it } from "vitest";
import { en } from "~/i18n/en";
import { fr } from "~/i18n/fr";

function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") return [[path, String((value as (...a: unknown[]) => unknown)(2, "X"))]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe("dictionaries", () => {
  const english = new Map(leaves(en));
  const french = leaves(fr);

  it("have no empty string", () => {
    for (const [path, text] of [...english, ...french]) expect(text.trim(), path).not.toBe("");
  });

  it("translate every sentence (identical strings are only names and numbers)", () => {
    const allowedSame = new Set(["question.instrument", "question.article", "cluster.questionNumber", "cluster.article", "errors.errorCode", "cluster.questionsHeading", "home.questionCount", "queue.questionN", "queue.withCount", "queue.open", "consultations.stateWithStatus"]);
    const untranslated = french
      .filter(([path, text]) => english.get(path) === text && !allowedSame.has(path) && /\s/.test(text))
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it("give arrays the same length in both languages", () => {
    expect(fr.home.howSteps).toHaveLength(en.home.howSteps.length);
    expect(fr.question.closedChoices).toHaveLength(en.question.closedChoices.length);
  });
});
