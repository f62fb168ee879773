// The near-duplicate measure on its own: what counts as the same text, how
// much editing a copy survives, and that unrelated answers never come close.
import { describe, expect, it } from "vitest";
import {
  BAND_CHARS,
  bandKeys,
  estimatedJaccard,
  groupSignatures,
  jaccard,
  MIN_WORDS,
  NEAR_DUPLICATE_THRESHOLD,
  normalise,
  parseSignature,
  serialiseSignature,
  shingles,
  signatureOf,
} from "~/lib/near-duplicates";

// 60 words.
const letter =
  "We urge the Government of Canada to guarantee that every survivor of human trafficking receives immediate access to safe housing, legal aid and trauma counselling, without having to cooperate with police first. Protection must never depend on testimony, and temporary resident permits should be renewed automatically for as long as survivors need them to rebuild their lives in full safety.";

function replaceWord(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

function signature(text: string): Uint32Array {
  const result = signatureOf(text);
  if (!result) throw new Error("expected a signature");
  return result;
}

describe("normalise", () => {
  it("lower-cases, folds accents and collapses punctuation and spacing", () => {
    expect(normalise("  Les VICTIMES—de la traite,  l’État!\n\tÇa suffit… ")).toBe("les victimes de la traite l etat ca suffit");
    expect(normalise("Hello,world")).toBe(normalise("hello   WORLD!!"));
  });
});

describe("near-duplicate measure", () => {
  it("uses a 60-word text in these tests", () => {
    expect(letter.split(/\s+/)).toHaveLength(60);
    expect(NEAR_DUPLICATE_THRESHOLD).toBe(0.8);
  });

  it("finds identical texts identical, whatever the case, accents and punctuation", () => {
    const shouted = letter.toUpperCase().replace(/,/g, " ;");
    expect(estimatedJaccard(signature(letter), signature(shouted))).toBe(1);
    expect(serialiseSignature(signature(letter))).toBe(serialiseSignature(signature(shouted)));
  });

  it("keeps small edits above the threshold: a changed word, a typo, a swapped name", () => {
    const changedWord = replaceWord(letter, "immediate", "prompt");
    const typo = replaceWord(letter, "counselling", "counseling");
    const name = `As the Prairie Survivors Network, ${letter.charAt(0).toLowerCase()}${letter.slice(1)}`;
    for (const copy of [changedWord, typo, name]) {
      expect(jaccard(shingles(letter)!, shingles(copy)!)).toBeGreaterThanOrEqual(0.8);
      expect(estimatedJaccard(signature(letter), signature(copy))).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    }
  });

  it("estimates the exact similarity closely", () => {
    const edited = replaceWord(replaceWord(letter, "legal aid", "legal advice"), "rebuild", "restart");
    const exact = jaccard(shingles(letter)!, shingles(edited)!);
    expect(Math.abs(estimatedJaccard(signature(letter), signature(edited)) - exact)).toBeLessThan(0.12);
  });

  it("finds an answer on the same subject in other words far apart", () => {
    const other =
      "Survivors of human trafficking in Canada often wait months for a temporary resident permit, and shelters report that legal aid is rarely available in time. We recommend funding specialised housing, training police to recognise trafficking, and ensuring that access to support never depends on whether a survivor agrees to testify against the traffickers.";
    expect(jaccard(shingles(letter)!, shingles(other)!)).toBeLessThan(0.1);
    expect(estimatedJaccard(signature(letter), signature(other))).toBeLessThan(0.2);
  });

  it("never groups short answers: they agree by chance", () => {
    expect(signatureOf("I agree with the proposal")).toBeNull();
    expect(signatureOf("We fully agree with the proposal as drafted and have nothing further to add.")).toBeNull();
    expect(signatureOf("")).toBeNull();
    const justLongEnough = Array.from({ length: MIN_WORDS }, (_, i) => `word${i}`).join(" ");
    expect(signatureOf(justLongEnough)).not.toBeNull();
  });

  it("gives the same signature every time, serialised in fixed-width bands", () => {
    const first = serialiseSignature(signature(letter));
    expect(serialiseSignature(signature(letter))).toBe(first);
    expect(first).toMatch(/^[0-9a-f]{1024}$/);
    expect(parseSignature(first)).toEqual(signature(letter));
    expect(bandKeys(first).join("")).toBe(first);
    expect(bandKeys(first).every((key) => key.length === BAND_CHARS)).toBe(true);
  });
});

describe("groupSignatures", () => {
  it("groups copies under their smallest id, chains through a shared copy, and leaves others alone", () => {
    const other =
      "Our clinic asks that provincial health coverage start on the first day for every foreign national identified as a possible victim, because waiting periods push people back to their exploiters. Interpreters, not family members or employers, should be used in every medical and legal appointment, and their cost should be paid by the federal government.";
    const copy = replaceWord(letter, "immediate", "prompt");
    const groups = groupSignatures([
      { id: 7, signature: signature(copy) },
      { id: 3, signature: signature(letter) },
      { id: 5, signature: signature(other) },
      { id: 9, signature: signature(replaceWord(copy, "counselling", "counseling")) },
    ]);
    expect(Object.fromEntries(groups)).toEqual({ 3: 3, 5: 5, 7: 3, 9: 3 });
  });
});
