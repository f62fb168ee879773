// The questionnaire file format (docs/questionnaire-format.md): one consultation's
// questions in both languages, as JSON or as a CSV staff fill in. Pure
// functions, no server code: the seed, the import page and the tests share
// them, so there is one path for content.
import { z } from "zod";
import { csvField, CSV_EOL, parseCsv } from "../../lib/csv";

export const FORMAT_ID = "untoc-questionnaire";
export const FORMAT_VERSION = 1;
export const INSTRUMENT_CODES = ["untoc", "tip", "som", "firearms"] as const;
export const QUESTION_ANSWER_TYPES = ["closed", "open"] as const;
/** Word limits staff may set: enough for a useful answer, short enough to read. */
export const WORD_LIMIT_MIN = 50;
export const WORD_LIMIT_MAX = 2000;

/** Codes of what can be wrong with a field; the page words each in the reader's language. */
export type ProblemCode =
  | "required"
  | "tooLong"
  | "invalid"
  | "instrument"
  | "answerType"
  | "wordLimit"
  | "key"
  | "duplicateKey"
  | "retired"
  | "citeLaw"
  | "columns"
  | "empty"
  | "notJson"
  | "format"
  | "refused-answerType"
  | "refused-wordLimit"
  | "refused-instrument"
  | "refused-citeLaw";

const text = (max: number) => z.string({ message: "required" }).trim().min(1, "required").max(max, "tooLong");
const bilingual = (max: number) => z.object({ en: text(max), fr: text(max) }, { message: "required" });

export const questionSchema = z.object({
  key: z
    .string({ message: "required" })
    .trim()
    .min(1, "required")
    .max(80, "tooLong")
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "key"),
  instrument: z.enum(INSTRUMENT_CODES, { message: "instrument" }),
  article: text(40),
  articleTitle: bilingual(200),
  prompt: bilingual(1000),
  guidance: bilingual(8000),
  answerType: z.enum(QUESTION_ANSWER_TYPES, { message: "answerType" }),
  wordLimit: z.coerce.number({ message: "wordLimit" }).int("wordLimit").min(WORD_LIMIT_MIN, "wordLimit").max(WORD_LIMIT_MAX, "wordLimit"),
  /** The answer page offers an optional "Canadian law or provision" field. */
  citeLaw: z.boolean({ message: "citeLaw" }).default(false),
  retired: z.boolean({ message: "retired" }).default(false),
});

export type QuestionnaireQuestion = z.infer<typeof questionSchema>;

export interface QuestionnaireFile {
  format: typeof FORMAT_ID;
  version: typeof FORMAT_VERSION;
  /** In questionnaire order: the portal numbers questions 1..N in this order. */
  questions: QuestionnaireQuestion[];
}

/** One thing wrong in a file: which row (1-based, as a spreadsheet shows it) and which field. */
export interface FileProblem {
  row: number | null;
  field: string | null;
  code: ProblemCode;
}

export type ParseResult = { ok: true; questions: QuestionnaireQuestion[] } | { ok: false; problems: FileProblem[] };

/** Field names as they appear in files: dotted for JSON, the CSV column otherwise. */
function jsonFieldName(path: PropertyKey[]): string {
  return path.map(String).join(".");
}

function validateAll(rows: unknown[], rowNumber: (index: number) => number, fieldName: (path: PropertyKey[]) => string): ParseResult {
  const problems: FileProblem[] = [];
  const questions: QuestionnaireQuestion[] = [];
  const keys = new Map<string, number>();
  rows.forEach((row, index) => {
    const result = questionSchema.safeParse(row);
    if (!result.success) {
      const seen = new Set<string>();
      for (const issue of result.error.issues) {
        const field = fieldName(issue.path);
        if (seen.has(field)) continue;
        seen.add(field);
        problems.push({ row: rowNumber(index), field, code: asCode(issue.message) });
      }
      return;
    }
    const earlier = keys.get(result.data.key);
    if (earlier !== undefined) problems.push({ row: rowNumber(index), field: fieldName(["key"]), code: "duplicateKey" });
    keys.set(result.data.key, index);
    questions.push(result.data);
  });
  if (rows.length === 0) problems.push({ row: null, field: null, code: "empty" });
  return problems.length ? { ok: false, problems } : { ok: true, questions };
}

const CODES = new Set<string>(["required", "tooLong", "invalid", "instrument", "answerType", "wordLimit", "key", "retired", "citeLaw"]);

/** yes/no cells, in either language; anything else stays text so the schema names the field. */
function yesNo(cell: string): boolean | string {
  const value = cell.trim().toLowerCase();
  if (["", "no", "non", "false"].includes(value)) return false;
  if (["yes", "oui", "true"].includes(value)) return true;
  return value;
}
function asCode(message: string): ProblemCode {
  return (CODES.has(message) ? message : "invalid") as ProblemCode;
}

// --- JSON --------------------------------------------------------------------

export function toJson(questions: QuestionnaireQuestion[]): string {
  const file: QuestionnaireFile = { format: FORMAT_ID, version: FORMAT_VERSION, questions };
  return JSON.stringify(file, null, 2) + "\n";
}

export function parseJson(input: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(input.startsWith("\uFEFF") ? input.slice(1) : input);
  } catch {
    return { ok: false, problems: [{ row: null, field: null, code: "notJson" }] };
  }
  if (
    typeof data !== "object" ||
    data === null ||
    (data as { format?: unknown }).format !== FORMAT_ID ||
    (data as { version?: unknown }).version !== FORMAT_VERSION ||
    !Array.isArray((data as { questions?: unknown }).questions)
  ) {
    return { ok: false, problems: [{ row: null, field: null, code: "format" }] };
  }
  return validateAll((data as { questions: unknown[] }).questions, (i) => i + 1, jsonFieldName);
}

