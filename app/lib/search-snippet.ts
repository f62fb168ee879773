// The words a moderator searches the queue for, and the passage of an
// answer around them.
//
// `searchTerms` reads the search box: a quoted phrase is matched word for
// word, every other word as a prefix ("victim" finds "victims"). The
// queue's FTS5 query is written from these terms (ftsQuery in
// models/moderate/queue.server.ts), so the list and its excerpts agree.
//
// `snippet` is the passage shown under each answer of a search, with each
// match between `start` and `end` marks. It is computed here, from the
// page's own 25 texts, rather than by FTS5's snippet(): that needs a MATCH,
// and a MATCH of a broad prefix term merges every entry of the term in the
// index first (at a million answers, 8-11 ms for a word in 165,000 of them),
// which was the fourth of a broad search's four. Words are read as the
// index reads them (tokenize unicode61, remove_diacritics 2): runs of
// letters and digits, compared without case or accents.
import { stripAccents } from "./fold";

export interface SearchTerm {
  /** The words as typed (a phrase has several). */
  words: string[];
  /** A bare word matches any word it begins; a phrase matches its words exactly. */
  prefix: boolean;
}

/** The tokens FTS5 sees in a text: runs of letters, digits and the accents on them (so a decomposed "é", e + U+0301, stays inside its word). */
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

/** The terms of a search box's text: `"quoted phrases"` and bare words, each word read as the index reads it (TOKEN); everything else is a separator. */
export function searchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const match of input.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      const words = phrase.match(TOKEN);
      if (words) terms.push({ words, prefix: false });
    } else {
      for (const word of match[2]!.match(TOKEN) ?? []) terms.push({ words: [word], prefix: true });
    }
  }
  return terms;
}

/** A word as the index compares it: accents and case set aside. */
function folded(word: string): string {
  // Most words are plain ASCII letters and digits, with no accent to take off (NFD per word is the costly part).
  return /^[a-zA-Z0-9]*$/.test(word) ? word.toLowerCase() : stripAccents(word).toLowerCase();
}

export interface SnippetOptions {
  start: string;
  end: string;
  /** Shown where the passage cuts the text. */
  ellipsis: string;
  /** How many words the passage holds (FTS5's snippet took 32 too). */
  words: number;
}

/**
 * The passage of `text` of `options.words` words that holds the most of
 * the search's terms (then the most matches, then the earliest), each match
 * marked. A text with no match gives its opening.
 */
export function snippet(text: string, terms: SearchTerm[], options: SnippetOptions): string {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ at: m.index, end: m.index + m[0].length, word: folded(m[0]) }));
  if (tokens.length === 0) return text;
  const wanted = terms.map((term) => ({ words: term.words.map(folded), prefix: term.prefix }));
  // Each match: the term it belongs to and the tokens it covers.
  const matches: { term: number; from: number; to: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    wanted.forEach((term, t) => {
      const fits = term.words.every((word, k) => {
        const token = tokens[i + k]?.word;
        return token !== undefined && (term.prefix ? token.startsWith(word) : token === word);
      });
      if (fits) matches.push({ term: t, from: i, to: i + term.words.length - 1 });
    });
  }
  const size = options.words;
  let best = { first: 0, terms: -1, count: -1 };
  // A passage starts a little before one of the matches, so it reads from the match's context.
  const starts = matches.length ? matches.map((m) => Math.max(0, Math.min(m.from - 2, tokens.length - size))) : [0];
  for (const first of starts) {
    const inside = matches.filter((m) => m.from >= first && m.to < first + size);
    const distinct = new Set(inside.map((m) => m.term)).size;
    if (distinct > best.terms || (distinct === best.terms && inside.length > best.count))
      best = { first, terms: distinct, count: inside.length };
  }
  const first = best.first;
  const last = Math.min(tokens.length, first + size) - 1;
  const marked = new Set<number>();
  for (const m of matches) if (m.from >= first && m.to <= last) for (let k = m.from; k <= m.to; k++) marked.add(k);
  // Where the passage reaches either end of the answer, what stands before its first word or after its last is kept too.
  let out = first > 0 ? options.ellipsis : text.slice(0, tokens[0]!.at);
  for (let i = first; i <= last; i++) {
    const token = tokens[i]!;
    const word = text.slice(token.at, token.end);
    out += marked.has(i) ? `${options.start}${word}${options.end}` : word;
    // What stands between this word and the next (spaces, punctuation) is kept as written.
    if (i < last) out += text.slice(token.end, tokens[i + 1]!.at);
  }
  out += last < tokens.length - 1 ? options.ellipsis : text.slice(tokens[last]!.end);
  return out;
}
