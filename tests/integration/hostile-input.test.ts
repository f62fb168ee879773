/// <reference types="vite/client" />
// Hostile input, two ways.
//
// 1. A corpus of XSS (and template, SQL, spreadsheet, bidi) payloads is put
//    in every free-text field that reaches other people, then every place
//    that shows it is checked: the real pages (loader + route component,
//    rendered to HTML and parsed), the emails, the staff CSV export and the
//    report's CSV, JSON, PDF and Word files. Nothing may execute (no script
//    element, no on* attribute, no javascript: link), the page keeps the
//    shape it has with harmless text, and the payload is shown as text.
//
// 2. Every action, found from the route files (so a new one is covered),
//    gets missing, oversized, wrongly typed, badly encoded and non-form
//    bodies as a visitor, a respondent and an admin: never a 500 (an error
//    that is not a Response), always a 4xx or a form result, and the
//    database unchanged. rate_limits, sessions (sign-out revokes its own) and
//    the email outbox of "send me a link" are left out of the comparison.
import JSZip from "jszip";
import { JSDOM } from "jsdom";
import { PDFParse } from "pdf-parse";
import { createRemixStub } from "@remix-run/testing";
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "~db/client.server";
import { invitationEmail } from "../../emails/invitation";
import { invitationRequestEmail } from "../../emails/invitation-request";
import { receiptEmail } from "../../emails/receipt";
import { reportPublishedEmail } from "../../emails/report-published";
import { signInEmail } from "../../emails/sign-in";
import { staffInvitationEmail } from "../../emails/staff-invitation";
import { renderMarkdown } from "~/models/report/markdown.server";
import { answersCsv } from "~/models/moderate/answers-export.server";
import { parseCsv } from "~/lib/csv";
import { buildReportDocument } from "~/models/report/document.server";
import { reportCsv } from "~/models/report/outputs/csv.server";
import { reportDocx } from "~/models/report/outputs/docx.server";
import { reportJson } from "~/models/report/outputs/json.server";
import { pdfSafe, reportPdf } from "~/models/report/outputs/pdf.server";
import {
  bodyOf,
  cookieFor,
  createOrganization,
  createSubmittedAnswer,
  createUser,
  openConsultation,
  routeArgs,
  run,
  seedContent,
} from "../support/fixtures";
import { QUESTION_FIELDS } from "~/models/questionnaire/editor-form";

type Handler = (args: ReturnType<typeof routeArgs>) => unknown;
interface RouteModule {
  loader?: Handler;
  action?: Handler;
  default?: ComponentType;
}
const modules = import.meta.glob<RouteModule>("../../app/routes/*.tsx", { eager: true });
const route = (file: string) => modules[`../../app/routes/${file}`]!;

const PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "<svg onload=alert(1)>",
  "{{7*7}}",
  "${7*7}",
  "'; DROP TABLE responses; --",
  '=HYPERLINK("http://evil","click")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\u202Eevil.exe",
  "Emoji 😀 and 中文",
  "</textarea><script>alert(1)</script>",
  '<a href="javascript:alert(1)">x</a>',
  "[x](javascript:alert(1))",
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  "<style>body{display:none}</style>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
];
const BENIGN = "Harmless words";

// --- What is safe HTML ------------------------------------------------------

const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"];

/** Parses HTML without running it, and lists what would execute. */
function liveCode(html: string): string[] {
  const { document } = new JSDOM(html).window;
  const found: string[] = [];
  for (const element of document.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    if (["script", "iframe", "object", "embed", "style", "base"].includes(tag)) found.push(`<${tag}>`);
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      if (URL_ATTRIBUTES.includes(name.toLowerCase()) && /^\s*(javascript|vbscript|data):/i.test(value))
        found.push(`${tag}[${name}=${value}]`);
    }
  }
  return found;
}

/**
 * The shape of the page: its elements in order, to see that a payload added
 * none. Two parts change with the words themselves, not with markup, and are
 * left out: chart labels wrap into more <tspan> lines when longer, and theme
 * suggestions appear only for text that resembles answers already tagged
 * ("{{7*7}}" resembles nothing).
 */
