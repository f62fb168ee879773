// One way to get interface strings: `t(lang)` on the server and in plain
// functions, `useT()` in components (it reads the page's language).
import { useRouteLoaderData } from "@remix-run/react";
import type { Dictionary } from "./dictionary";
import { en } from "./en";
import { fr } from "./fr";
import type { Lang } from "./lang";

export type { Dictionary };
export { LANGS, isLang, otherLang, locale, counterpartPath } from "./lang";

const dictionaries: Record<Lang, Dictionary> = { en, fr };

export function t(lang: Lang): Dictionary {
  return dictionaries[lang];
}

/** Picks the `*En` or `*Fr` field of a bilingual record: pick(q, "prompt", lang). */
export function pick<K extends string, T extends Record<`${K}En` | `${K}Fr`, string>>(record: T, field: K, lang: Lang): string {
  return lang === "en" ? record[`${field}En`] : record[`${field}Fr`];
}

/** The language of the page being rendered, decided by the root loader. */
export function useLang(): Lang {
  const data = useRouteLoaderData<{ lang: Lang }>("root");
  return data?.lang ?? "en";
}

export function useT(): Dictionary {
  return t(useLang());
}
