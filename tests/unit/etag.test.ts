// Conditional GETs (app/platform/etag.ts), for the report downloads and the cached report pages.
import { describe, expect, it } from "vitest";
import { etagMatches } from "~/platform/etag";

describe("etagMatches", () => {
  it("reads weak, strong, listed and wildcard validators", () => {
    expect(etagMatches('"p-1"', '"p-1"')).toBe(true);
    expect(etagMatches('W/"p-1"', '"p-1"')).toBe(true);
    expect(etagMatches('"x", "p-1"', '"p-1"')).toBe(true);
    expect(etagMatches("*", '"p-1"')).toBe(true);
    expect(etagMatches('"p-2"', '"p-1"')).toBe(false);
    expect(etagMatches(undefined, '"p-1"')).toBe(false);
  });
});