function shape(html: string): string[] {
  const { document } = new JSDOM(html).window;
  for (const part of document.querySelectorAll(".suggestions")) part.remove();
  return [...document.querySelectorAll("*")].map((e) => e.tagName).filter((tag) => tag !== "tspan");
}

/** Everything a reader sees: text, and the values of form fields. */
function visibleText(html: string): string {
  const { document } = new JSDOM(html).window;
  const values = [...document.querySelectorAll("input, textarea")].map((e) => (e as HTMLInputElement).value);
  return `${document.body.textContent ?? ""}\n${values.join("\n")}`;
}

/** Renders a route's component with its loader's data, the way the server would. */
async function renderRoute(file: string, path: string, params: Record<string, string>, cookie?: string): Promise<string> {
  const module = route(file);
  const result = await run(() => module.loader!(routeArgs(path, params, { cookie })));
  if (result instanceof Response) throw new Error(`${file}: loader answered ${result.status}`);
  const data = bodyOf(result);
  const Stub = createRemixStub([
    {
      id: "root",
      path: "/",
      loader: () => ({ lang: "en" }),
      children: [
        { id: "page", path: path.split("?")[0]!.slice(1), Component: module.default!, loader: () => data as Record<string, unknown> },
      ],
    },
  ]);
  return renderToString(
    createElement(Stub, { initialEntries: [path], hydrationData: { loaderData: { root: { lang: "en" }, page: data } } }),
  );
}

// --- The state every payload goes through -------------------------------------

const ids = { organization: 0, contact: 0, answer: 0, rejected: 0, theme: 0, quote: 0, consultation: 1 };
const cookies = { respondent: "", moderator: "", admin: "" };

function sql(statement: string, ...values: unknown[]) {
  return getDb()
    .$client.prepare(statement)
    .run(...values);
}

/** Puts `text` in every free-text field that other people read. */
function plant(text: string) {
  sql("UPDATE organizations SET name = ?, mandate = ?, website = ? WHERE id = ?", text, text, text, ids.organization);
  sql("UPDATE users SET name = ? WHERE id = ?", text, ids.contact);
  sql("UPDATE responses SET text = ? WHERE id IN (?, ?)", text, ids.answer, ids.rejected);
  sql("UPDATE response_revisions SET text = ? WHERE response_id IN (?, ?)", text, ids.answer, ids.rejected);
  sql("UPDATE moderation SET redacted_text = ? WHERE response_id = ?", text, ids.answer);
  sql("UPDATE moderation SET reason = ? WHERE response_id = ?", `off-topic: ${text}`, ids.rejected);
  sql("UPDATE moderation_notes SET body = ? WHERE response_id = ?", text, ids.answer);
  sql("UPDATE themes SET label_en = ?, description_en = ? WHERE id = ?", text, text, ids.theme);
  sql("UPDATE quotes SET text = ? WHERE id = ?", text, ids.quote);
  sql("UPDATE question_summaries SET summary_en = ?, key_points_en = ?", text, text);
  sql("UPDATE report_drafts SET intro_en = ?, acknowledgements_en = ?", text, text);
}

const version = 1;
/** Publishes the report as it stands (a snapshot, like the real publishing does), as its only version. */
function publishNow() {
  sql("DELETE FROM report_versions");
  const document = buildReportDocument(1)!;
  document.version = version;
  document.publishedAt = new Date().toISOString();
  sql(
    "INSERT INTO report_versions (consultation_id, version, snapshot, published_at) VALUES (?, ?, ?, ?)",
    ids.consultation,
    version,
    JSON.stringify(document),
    Date.now(),
  );
  return document;
}

const silence = vi.spyOn(console, "error").mockImplementation((message: unknown, ...rest: unknown[]) => {
  // The memory router's layout effects warn under renderToString; nothing else is expected.
  if (String(message).includes("useLayoutEffect")) return;
  process.stderr.write(`${String(message)} ${rest.join(" ")}\n`);
});
afterAll(() => silence.mockRestore());

