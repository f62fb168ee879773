// The one rule for naming a quote's organization (builder and report document).
import { describe, expect, it } from "vitest";
import { quoteAttribution } from "~/models/report/attribution";

describe("quoteAttribution", () => {
  it("names the organization only with both consents, whether the flag comes from raw SQL or drizzle", () => {
    expect(quoteAttribution({ name: "North Network", consentQuote: "named", consentName: 1 })).toBe("North Network");
    expect(quoteAttribution({ name: "North Network", consentQuote: "named", consentName: true })).toBe("North Network");
    expect(quoteAttribution({ name: "North Network", consentQuote: "named", consentName: 0 })).toBeNull();
    expect(quoteAttribution({ name: "North Network", consentQuote: "named", consentName: false })).toBeNull();
    expect(quoteAttribution({ name: "North Network", consentQuote: "anonymous", consentName: 1 })).toBeNull();
  });
});
