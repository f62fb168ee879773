// What tells two registrations of one organization apart from two
// organizations: its name typed differently, or its website. Pure, so the seed
// scripts use them without the server modules that register organizations;
// the keys they write are the ones registration looks up.
import { stripAccents } from "./fold";

/** "L’Association des Juristes!" → "l association des juristes": finds the same name typed differently. */
export function organizationNameKey(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** "https://www.example.org/about" → "example.org"; null without a website or when it is not a URL. */
export function websiteDomain(website: string | null): string | null {
  if (!website) return null;
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}