beforeAll(async () => {
  seedContent();
  openConsultation();
  const organization = createOrganization({ name: "Hostile Org", consentPublishName: true, consentQuote: "named" });
  const contact = createUser({ organizationId: organization.id, name: "Hostile Contact" });
  const answer = createSubmittedAnswer(organization.id, 1, BENIGN, { closedAnswer: "yes" });
  const rejected = createSubmittedAnswer(organization.id, 2, BENIGN);
  const theme = getDb().$client.prepare("SELECT id FROM themes ORDER BY id LIMIT 1").get() as { id: number };
  const question1 = getDb().$client.prepare("SELECT id FROM questions WHERE number = 1").get() as { id: number };
  sql(
    "INSERT INTO submissions (organization_id, consultation_id, receipt_number, first_submitted_at, last_submitted_at) VALUES (?, 1, 'C1-HOST-ILE1', ?, ?)",
    organization.id,
    Date.now(),
    Date.now(),
  );
  sql("INSERT INTO moderation (response_id, state, redacted_text, updated_at) VALUES (?, 'approved', ?, ?)", answer.id, BENIGN, Date.now());
  sql("INSERT INTO moderation (response_id, state, reason, updated_at) VALUES (?, 'rejected', 'off-topic', ?)", rejected.id, Date.now());
  sql("INSERT INTO moderation_notes (response_id, body, created_at) VALUES (?, ?, ?)", answer.id, BENIGN, Date.now());
  sql("INSERT INTO response_themes (response_id, theme_id, source, tagged_at) VALUES (?, ?, 'manual', ?)", answer.id, theme.id, Date.now());
  const quote = sql("INSERT INTO quotes (response_id, text, created_at) VALUES (?, ?, ?)", answer.id, BENIGN, Date.now()).lastInsertRowid;
  sql("INSERT INTO report_quotes (quote_id, position, picked_at) VALUES (?, 0, ?)", quote, Date.now());
  sql(
    "INSERT INTO question_summaries (question_id, summary_en, summary_fr, key_points_en, key_points_fr, updated_at) VALUES (?, ?, '', ?, '', ?)",
    question1.id,
    BENIGN,
    BENIGN,
    Date.now(),
  );
  sql(
    "INSERT INTO report_drafts (consultation_id, intro_en, intro_fr, acknowledgements_en, acknowledgements_fr, updated_at) VALUES (1, ?, '', ?, '', ?)",
    BENIGN,
    BENIGN,
    Date.now(),
  );
  Object.assign(ids, {
    organization: organization.id,
    contact: contact.id,
    answer: answer.id,
    rejected: rejected.id,
    theme: theme.id,
    quote: Number(quote),
  });
  cookies.respondent = await cookieFor(contact.id);
  cookies.moderator = await cookieFor(createUser({ role: "moderator" }).id);
  cookies.admin = await cookieFor(createUser({ role: "admin", name: "Hostile Admin" }).id);
});

// --- 1. Every place a field is shown ------------------------------------------

/**
 * Pages: where each is read, by whom, and how many of the planted fields it
 * shows as text at least (a lower bound: the page may show one field twice).
 */
