import { describe, expect, it } from "vitest";
import { counterpartPath, langOfPath, preferredLang } from "~/i18n/lang";

describe("preferredLang", () => {
  it("picks French for a French browser", () => {
    expect(preferredLang("fr-CA,fr;q=0.9,en;q=0.8")).toBe("fr");
  });
  it("follows the visitor's order of preference, not the order of the header", () => {
    expect(preferredLang("en;q=0.5,fr;q=0.8")).toBe("fr");
  });
  it("skips languages that are not official and falls back to English", () => {
    expect(preferredLang("de-DE,es;q=0.9")).toBe("en");
    expect(preferredLang("de-DE,fr;q=0.2")).toBe("fr");
    expect(preferredLang(null)).toBe("en");
  });
  it("ignores a language the visitor refuses (q=0)", () => {
    expect(preferredLang("fr;q=0,en;q=0.1")).toBe("en");
  });
});

describe("language of a path and its counterpart", () => {
  it("reads the language from the first segment only", () => {
    expect(langOfPath("/fr/clusters/1")).toBe("fr");
    expect(langOfPath("/en")).toBe("en");
    expect(langOfPath("/french/clusters")).toBeUndefined();
  });
  it("keeps the visitor on the same page in the other language", () => {
    expect(counterpartPath("/en/clusters/1/questions/3", "en")).toBe("/fr/clusters/1/questions/3");
    expect(counterpartPath("/fr", "fr")).toBe("/en");
  });
});
