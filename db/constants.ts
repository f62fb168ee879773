// The fixed lists of the data model (languages, organization types, states…).
// Kept apart from db/schema.ts so pages can import them without pulling the
// database library into the browser bundle; schema.ts re-exports them.

export const LANGS = ["en", "fr"] as const;

export const CONSULTATION_STATES = ["draft", "published", "archived"] as const;

export const ANSWER_TYPES = ["closed", "open"] as const;

export const ORGANIZATION_TYPES = ["ngo", "indigenous", "academic", "professional", "labour", "faith", "private", "other"] as const;

export const QUOTE_CONSENTS = ["named", "anonymous", "none"] as const;

export const ROLES = ["respondent", "moderator", "admin"] as const;

export const CLOSED_ANSWERS = ["yes", "partly", "no", "dont_know"] as const;

export const RESPONSE_STATES = ["draft", "submitted"] as const;

export const MODERATION_STATES = ["pending", "approved", "rejected", "needs_redaction"] as const;

export const THEME_SOURCES = ["manual", "suggested"] as const;

export const OUTBOX_STATES = ["pending", "sent", "failed"] as const;

/** Provinces and territories by postal abbreviation, or outside Canada. */
export const REGIONS = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT", "outside"] as const;
export type Region = (typeof REGIONS)[number];

/** Words in an organization's mandate, at registration. */
export const MANDATE_WORD_LIMIT = 150;