const PAGES: {
  name: string;
  file: string;
  path: string;
  params: Record<string, string>;
  as: keyof typeof cookies | null;
  shows: number;
}[] = [
  {
    name: "account (organization name, mandate, website)",
    file: "$lang.account._index.tsx",
    path: "/en/account",
    params: { lang: "en" },
    as: "respondent",
    shows: 3,
  },
  {
    name: "team (contact name)",
    file: "$lang.account.team.tsx",
    path: "/en/account/team",
    params: { lang: "en" },
    as: "respondent",
    shows: 1,
  },
  {
    name: "answer form (answer text)",
    file: "$lang.respond.$cluster.questions.$number.tsx",
    path: "/en/respond/1/questions/1",
    params: { lang: "en", cluster: "1", number: "1" },
    as: "respondent",
    shows: 1,
  },
  {
    name: "review (answers)",
    file: "$lang.respond.$cluster.review.tsx",
    path: "/en/respond/1/review",
    params: { lang: "en", cluster: "1" },
    as: "respondent",
    shows: 2,
  },
  {
    name: "staff: an answer (name, mandate, text, redaction, note, theme, quote)",
    file: "$lang.admin.answers.$id.tsx",
    path: "/en/admin/answers/ANSWER",
    params: { lang: "en", id: "ANSWER" },
    as: "moderator",
    shows: 6,
  },
  {
    name: "staff: a rejected answer (rejection note)",
    file: "$lang.admin.answers.$id.tsx",
    path: "/en/admin/answers/REJECTED",
    params: { lang: "en", id: "REJECTED" },
    as: "moderator",
    shows: 3,
  },
  { name: "staff: the queue", file: "$lang.admin.queue.tsx", path: "/en/admin/queue", params: { lang: "en" }, as: "moderator", shows: 2 },
  {
    name: "staff: campaigns",
    file: "$lang.admin.campaigns.tsx",
    path: "/en/admin/campaigns",
    params: { lang: "en" },
    as: "moderator",
    shows: 0,
  },
  {
    name: "staff: themes (label, description)",
    file: "$lang.admin.themes.tsx",
    path: "/en/admin/themes",
    params: { lang: "en" },
    as: "moderator",
    shows: 2,
  },
  { name: "staff: audit log", file: "$lang.admin.audit.tsx", path: "/en/admin/audit", params: { lang: "en" }, as: "admin", shows: 0 },
  {
    name: "report builder (intro, acknowledgements)",
    file: "$lang.admin.report._index.tsx",
    path: "/en/admin/report",
    params: { lang: "en" },
    as: "admin",
    shows: 2,
  },
  {
    name: "report builder: a question (summary, key points, quote)",
    file: "$lang.admin.report.questions.$number.tsx",
    path: "/en/admin/report/questions/1",
    params: { lang: "en", number: "1" },
    as: "admin",
    shows: 3,
  },
  {
    name: "report preview",
    file: "$lang.admin.report.preview.tsx",
    path: "/en/admin/report/preview",
    params: { lang: "en" },
    as: "admin",
    shows: 1,
  },
  {
    name: "public report (organization, quote, theme, summary, intro)",
    file: "$lang.reports.$slug.v.$version.tsx",
    path: "/en/reports/cluster-1/v/VERSION",
    params: { lang: "en", slug: "cluster-1", version: "VERSION" },
    as: null,
    shows: 2,
  },
  {
    name: "public report, latest",
    file: "$lang.reports.$slug._index.tsx",
    path: "/en/reports/cluster-1",
    params: { lang: "en", slug: "cluster-1" },
    as: null,
    shows: 2,
  },
];

function fill(value: string): string {
  return value.replace("ANSWER", String(ids.answer)).replace("REJECTED", String(ids.rejected)).replace("VERSION", String(version));
}

