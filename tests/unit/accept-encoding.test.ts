// Which requests get gzipped answers (app/platform/accept-encoding.ts).
import { describe, expect, it } from "vitest";
import { acceptsGzip } from "~/platform/accept-encoding";

describe("acceptsGzip", () => {
  it("takes what browsers send", () => {
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("gzip, deflate")).toBe(true);
    expect(acceptsGzip("GZIP")).toBe(true);
    expect(acceptsGzip("x-gzip")).toBe(true);
  });

  it("reads the weights", () => {
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip; q=0.000, br")).toBe(false);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("*;q=0")).toBe(false);
    // gzip named with weight zero wins over "*".
    expect(acceptsGzip("*, gzip;q=0")).toBe(false);
  });

  it("sends plain bytes when gzip is not asked for", () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip("")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip("gzipped")).toBe(false);
  });
});
