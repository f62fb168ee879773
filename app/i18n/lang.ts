// The two official languages, and how a request's language is decided.
// The one definition of Lang: every module imports it from here. The list
// itself lives with the database's other enums (db/constants.ts), because
// the `lang` columns are typed by it.
import { LANGS } from "~db/constants";

export { LANGS };
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "fr";
}

export function otherLang(lang: Lang): Lang {
  return lang === "en" ? "fr" : "en";
}

/** BCP 47 locale used for dates and numbers: Canadian English and French. */
export function locale(lang: Lang): string {
  return lang === "en" ? "en-CA" : "fr-CA";
}

/**
 * The visitor's preferred official language from an Accept-Language header:
 * the first of en/fr in the visitor's order of preference, English otherwise.
 */
export function preferredLang(acceptLanguage: string | null): Lang {
  if (!acceptLanguage) return "en";
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { base: tag.split("-")[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const found = ranked.find((entry) => isLang(entry.base));
  return found && isLang(found.base) ? found.base : "en";
}

/** The language a URL path is in ("/fr/…" → fr), or undefined. */
export function langOfPath(pathname: string): Lang | undefined {
  const first = pathname.split("/")[1];
  return isLang(first) ? first : undefined;
}

/** The same path in the other language: "/en/clusters/1" → "/fr/clusters/1". */
export function counterpartPath(pathname: string, lang: Lang): string {
  const target = otherLang(lang);
  const rest = pathname.replace(/^\/(en|fr)(?=\/|$)/, "");
  return `/${target}${rest}`;
}