async function renderPage(page: (typeof PAGES)[number]): Promise<string> {
  const params = Object.fromEntries(Object.entries(page.params).map(([k, v]) => [k, fill(v)]));
  return renderRoute(page.file, fill(page.path), params, page.as ? cookies[page.as] : undefined);
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe("XSS and friends through every field, in every place", () => {
  const baseline = new Map<string, string[]>();

  beforeAll(async () => {
    plant(BENIGN);
    publishNow();
    for (const page of PAGES) baseline.set(page.name, shape(await renderPage(page)));
  });

  it("every place shows the harmless text (so the checks below look at the right places)", async () => {
    for (const page of PAGES) {
      const html = await renderPage(page);
      expect(occurrences(visibleText(html), BENIGN), page.name).toBeGreaterThanOrEqual(page.shows);
      expect(liveCode(html), page.name).toEqual([]);
    }
  });

  describe.each(PAYLOADS)("%s", (payload) => {
    let document: NonNullable<ReturnType<typeof buildReportDocument>>;
    beforeAll(() => {
      plant(payload);
      document = publishNow();
    });

    it.each(PAGES.map((p) => [p.name, p] as const))("page: %s", async (_name, page) => {
      const html = await renderPage(page);
      expect(liveCode(html)).toEqual([]);
      expect(shape(html)).toEqual(baseline.get(page.name));
      // Markdown fields show as text too: none of these payloads is Markdown formatting except the link.
      const text = visibleText(html);
      const shown = payload.startsWith("[x](") ? "[x](javascript:alert(1))" : payload;
      expect(occurrences(text, shown) + occurrences(text, "x")).toBeGreaterThanOrEqual(Math.min(page.shows, 1));
      if (page.shows > 0 && !payload.startsWith("[x](")) expect(occurrences(text, payload)).toBeGreaterThanOrEqual(page.shows);
    });

    it("Markdown (summaries, intro, key points) renders it inert", () => {
      const html = renderMarkdown(payload);
      expect(liveCode(html)).toEqual([]);
      expect(html).not.toMatch(/<a\s/);
    });

    it("emails: HTML escaped, the text part says it literally", () => {
      const emails = [
        signInEmail({ lang: "en", name: payload, url: "https://portal.example/en/sign-in/verify?token=t", expiresInMinutes: 15 }),
        invitationEmail({
          lang: "en",
          inviterName: payload,
          organizationName: payload,
          invitationUrl: "https://portal.example/en/sign-in",
        }),
        invitationRequestEmail({
          lang: "en",
          organizationName: payload,
          requesterName: payload,
          requesterEmail: "a@example.org",
          teamUrl: "https://portal.example/en/account/team",
        }),
        staffInvitationEmail({ lang: "en", inviterName: payload, role: "moderator", signInUrl: "https://portal.example/en/sign-in" }),
        reportPublishedEmail({
          lang: "en",
          contactName: payload,
          organizationName: payload,
          consultationTitle: "Cluster 1",
          version: 1,
          reportUrl: "https://portal.example/en/reports/cluster-1",
        }),
        receiptEmail({
          lang: "en",
          organizationName: payload,
          contactName: payload,
          consultationTitle: "Cluster 1",
          receiptNumber: "C1-AAAA-BBBB",
          submittedAt: new Date(),
          amended: false,
          closesAt: new Date(),
          dashboardUrl: "https://portal.example/en/respond/1",
          answers: [{ number: 1, prompt: "Q?", closedAnswer: null, text: payload }],
        }),
      ];
      for (const email of emails) {
        expect(liveCode(email.html), email.subject).toEqual([]);
        expect(visibleText(email.html), email.subject).toContain(payload);
        expect(email.text, email.subject).toContain(payload);
      }
    });

    it("staff CSV export: one cell per field, formulas neutralised", async () => {
      const csv = await new Response(answersCsv({ lang: "en", cluster: 1 })).text();
      const cells = parseCsv(csv).flat();
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
      const expected = /^[=+\-@]/.test(payload) ? `'${payload}` : payload;
      expect(cells.filter((c) => c === expected).length).toBeGreaterThanOrEqual(2); // organization name, answer text
    });

    it("report CSV and JSON: formulas neutralised, the text intact", () => {
      const cells = parseCsv(reportCsv(document, "en")).flat();
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
      expect(cells.some((c) => c.includes(payload.replace(/^[=+\-@]/, "")))).toBe(true);
      expect(JSON.stringify(JSON.parse(reportJson(document)))).toContain(JSON.stringify(payload).slice(1, -1));
    });

    it("report Word file: well-formed XML, the text as text, no javascript: link", async () => {
      const zip = await JSZip.loadAsync(await reportDocx(document, "en"));
      const xml = await zip.file("word/document.xml")!.async("string");
      const parsed = new JSDOM(xml, { contentType: "text/xml" }).window.document;
      expect(parsed.getElementsByTagName("parsererror").length).toBe(0);
      expect(parsed.documentElement.textContent).toContain(payload.startsWith("[x](") ? "x" : payload);
      const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
      expect(rels).not.toMatch(/javascript:/i);
    });

    it("report PDF: drawn, with the text as text", async () => {
      const pdf = await reportPdf(document, "en");
      const { text } = await new PDFParse({ data: new Uint8Array(pdf) }).getText();
      const flat = text.replace(/\s+/g, "");
      const probe = pdfSafe(payload).replace(/\s+/g, "").slice(0, 12);
      if (!payload.startsWith("[x](")) expect(flat).toContain(probe);
    }, 20_000);
  });
});

// --- 2. Malformed input into every action ------------------------------------

/** Tables whose change is expected even for refused input (see the header comment). */
const NOT_COMPARED = new Set(["rate_limits", "sessions", "sqlite_sequence"]);

function checksum(): Record<string, string> {
  const client = getDb().$client;
  const tables = (
    client
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name NOT LIKE '__drizzle%'",
      )
      .all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((name) => !NOT_COMPARED.has(name));
  return Object.fromEntries(tables.map((name) => [name, JSON.stringify(client.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all())]));
}

/**
 * The fields and intents each action reads (a new action with none listed is
 * still sent the generic bodies). `fieldless` intents read no field at all, so
 * a body of huge junk fields is still a valid request for them: it may change
 * things, as the same click would.
 */
const FIELDS: Record<string, { fields: string[]; intents?: string[]; fieldless?: string[] }> = {
  "$lang.register.tsx": {
    fields: ["organizationName", "organizationType", "region", "country", "website", "mandate", "contactName", "email", "language"],
    intents: ["register", "request-invitation"],
  },
  "$lang.sign-in._index.tsx": { fields: ["email", "next"] },
  "$lang.sign-in.verify.tsx": { fields: ["token", "next"] },
  "$lang.sign-out.tsx": { fields: [] },
  "$lang.sessions.tsx": { fields: [] },
  "$lang.invitation.tsx": { fields: ["token"], intents: ["accept", "decline"] },
  "$lang.account.team.tsx": { fields: ["contactName", "email", "language"] },
  "$lang.account.delete.tsx": { fields: ["confirmName"] },
  "$lang.respond.$cluster.questions.$number.tsx": {
    fields: ["baseVersion", "closedAnswer", "text", "citation", "language"],
    intents: ["save", "save-next", "autosave"],
  },
  "$lang.respond.$cluster.review.tsx": { fields: ["consentPublishName", "consentQuote", "declaration"] },
  "$lang.admin.queue.tsx": { fields: ["action", "themeId", "reason", "scope", "ids"] },
  "$lang.admin.answers.$id.tsx": {
    fields: ["reason", "note", "redactedText", "body", "themeId", "excerpt", "quoteId"],
    intents: ["approve", "needs-redaction", "reject", "redact", "note", "tag", "confirm", "dismiss", "untag", "quote", "remove-quote"],
    fieldless: ["approve", "needs-redaction"],
  },
  "$lang.admin.campaigns.tsx": { fields: ["groupId", "reason", "note"], intents: ["approve", "reject"] },
  "$lang.admin.themes.tsx": {
    fields: ["key", "labelEn", "labelFr", "descriptionEn", "descriptionFr", "themeId", "fromId", "intoId"],
    intents: ["create", "update", "merge"],
  },
  "$lang.admin.staff.tsx": { fields: ["name", "email", "role", "language", "userId"], intents: ["invite", "role"] },
  "$lang.admin.report._index.tsx": {
    fields: ["introEn", "introFr", "acknowledgementsEn", "acknowledgementsFr", "versionId", "reason"],
    intents: ["draft", "unpublish"],
  },
  "$lang.admin.report.questions.$number.tsx": {
    fields: ["summaryEn", "summaryFr", "keyPointsEn", "keyPointsFr", "quoteId"],
    intents: ["summary", "pick", "unpick"],
  },
  "$lang.admin.consultations.new.tsx": {
    fields: ["clusterId", "titleEn", "titleFr", "introEn", "introFr", "opensDate", "opensTime", "closesDate", "closesTime"],
  },
  // Publishing and archiving the seeded, open Cluster 1 consultation are both refused (already published, still open).
  "$lang.admin.consultations.$id._index.tsx": {
    fields: ["clusterId", "titleEn", "titleFr", "introEn", "introFr", "opensDate", "opensTime", "closesDate", "closesTime"],
    intents: ["save", "publish", "archive"],
  },
  "$lang.admin.consultations.$id.deadline.tsx": { fields: ["kind", "closesDate", "closesTime", "reasonEn", "reasonFr"] },
  "$lang.admin.consultations.instruments.tsx": {
    fields: ["instrumentId", "shortNameEn", "shortNameFr", "nameEn", "nameFr", "countryIsParty"],
  },
  "$lang.admin.consultations_.$id_.questions._index.tsx": {
    fields: ["questionId", "direction", "lang"],
    intents: ["move", "retire", "restore", "delete", "confirm"],
  },
  // The question editor's fields, every one (a key is set only when adding).
  "$lang.admin.consultations_.$id_.questions.new.tsx": { fields: [...QUESTION_FIELDS] },
  "$lang.admin.consultations_.$id_.questions.$questionId.tsx": { fields: QUESTION_FIELDS.filter((field) => field !== "key") },
  "$lang.admin.consultations_.$id_.questions.import.tsx": { fields: ["file", "content"] },
};

const HUGE = "x".repeat(200_000);
const WRONG = ["-1", "0", "1.5", "NaN", "1e309", "[object Object]", "true", "\u0000", " ", "9".repeat(40)];

type Body = { contentType?: string; body: BodyInit | undefined; label: string; mustNotChange: boolean };

function urlencoded(pairs: [string, string][]): string {
  return new URLSearchParams(pairs).toString();
}

function bodiesFor(file: string): Body[] {
  const { fields, intents = [undefined], fieldless = [] } = FIELDS[file] ?? { fields: ["text", "name", "email", "id"], intents: ["x"] };
  const form = "application/x-www-form-urlencoded";
  const bodies: Body[] = [
    { label: "no fields", contentType: form, body: "", mustNotChange: true },
    { label: "no body, no Content-Type", body: undefined, mustNotChange: true },
    {
      label: "JSON",
      contentType: "application/json",
      body: JSON.stringify(Object.fromEntries(fields.map((f) => [f, "1"]))),
      mustNotChange: true,
    },
    { label: "plain text", contentType: "text/plain", body: "intent=x", mustNotChange: true },
    { label: "multipart without its boundary", contentType: "multipart/form-data", body: "--x\r\n", mustNotChange: true },
    {
      label: "invalid UTF-8, percent-encoded, in every field",
      contentType: form,
      body: ["intent", ...fields].map((f) => `${f}=%C3%28%FF%FE`).join("&"),
      mustNotChange: true,
    },
    {
      label: "invalid UTF-8 bytes in the raw body",
      contentType: form,
      body: new Uint8Array([
        ...new TextEncoder().encode(`${["intent", ...fields].map((f) => `${f}=`).join("\xff&")}`),
        0xff,
        0xfe,
        0xc3,
        0x28,
      ]),
      mustNotChange: true,
    },
  ];
  for (const intent of intents) {
    const base: [string, string][] = intent ? [["intent", intent]] : [];
    bodies.push({
      label: `every field 200,000 characters (intent ${intent})`,
      contentType: form,
      body: urlencoded([...base, ...fields.map((f) => [f, HUGE] as [string, string])]),
      mustNotChange: !fieldless.includes(intent ?? ""),
    });
    for (const wrong of WRONG) {
      bodies.push({
        label: `every field ${JSON.stringify(wrong.slice(0, 12))} (intent ${intent})`,
        contentType: form,
        body: urlencoded([...base, ...fields.map((f) => [f, wrong] as [string, string])]),
        mustNotChange: false,
      });
    }
    bodies.push({
      label: `every field twice (intent ${intent})`,
      contentType: form,
      body: urlencoded([
        ...base,
        ...fields.flatMap(
          (f) =>
            [
              [f, "a"],
              [f, "2"],
            ] as [string, string][],
        ),
      ]),
      mustNotChange: false,
    });
    const multipart = new FormData();
    if (intent) multipart.set("intent", intent);
    for (const f of fields) multipart.set(f, new File([HUGE], "evil.html", { type: "text/html" }));
    bodies.push({ label: `a file in every field (intent ${intent})`, body: multipart, mustNotChange: true });
  }
  bodies.push({
    label: "an unknown intent",
    contentType: form,
    body: urlencoded([["intent", "drop-tables"], ...fields.map((f) => [f, "1"] as [string, string])]),
    mustNotChange: false,
  });
  return bodies;
}

const actions = Object.entries(modules)
  .map(([path, module]) => ({ file: path.split("/").at(-1)!, module }))
  .filter(({ module }) => module.action);

function paramsOf(file: string): Record<string, string> {
  // The question editor's `$id` is a consultation (Cluster 1's), `$questionId` one of its questions.
  if (file.includes("consultations_.$id_")) return { lang: "en", id: "1", questionId: "1" };
  // `$id` of a consultation is the seeded Cluster 1 consultation (the first row).
  return { lang: "en", cluster: "1", number: "1", id: file.includes("consultations.$id") ? "1" : String(ids.answer) };
}

/** Who sends the bodies: the role each action is for, and a visitor. */
function sendersOf(file: string): (keyof typeof cookies | null)[] {
  if (file.includes(".admin.")) return ["admin", null];
  if (file.includes(".respond.") || file.includes(".account.")) return ["respondent", null];
  return [null, "respondent", "admin"];
}

describe("malformed input into every action", () => {
  it("knows the fields of every action", () => {
    expect(actions.map((a) => a.file).filter((f) => !(f in FIELDS))).toEqual([]);
  });

  describe.each(actions)("$file", ({ file, module }) => {
    for (const sender of sendersOf(file)) {
      it(`as ${sender ?? "a visitor"}: a 4xx or a form result, never a 500; refused input changes nothing`, async () => {
        const problems: string[] = [];
        for (const body of bodiesFor(file)) {
          // A fresh session each time: sign-out revokes the one it is given.
          const cookie = sender ? await cookieFor(userOf(sender)) : undefined;
          const headers = new Headers();
          if (cookie) headers.set("Cookie", cookie);
          if (body.contentType) headers.set("Content-Type", body.contentType);
          const request = new Request(`http://localhost/en/x`, { method: "POST", headers, body: body.body });
          const before = checksum();
          let result: unknown;
          try {
            result = await run(() =>
              module.action!({ request, params: paramsOf(file), context: { clientIp: `192.0.2.${Math.floor(Math.random() * 250)}` } }),
            );
          } catch (error) {
            problems.push(
              `${body.label}: threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)}`,
            );
            continue;
          }
          if (result instanceof Response && result.status >= 500) problems.push(`${body.label}: ${result.status}`);
          if (result instanceof Response && result.status >= 200 && result.status < 300)
            problems.push(`${body.label}: ${result.status} for bad input`);
          if (body.mustNotChange) {
            const after = checksum();
            const changed = Object.keys(after).filter(
              (t) => after[t] !== before[t] && !(t === "email_outbox" && file === "$lang.sign-in._index.tsx"),
            );
            if (changed.length > 0) problems.push(`${body.label}: changed ${changed.join(", ")}`);
          }
        }
        expect(problems).toEqual([]);
      }, 60_000);
    }
  });
});

const userIdOf: Partial<Record<keyof typeof cookies, number>> = {};
function userOf(sender: keyof typeof cookies): number {
  userIdOf[sender] ??= (
    getDb()
      .$client.prepare(
        sender === "respondent"
          ? "SELECT id FROM users WHERE organization_id = ?"
          : "SELECT id FROM users WHERE role = ? ORDER BY id LIMIT 1",
      )
      .get(sender === "respondent" ? ids.organization : sender) as { id: number }
  ).id;
  return userIdOf[sender]!;
}
