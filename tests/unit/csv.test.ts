// The CSV staff download must open the same in any spreadsheet and never run
// what a respondent typed.
import { describe, expect, it } from "vitest";
import { csvField, csvRow, parseCsv } from "~/lib/csv";

describe("csvField", () => {
  it("writes plain text and numbers as they are", () => {
    expect(csvField("Shelters are full")).toBe("Shelters are full");
    expect(csvField("Sécurité des témoins")).toBe("Sécurité des témoins");
    expect(csvField(42)).toBe("42");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(true)).toBe("true");
  });

  it("writes nothing for missing values", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)", () => {
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('the "Convention"')).toBe('"the ""Convention"""');
    expect(csvField("line 1\nline 2")).toBe('"line 1\nline 2"');
    expect(csvField("line 1\r\nline 2")).toBe('"line 1\r\nline 2"');
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+33 1 23")).toBe("'+33 1 23");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField("\r=1")).toBe('"\'\r=1"');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    // Only the first character matters.
    expect(csvField("a=b")).toBe("a=b");
  });
});

describe("csvRow and parseCsv", () => {
  it("ends records with CRLF and reads back what was written", () => {
    const rows = [
      ["id", "text", "note"],
      ["1", 'He said "no", then left.\nTwice.', ""],
      ["2", "Hébergement", "ok"],
    ];
    const text = "\uFEFF" + rows.map(csvRow).join("");
    expect(csvRow(["a", "b"])).toBe("a,b\r\n");
    expect(parseCsv(text)).toEqual(rows);
  });

  it("keeps the formula apostrophe when reading back", () => {
    expect(parseCsv(csvRow(["=1+1", "x"]))).toEqual([["'=1+1", "x"]]);
  });

  it("reads a last record without a line ending, and empty fields", () => {
    expect(parseCsv("a,,c\nd,e,")).toEqual([
      ["a", "", "c"],
      ["d", "e", ""],
    ]);
  });
});
