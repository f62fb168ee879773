// Dates and numbers written the way each language writes them. Times are shown
// in Eastern Time, the time zone the consultation's deadlines are set in.
//
// Each formatter is made once per language and kept: making an
// Intl.DateTimeFormat costs about a millisecond (it loads the locale's data),
// using one costs microseconds, and the staff queue writes fifty dates a page
// (the queue page spent 10% of its main-thread time making formatters).
import { locale, type Lang } from "./lang";

export const CONSULTATION_TIME_ZONE = "America/Toronto";

/** A formatter per language, made on first use and kept. */
function keptPerLang<F>(make: (lang: Lang) => F): (lang: Lang) => F {
  const kept = new Map<Lang, F>();
  return (lang) => {
    let formatter = kept.get(lang);
    if (!formatter) kept.set(lang, (formatter = make(lang)));
    return formatter;
  };
}

const longDate = keptPerLang((lang) => new Intl.DateTimeFormat(locale(lang), { dateStyle: "long", timeZone: CONSULTATION_TIME_ZONE }));
const longDateTime = keptPerLang(
  (lang) => new Intl.DateTimeFormat(locale(lang), { dateStyle: "long", timeStyle: "short", timeZone: CONSULTATION_TIME_ZONE }),
);
const numbers = keptPerLang((lang) => new Intl.NumberFormat(locale(lang)));
const isoDates = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: CONSULTATION_TIME_ZONE });

/** "January 31, 2027" / "31 janvier 2027" */
export function formatDate(date: Date, lang: Lang): string {
  return longDate(lang).format(date);
}

/** "January 31, 2027, 11:59 p.m. ET" / "31 janvier 2027 à 23 h 59 HE" */
export function formatDateTime(date: Date, lang: Lang): string {
  return `${longDateTime(lang).format(date)} ${lang === "en" ? "ET" : "HE"}`;
}

/** The ISO date (2026-11-22) Canada.ca shows as "Date modified". */
export function isoDate(date: Date): string {
  return isoDates.format(date);
}

export function formatNumber(value: number, lang: Lang): string {
  return numbers(lang).format(value);
}
