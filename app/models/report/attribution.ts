// Whether a quote names its organization: one rule for the builder's quote
// list (what staff see they would publish) and the report document (what is
// published), so the two cannot disagree (ReportQuote.attribution in ./types).

export interface QuoteConsent {
  name: string;
  /** organizations.consent_quote. */
  consentQuote: string;
  /** organizations.consent_publish_name: 0/1 from raw SQL, a boolean from drizzle. */
  consentName: number | boolean;
}

/** The organization's name when it consented both to be quoted by name and to have its name published; otherwise null. */
export function quoteAttribution(row: QuoteConsent): string | null {
  return row.consentQuote === "named" && (row.consentName === 1 || row.consentName === true) ? row.name : null;
}