// --- CSV ---------------------------------------------------------------------

/** The spreadsheet's columns, in order; the first row of the file names them. */
export const CSV_COLUMNS = [
  "key",
  "instrument",
  "article",
  "article_title_en",
  "article_title_fr",
  "prompt_en",
  "prompt_fr",
  "guidance_en",
  "guidance_fr",
  "answer_type",
  "word_limit",
  "cite_law",
  "retired",
] as const;
/** Columns a file may leave out (added after the first version of the template): read as "no". */
const OPTIONAL_COLUMNS = new Set<string>(["cite_law"]);
type Column = (typeof CSV_COLUMNS)[number];

const COLUMN_OF_PATH: Record<string, Column> = {
  key: "key",
  instrument: "instrument",
  article: "article",
  "articleTitle.en": "article_title_en",
  "articleTitle.fr": "article_title_fr",
  articleTitle: "article_title_en",
  "prompt.en": "prompt_en",
  "prompt.fr": "prompt_fr",
  prompt: "prompt_en",
  "guidance.en": "guidance_en",
  "guidance.fr": "guidance_fr",
  guidance: "guidance_en",
  answerType: "answer_type",
  wordLimit: "word_limit",
  citeLaw: "cite_law",
  retired: "retired",
};

function csvColumnName(path: PropertyKey[]): string {
  return COLUMN_OF_PATH[jsonFieldName(path)] ?? jsonFieldName(path);
}

/**
 * UTF-8 with a byte-order mark (so Excel reads French accents), CRLF line
 * ends, every field quoted when it must be (RFC 4180). Guidance keeps its
 * paragraphs as line breaks inside the cell.
 */
export function toCsv(questions: QuestionnaireQuestion[]): string {
  let out = "\uFEFF" + CSV_COLUMNS.join(",") + CSV_EOL;
  for (const q of questions) {
    const values = [
      q.key,
      q.instrument,
      q.article,
      q.articleTitle.en,
      q.articleTitle.fr,
      q.prompt.en,
      q.prompt.fr,
      q.guidance.en,
      q.guidance.fr,
      q.answerType,
      q.wordLimit,
      q.citeLaw ? "yes" : "no",
      q.retired ? "yes" : "no",
    ];
    out += values.map(csvField).join(",") + CSV_EOL;
  }
  return out;
}

/**
 * csvField puts an apostrophe before text a spreadsheet would run as a
 * formula; reading our own file back takes it off again, so export → import
 * is exact.
 */
function unguard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function parseCsvQuestionnaire(input: string): ParseResult {
  const rows = parseCsv(input.replace(/\r\n/g, "\n")).filter((row) => row.some((cell) => cell.trim() !== ""));
  const header = rows[0]?.map((cell) => cell.trim().toLowerCase());
  if (!header) return { ok: false, problems: [{ row: null, field: null, code: "empty" }] };
  const missing = CSV_COLUMNS.filter((column) => !header.includes(column) && !OPTIONAL_COLUMNS.has(column));
  if (missing.length) return { ok: false, problems: missing.map((column) => ({ row: 1, field: column, code: "columns" as const })) };
  const at = (row: string[], column: Column) => unguard(row[header.indexOf(column)] ?? "").replace(/\r\n?/g, "\n");
  const records = rows.slice(1).map((row) => {
    const retired = yesNo(at(row, "retired"));
    const citeLaw = yesNo(at(row, "cite_law"));
    return {
      key: at(row, "key"),
      instrument: at(row, "instrument").trim(),
      article: at(row, "article"),
      articleTitle: { en: at(row, "article_title_en"), fr: at(row, "article_title_fr") },
      prompt: { en: at(row, "prompt_en"), fr: at(row, "prompt_fr") },
      guidance: { en: at(row, "guidance_en"), fr: at(row, "guidance_fr") },
      answerType: at(row, "answer_type").trim(),
      wordLimit: at(row, "word_limit").trim() === "" ? undefined : at(row, "word_limit").trim(),
      citeLaw,
      retired,
    };
  });
  // Row 1 is the header, so the first question is on row 2, as the spreadsheet numbers it.
  return validateAll(records, (i) => i + 2, csvColumnName);
}

/** Either format, told apart by the first character that is not a BOM or a space. */
export function parseQuestionnaire(input: string): ParseResult {
  const start = input.replace(/^\uFEFF/, "").trimStart();
  return start.startsWith("{") ? parseJson(input) : parseCsvQuestionnaire(input);
}

/** The template staff download: the columns, and one filled-in example row to copy. */
export function templateCsv(): string {
  return toCsv([
    {
      key: "untoc-5-participation",
      instrument: "untoc",
      article: "5",
      articleTitle: {
        en: "Criminalization of participation in an organized criminal group",
        fr: "Incrimination de la participation à un groupe criminel organisé",
      },
      prompt: {
        en: "Does Canadian law make it a crime to take part in the activities of an organized criminal group?",
        fr: "Le droit canadien érige-t-il en infraction la participation aux activités d’un groupe criminel organisé ?",
      },
      guidance: {
        en: "Name the law and provision.\n\nSee https://laws-lois.justice.gc.ca for the Criminal Code.",
        fr: "Indiquez la loi et la disposition.\n\nVoir https://laws-lois.justice.gc.ca pour le Code criminel.",
      },
      answerType: "closed",
      wordLimit: 500,
      citeLaw: true,
      retired: false,
    },
  ]);
}
