// Dates and numbers written the way each language writes them. Times are shown
// in Eastern Time, the time zone the consultation's deadlines are set in.
import { locale, type Lang } from "./lang";

export const CONSULTATION_TIME_ZONE = "America/Toronto";

/** "January 31, 2027" / "31 janvier 2027" */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), {
    dateStyle: "long",
    timeZone: CONSULTATION_TIME_ZONE,
  }).format(date);
}

/** "January 31, 2027, 11:59 p.m. ET" / "31 janvier 2027 à 23 h 59 HE" */
export function formatDateTime(date: Date, lang: Lang): string {
  const formatted = new Intl.DateTimeFormat(locale(lang), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: CONSULTATION_TIME_ZONE,
  }).format(date);
  return `${formatted} ${lang === "en" ? "ET" : "HE"}`;
}

/** The ISO date (2026-11-22) Canada.ca shows as "Date modified". */
export function isoDate(date: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: CONSULTATION_TIME_ZONE,
  }).format(date);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang)).format(value);
}
