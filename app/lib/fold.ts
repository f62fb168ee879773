// Accent folding, shared by every comparison that must not care how a word is
// accented: near-duplicate answers, organization names, theme suggestions.

/**
 * "Éléonore, Ça" → "Eleonore, Ca": each letter decomposed (NFD) and its
 * combining marks dropped. Case is left to the caller, in the order it had:
 * lowercasing before or after agrees on every single character but not always
 * in context (a Greek capital sigma before a spacing mark lowercases to ς or σ
 * depending on whether the mark is still there), and the keys and signatures
 * already stored must not change.
 */
export function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}
