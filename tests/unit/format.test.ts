// Dates and numbers as each language writes them, in Eastern Time (the
// formatters are kept, one per language).
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, isoDate } from "~/i18n/format";

// 11:59 p.m. on January 31 in Toronto is 04:59 on February 1 in UTC.
const deadline = new Date("2027-02-01T04:59:00Z");

describe("formatting", () => {
  it("writes a deadline in Eastern Time in English, then in French with French's own formatter", () => {
    // English first, so a formatter kept for every language at once would show here as English text.
    expect(formatDateTime(deadline, "en")).toMatch(/^January 31, 2027.*11:59\sp\.m\. ET$/);
    expect(formatDateTime(deadline, "fr")).toMatch(/^31 janvier 2027.*23\sh\s59 HE$/);
  });

  it("writes dates, ISO dates and numbers the way each language does", () => {
    expect(formatDate(deadline, "en")).toBe("January 31, 2027");
    expect(formatDate(deadline, "fr")).toBe("31 janvier 2027");
    expect(isoDate(deadline)).toBe("2027-01-31");
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
    expect(formatNumber(1234567, "fr").replace(/\s/g, " ")).toBe("1 234 567");
  });
});
