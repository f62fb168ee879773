// When each long-form page was last changed: shown as "Date modified" in the
// footer (Canada.ca convention). Update the date with the text.
export const CONTENT_DATES = {
  privacy: "2026-11-23",
  accessibility: "2026-11-22",
} as const;
