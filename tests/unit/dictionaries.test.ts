/// <reference types="vite/client" />
// Every English/French string set of the portal lives under app/i18n/, and
// this one file checks them all. The type checker proves French has English's
// keys where a set is typed against English; this checks what it cannot (and
// re-checks the keys, since `Record<string, string>` or a cast would hide a
// missing one): no string left empty or in English, the same placeholders and
// the same number of arguments in both languages.
import { describe, expect, it } from "vitest";
import { exportEn, exportFr, exportProblemsEn, exportProblemsFr } from "~/i18n/admin-export";
import { emailStrings } from "~/i18n/emails";
import { en } from "~/i18n/en";
import { fr } from "~/i18n/fr";
import { mailboxStrings } from "~/i18n/mailbox";

interface StringSet {
  en: object;
  fr: object;
  /** Paths whose French may read as the English: only names and numbers ("Question 2"). */
  sameAllowed: string[];
}

// The page dictionary (en.ts, fr.ts) holds its parts (queue, report, …) by
// reference, so they are checked within it. A new string set must be added
// here: the last test fails until it is.
const sets: Record<string, StringSet> = {
  "page dictionary (en.ts, fr.ts)": {
    en,
    fr,
    sameAllowed: [
      "question.instrument",
      "question.article",
      "cluster.questionNumber",
      "cluster.article",
      "errors.errorCode",
      "cluster.questionsHeading",
      "home.questionCount",
      "queue.questionN",
      "queue.withCount",
      "queue.open",
      "consultations.stateWithStatus",
    ],
  },
  "answers export headings (admin-export.ts)": { en: exportEn, fr: exportFr, sameAllowed: [] },
  "answers export problems (admin-export.ts)": { en: exportProblemsEn, fr: exportProblemsFr, sameAllowed: [] },
  "emails (emails.ts)": { en: emailStrings.en, fr: emailStrings.fr, sameAllowed: ["receipt.question"] },
  "local mailbox (mailbox.ts)": { en: mailboxStrings.en, fr: mailboxStrings.fr, sameAllowed: [] },
};

type Fn = (...args: unknown[]) => unknown;

interface Leaf {
  path: string;
  value: string | Fn;
}

function leaves(value: unknown, path = ""): Leaf[] {
  if (typeof value === "string" || typeof value === "function") return [{ path, value: value as string | Fn }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  // A number, boolean or null has no translation: it would be a mistake in a dictionary.
  throw new Error(`${path} is neither a string, a function nor an object`);
}

// Arguments a function string is called with, to check its text: the two sets
// the former separate checks used (the page dictionary's and the emails').
const SAMPLE_ARGS: unknown[][] = [
  [2, "X", "X", "X"],
  ["X", "Y", "Z", "W"],
];

/** A distinct marker per argument, to see which arguments a text shows. */
const marker = (i: number) => `⟦arg${i}⟧`;

/** The texts a leaf reads as: itself, or a function's result for each sample. */
function texts(leaf: Leaf): string[] {
  const { value } = leaf;
  return typeof value === "string" ? [value] : SAMPLE_ARGS.map((args) => String(value(...args)));
}

/** What a text takes from outside: `{n}` tokens, and which arguments a function shows. */
function placeholders(leaf: Leaf): string[] {
  const { value } = leaf;
  if (typeof value === "string") return [...new Set(value.match(/\{\w+\}/g) ?? [])].sort();
  const markers = Array.from({ length: Math.max(value.length, 1) }, (_, i) => marker(i));
  const text = String(value(...markers));
  return markers.filter((m) => text.includes(m));
}

describe.each(Object.entries(sets))("%s", (_name, set) => {
  const english = leaves(set.en);
  const french = leaves(set.fr);
  const frenchByPath = new Map(french.map((leaf) => [leaf.path, leaf]));

  it("has the same keys, and the same array lengths, in both languages", () => {
    expect(french.map((leaf) => leaf.path)).toEqual(english.map((leaf) => leaf.path));
  });

  it("has no empty string", () => {
    for (const leaf of [...english, ...french]) {
      for (const text of texts(leaf)) expect(text.trim(), leaf.path).not.toBe("");
    }
  });

  it("translates every sentence (identical strings are only names and numbers)", () => {
    const allowed = new Set(set.sameAllowed);
    const untranslated = english
      .filter((leaf) => !allowed.has(leaf.path))
      .filter((leaf) => {
        const twin = frenchByPath.get(leaf.path);
        if (!twin) return false; // reported by the keys test
        const frenchTexts = texts(twin);
        return texts(leaf).some((text, i) => text === frenchTexts[i] && /\s/.test(text));
      })
      .map((leaf) => leaf.path);
    expect(untranslated).toEqual([]);
  });

  it("gives a text the same placeholders, and a function the same arguments, in both languages", () => {
    const mismatched = english
      .map((leaf) => ({ leaf, twin: frenchByPath.get(leaf.path) }))
      .filter(({ leaf, twin }) => {
        if (!twin) return false; // reported by the keys test
        if (typeof leaf.value !== typeof twin.value) return true;
        if (typeof leaf.value === "function" && leaf.value.length !== (twin.value as Fn).length) return true;
        return placeholders(leaf).join() !== placeholders(twin).join();
      })
      .map(({ leaf, twin }) => `${leaf.path}: ${placeholders(leaf).join() || "-"} / ${twin ? placeholders(twin).join() || "-" : "?"}`);
    expect(mismatched).toEqual([]);
  });
});

describe("the string modules (app/i18n/)", () => {
  const modules = import.meta.glob<Record<string, unknown>>("../../app/i18n/*.ts", { eager: true });
  const sources = import.meta.glob<string>("../../app/i18n/*.ts", { eager: true, query: "?raw", import: "default" });

  it("are all checked above: every English/French pair they export is a set here or part of the page dictionary", () => {
    const checked = new Set<unknown>(Object.values(sets).flatMap((set) => [set.en, set.fr]));
    const parts = new Set<unknown>([...Object.values(en), ...Object.values(fr)]);
    const unchecked: string[] = [];
    for (const [file, exports] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(exports)) {
        // `queueEn` and `queueFr`, or a `{ en, fr }` record of two objects.
        const pair =
          name.endsWith("En") && `${name.slice(0, -2)}Fr` in exports
            ? [value, exports[`${name.slice(0, -2)}Fr`]]
            : isBilingualRecord(value)
              ? [value.en, value.fr]
              : name === "en" || name === "fr"
                ? [value]
                : [];
        for (const strings of pair) if (!checked.has(strings) && !parts.has(strings)) unchecked.push(`${file}: ${name}`);
      }
    }
    expect(unchecked).toEqual([]);
  });

  it("import nothing server-side: the browser bundle takes the page dictionary", () => {
    const serverImports = Object.entries(sources).flatMap(([file, source]) =>
      [...source.matchAll(/from\s+"([^"]+)"/g)]
        .map((match) => match[1] ?? "")
        .filter((specifier) => /\.server\b|^node:|better-sqlite3|^~db\/(?!constants$)/.test(specifier))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(serverImports).toEqual([]);
  });
});

function isBilingualRecord(value: unknown): value is { en: object; fr: object } {
  if (value === null || typeof value !== "object") return false;
  const record = value as Record<string, unknown>;
  return Object.keys(record).sort().join() === "en,fr" && typeof record.en === "object" && typeof record.fr === "object";
}
