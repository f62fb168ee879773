// CSV writing (RFC 4180) that is also safe to open in a spreadsheet, and the
// matching reader, so an export can be checked by reading it back.
// Pure functions: no server code, testable in isolation.

export type CsvValue = string | number | boolean | null | undefined;

/** RFC 4180 ends every record with CRLF, whatever the platform. */
export const CSV_EOL = "\r\n";

/**
 * Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that starts with
 * one of these as a formula: an answer written as `=HYPERLINK("http://evil",
 * "click")` or `=cmd|' /C calc'!A0` would run on a staff member's computer
 * (CSV/formula injection, OWASP). Tab and CR are included because some
 * programs strip them before looking at the first character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field. Text that a spreadsheet would read as a formula gets a leading
 * apostrophe, which spreadsheets show as plain text (OWASP's advice); numbers
 * are written as they are, so a negative number stays a number. Fields with a
 * comma, quote, CR or LF are quoted and their quotes doubled (RFC 4180).
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its line ending. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(",") + CSV_EOL;
}

/**
 * Reads CSV text back into rows of strings (RFC 4180: quoted fields may hold
 * commas, doubled quotes and line breaks). A leading BOM is skipped. Used to
 * check exports; it does not undo the formula apostrophe, which is part of
 * the field as written.
 */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"') {
      quoted = true;
      i += 1;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i += 1;
    } else if (c === "\r" || c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += c;
      i += 1;
    }
  }
  // A last record without a final line ending.
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
