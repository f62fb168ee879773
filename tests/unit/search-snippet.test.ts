// app/lib/search-snippet.ts: the queue's excerpt around the words searched for.
import { describe, expect, it } from "vitest";
import { searchTerms, snippet } from "~/lib/search-snippet";

const marks = { start: "[", end: "]", ellipsis: "…", words: 32 };
const show = (text: string, q: string, words = 32) => snippet(text, searchTerms(q), { ...marks, words });
const words = (n: number, word = "filler") => Array.from({ length: n }, () => word).join(" ");

describe("searchTerms", () => {
  it("reads bare words as prefixes and quoted phrases word for word, punctuation as a separator", () => {
    expect(searchTerms('victim "stable funding" co-operation')).toEqual([
      { words: ["victim"], prefix: true },
      { words: ["stable", "funding"], prefix: false },
      { words: ["co"], prefix: true },
      { words: ["operation"], prefix: true },
    ]);
    expect(searchTerms(' "" !! ')).toEqual([]);
  });

  it("keeps a decomposed accent (e + U+0301, as some keyboards and pastes give it) inside its word", () => {
    expect(searchTerms("se\u0301curite\u0301")).toEqual([{ words: ["se\u0301curite\u0301"], prefix: true }]);
    expect(show("La Sécurité publique.", "se\u0301curite\u0301")).toBe("La [Sécurité] publique.");
  });
});

describe("snippet", () => {
  it("marks a word the search begins, without case or accents, as written in the answer", () => {
    expect(show("La Sécurité publique et les victimes.", "securite VICTIM")).toBe("La [Sécurité] publique et les [victimes].");
  });

  it("marks a phrase only where its words stand together", () => {
    expect(show("Stable and funding differ from stable funding.", '"stable funding"')).toBe(
      "Stable and funding differ from [stable] [funding].",
    );
  });

  it("shows the passage around a match deep in a long answer, cut with ellipses", () => {
    const text = `${words(100)} survivors need shelter ${words(100)}`;
    const shown = show(text, "shelter");
    expect(shown.startsWith("…")).toBe(true);
    expect(shown.endsWith("…")).toBe(true);
    expect(shown).toContain("survivors need [shelter]");
    expect(shown.replace(/…/g, "").split(" ")).toHaveLength(32);
  });

  it("prefers the passage holding more of the search's words", () => {
    const text = `alpha ${words(40)} alpha beta ${words(40)}`;
    expect(show(text, "alpha beta", 8)).toMatch(/\[alpha\] \[beta\]/);
  });

  it("gives the opening of an answer where no word matches", () => {
    expect(show(`${words(40)} end`, "absent", 4)).toBe("filler filler filler filler…");
    expect(show("Short answer.", "absent")).toBe("Short answer.");
  });

  it("keeps the punctuation between words", () => {
    expect(show("Funding: yes; shelters, too!", "shelters")).toBe("Funding: yes; [shelters], too!");
  });
});
