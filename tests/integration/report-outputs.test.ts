// The report's downloads (PDF, DOCX, CSV, JSON) and the government input,
// generated from a document built from the database, read back the way a
// reader's software would: PDF text, Word XML, a CSV parser, JSON.parse.
import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { parseCsv } from "~/lib/csv";
import { buildReportDocument } from "~/models/report/document.server";
import { clearDownloadCache } from "~/models/report/outputs/downloads.server";
import { reportCsv } from "~/models/report/outputs/csv.server";
import { reportDocx } from "~/models/report/outputs/docx.server";
import { governmentInputDocx } from "~/models/report/outputs/government-input.server";
import { REPORT_JSON_SCHEMA_VERSION, reportJson } from "~/models/report/outputs/json.server";
import { pdfSafe, reportPdf } from "~/models/report/outputs/pdf.server";
import type { ReportDocument } from "~/models/report/types";
import { loader as governmentLoader } from "~/routes/$lang.admin.report.government[.]docx";
import { loader as pageLoader } from "~/routes/$lang.reports.$slug.v.$version";
import { loader as csvLoader } from "~/routes/$lang.reports.$slug.v.$version[.]csv";
import { loader as docxLoader } from "~/routes/$lang.reports.$slug.v.$version[.]docx";
import { loader as jsonLoader } from "~/routes/$lang.reports.$slug.v.$version[.]json";
import { loader as pdfLoader } from "~/routes/$lang.reports.$slug.v.$version[.]pdf";
import { cookieFor, createOrganization, createSubmittedAnswer, createUser, routeArgs, run, seedContent } from "../support/fixtures";

const FRENCH_TYPOGRAPHY = "é à ç « » ’ – …";
/** What must never appear in anything published: names and words of organizations that did not consent. */
const SECRETS = ["Zeta Secret Coalition", "Beta Hidden Network", "SECRET-PHRASE", "Jane Roe", "555-0199"];

let doc: ReportDocument;
const texts: Record<string, string> = {};

function sql(statement: string, ...values: unknown[]) {
  return getDb()
    .$client.prepare(statement)
    .run(...values);
}

function questionId(number: number): number {
  return (getDb().$client.prepare("SELECT id FROM questions WHERE number = ?").get(number) as { id: number }).id;
}

function submit(organizationId: number) {
  const now = Date.now();
  sql(
    "INSERT INTO submissions (organization_id, consultation_id, receipt_number, first_submitted_at, last_submitted_at) VALUES (?, 1, ?, ?, ?)",
    organizationId,
    `C1-TEST-${organizationId}`,
    now,
    now,
  );
}

function moderate(responseId: number, state: string, redactedText: string | null = null) {
  sql(
    "INSERT INTO moderation (response_id, state, redacted_text, updated_at) VALUES (?, ?, ?, ?)",
    responseId,
    state,
    redactedText,
    Date.now(),
  );
}

function pickQuote(responseId: number, text: string, position: number) {
  const id = sql("INSERT INTO quotes (response_id, text, created_at) VALUES (?, ?, ?)", responseId, text, Date.now()).lastInsertRowid;
  sql("INSERT INTO report_quotes (quote_id, position, picked_at) VALUES (?, ?, ?)", id, position, Date.now());
}

function summarize(number: number, en: string, fr: string, keyPoints = { en: "", fr: "" }) {
  sql(
    "INSERT INTO question_summaries (question_id, summary_en, summary_fr, key_points_en, key_points_fr, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
    questionId(number),
    en,
    fr,
    keyPoints.en,
    keyPoints.fr,
    Date.now(),
  );
}

function normalize(text: string): string {
  return text.replace(/\s+/g, " ");
}

async function pdfText(buffer: Buffer): Promise<{ text: string; info: Record<string, unknown> }> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    const text = (await parser.getText()).text;
    const info = (await parser.getInfo()).info as Record<string, unknown>;
    return { text: normalize(text), info };
  } finally {
    await parser.destroy();
  }
}

/** The paragraphs of a Word file's body, each with its style. */
async function docxParagraphs(buffer: Buffer | ArrayBuffer): Promise<{ style: string | null; text: string }[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file("word/document.xml")!.async("string");
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")),
  }));
}

async function docxText(buffer: Buffer | ArrayBuffer): Promise<string> {
  return (await docxParagraphs(buffer)).map((p) => p.text).join("\n");
}

beforeAll(async () => {
  seedContent();
  const named = createOrganization({
    name: "Alpha Société d’entraide",
    type: "ngo",
    region: "QC",
    consentPublishName: true,
    consentQuote: "named",
  });
  const anonymous = createOrganization({
    name: "Beta Hidden Network",
    type: "indigenous",
    region: "BC",
    consentPublishName: false,
    consentQuote: "anonymous",
  });
  const secret = createOrganization({
    name: "Zeta Secret Coalition",
    type: "academic",
    region: "ON",
    consentPublishName: false,
    consentQuote: "none",
  });
  for (const org of [named, anonymous, secret]) submit(org.id);

  const a1 = createSubmittedAnswer(named.id, 2, "Nos clientes vivent la traite au quotidien. Le droit est incomplet.", {
    language: "fr",
    closedAnswer: "yes",
  });
  moderate(a1.id, "approved");
  pickQuote(a1.id, "Nos clientes vivent la traite au quotidien.", 1);

  const a2 = createSubmittedAnswer(anonymous.id, 2, "Gaps remain in the law. Call Jane Roe at 555-0199 for details.", {
    closedAnswer: "partly",
  });
  moderate(a2.id, "approved", "Gaps remain in the law. [personal information removed]");
  pickQuote(a2.id, "Gaps remain in the law.", 2);
  // Picked before a later redaction took these words out of the public text: must not be published.
  pickQuote(a2.id, "Call Jane Roe at 555-0199", 3);

  const a3 = createSubmittedAnswer(secret.id, 2, "SECRET-PHRASE: our unredacted view.", { closedAnswer: "no" });
  moderate(a3.id, "approved");

  const a4 = createSubmittedAnswer(named.id, 19, "Firearms cross the border every day.", { closedAnswer: "partly" });
  moderate(a4.id, "approved");

  summarize(2, "**Most** organizations see gaps in the law.", `La **plupart** des organismes voient des lacunes : ${FRENCH_TYPOGRAPHY}`, {
    en: "Gaps in the definition\nToo few prosecutions",
    fr: "Lacunes de la définition\nTrop peu de poursuites",
  });
  summarize(19, "Firearms summary: trafficking across the border.", "Résumé sur les armes à feu : trafic transfrontalier.");
  sql(
    "INSERT INTO report_drafts (consultation_id, intro_en, intro_fr, acknowledgements_en, acknowledgements_fr, updated_at) VALUES (1, ?, ?, ?, ?, ?)",
    "This report gives *civil society's* views. See [the review](https://www.unodc.org/).\n\n- one\n- two",
    "Ce rapport présente les points de vue de la *société civile*.",
    "We thank every organization.",
    "Nous remercions tous les organismes.",
    Date.now(),
  );

  const built = buildReportDocument(1, new Date("2026-03-17T13:00:00Z"))!;
  doc = { ...built, version: 1, publishedAt: "2026-03-17T14:00:00.000Z" };
  sql(
    "INSERT INTO report_versions (consultation_id, version, snapshot, published_at) VALUES (1, 1, ?, ?)",
    JSON.stringify(doc),
    Date.parse(doc.publishedAt!),
  );
  sql(
    "INSERT INTO report_versions (consultation_id, version, snapshot, published_at, unpublished_at, unpublish_reason) VALUES (1, 2, ?, ?, ?, ?)",
    JSON.stringify({ ...doc, version: 2 }),
    Date.now(),
    Date.now(),
    "A figure was wrong.",
  );
  clearDownloadCache();

  // Generate everything once; the tests below read it.
  for (const lang of ["en", "fr"] as const) {
    const pdf = await pdfText(await reportPdf(doc, lang));
    texts[`pdf-${lang}`] = pdf.text;
    texts[`pdf-info-${lang}`] = JSON.stringify(pdf.info);
    texts[`docx-${lang}`] = await docxText(await reportDocx(doc, lang));
    texts[`csv-${lang}`] = reportCsv(doc, lang);
    texts[`government-${lang}`] = await docxText(await governmentInputDocx(doc, lang, { includeNonParty: true }));
  }
  texts.json = reportJson(doc);
}, 30_000);

describe("the document the outputs are made from", () => {
  it("holds the consenting quotes only", () => {
    const q2 = doc.questions.find((q) => q.number === 2)!;
    expect(q2.quotes.map((q) => q.attribution)).toEqual(["Alpha Société d’entraide", null]);
    expect(doc.organizations.map((o) => o.name)).toEqual(["Alpha Société d’entraide"]);
  });
});

describe("the PDF", () => {
  it("has the title, the version, the prompts and the summaries, in English", () => {
    const text = texts["pdf-en"]!;
    expect(text).toContain("Cluster 1 consultation: criminalization and jurisdiction: report");
    expect(text).toContain("Version 1, published March 17, 2026");
    expect(text).toContain("Contents");
    for (const q of doc.questions) expect(text).toContain(normalize(q.prompt.en));
    expect(text).toContain("Most organizations see gaps in the law.");
    expect(text).toContain("Gaps in the definition");
    expect(text).toContain("“Gaps remain in the law.”");
    expect(text).toContain("— an Indigenous organization");
    expect(text).toContain("— Alpha Société d’entraide (in French)");
    expect(text).toContain("the review (https://www.unodc.org/)");
    expect(text).toContain("Participating organizations");
  });

  it("keeps French accents and typography", () => {
    const text = texts["pdf-fr"]!;
    expect(text).toContain("Consultation sur le groupe thématique 1 : incrimination et compétence : rapport");
    expect(text).toContain("Version 1, publiée le 17 mars 2026");
    expect(text).toContain(FRENCH_TYPOGRAPHY);
    expect(text).toContain(normalize(doc.questions[0]!.prompt.fr));
    expect(text).toContain("Nos clientes vivent la traite au quotidien.");
  });

  it("declares its title and language", () => {
    expect(texts["pdf-info-fr"]).toContain('"Language":"fr-CA"');
    expect(texts["pdf-info-fr"]).toContain("incrimination et compétence : rapport");
    expect(texts["pdf-info-en"]).toContain('"Language":"en-CA"');
  });

  it("brings characters Helvetica cannot draw down to ones it can", () => {
    expect(pdfSafe("a\u202f: b\u2011c ā ł 😀 é")).toBe("a\u00a0: b-c a ? ? é");
  });
});

describe("the DOCX", () => {
  it("has real headings and the summaries", async () => {
    const paragraphs = await docxParagraphs(await reportDocx(doc, "fr"));
    const headings = paragraphs.filter((p) => p.style?.startsWith("Heading")).map((p) => p.text);
    expect(headings).toContain("Méthode d’élaboration du rapport");
    expect(headings).toContain("Réponses, question par question");
    expect(headings.filter((h) => /^Question \d+ — /.test(h))).toHaveLength(doc.questions.length);
    expect(paragraphs.find((p) => p.style === "Title")?.text).toContain("rapport");
    expect(texts["docx-fr"]).toContain(`La plupart des organismes voient des lacunes : ${FRENCH_TYPOGRAPHY}`);
    expect(texts["docx-en"]).toContain("Most organizations see gaps in the law.");
  });

  it("sets the document language and marks table header rows", async () => {
    const zip = await JSZip.loadAsync(await reportDocx(doc, "fr"));
    expect(await zip.file("word/styles.xml")!.async("string")).toContain('w:val="fr-CA"');
    expect(await zip.file("word/document.xml")!.async("string")).toContain("<w:tblHeader");
  });
});

describe("the CSV", () => {
  it("starts with a byte order mark and has one width", () => {
    const csv = texts["csv-en"]!;
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(csv);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([11]));
  });

  it("gives the document's figures back", () => {
    const [header, ...rows] = parseCsv(texts["csv-en"]!);
    const column = (name: string) => header!.indexOf(name);
    const figure = (question: string, measure: string, category = "") =>
      rows.find(
        (r) =>
          r[0] === "figure" && r[column("question")] === question && r[column("measure")] === measure && r[column("category")] === category,
      )?.[column("value")];
    const q2 = doc.questions.find((q) => q.number === 2)!;
    expect(figure("", "organizations")).toBe(String(doc.figures.organizations));
    expect(figure("", "answers")).toBe(String(doc.figures.answers));
    expect(figure("2", "responding_organizations")).toBe(String(q2.figures.respondingOrganizations));
    for (const [answer, n] of Object.entries(q2.figures.closed!)) expect(figure("2", "closed_answer", answer)).toBe(String(n));
    for (const [type, n] of Object.entries(q2.figures.byType)) expect(figure("2", "by_type", type)).toBe(String(n));
    const quotes = rows.filter((r) => r[0] === "quote" && r[column("question")] === "2");
    expect(quotes.map((r) => [r[column("quote")], r[column("quote_language")], r[column("source")]])).toEqual([
      ["Nos clientes vivent la traite au quotidien.", "fr", "Alpha Société d’entraide"],
      ["Gaps remain in the law.", "en", "an Indigenous organization"],
    ]);
  });

  it("labels in French", () => {
    const [header, ...rows] = parseCsv(texts["csv-fr"]!);
    expect(header).toContain("valeur");
    expect(rows.some((r) => r.includes("Organisation autochtone"))).toBe(true);
  });
});

describe("the JSON", () => {
  it("round-trips the figures and quotes with its schema version", () => {
    const data = JSON.parse(texts.json!);
    expect(data.schemaVersion).toBe(REPORT_JSON_SCHEMA_VERSION);
    expect(data.version).toBe(1);
    expect(data.publishedAt).toBe(doc.publishedAt);
    expect(data.figures).toEqual(doc.figures);
    expect(data.questions.map((q: { figures: unknown }) => q.figures)).toEqual(doc.questions.map((q) => q.figures));
    expect(data.questions.map((q: { quotes: unknown }) => q.quotes)).toEqual(doc.questions.map((q) => q.quotes));
  });
});

describe("the government input", () => {
  it("leaves the Firearms Protocol's questions out by default", async () => {
    const paragraphs = await docxParagraphs(await governmentInputDocx(doc, "en", { includeNonParty: false }));
    const headings = paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(headings.some((h) => h.startsWith("Question 2 — "))).toBe(true);
    expect(headings.some((h) => h.startsWith("Question 19 ") || h.startsWith("Question 20 "))).toBe(false);
    const text = paragraphs.map((p) => p.text).join("\n");
    expect(text).not.toContain("Firearms summary");
    expect(text).not.toContain("Annex");
    expect(text).toContain("Firearms Protocol");
    expect(text).toContain("Most organizations see gaps in the law.");
    // Figures and summaries only: no quotes.
    expect(text).not.toContain("Gaps remain in the law.");
    expect(text).not.toContain("Alpha Société");
  });

  it("puts them in an annex at the end when asked", async () => {
    const paragraphs = await docxParagraphs(await governmentInputDocx(doc, "fr", { includeNonParty: true }));
    const headings = paragraphs.filter((p) => p.style?.startsWith("Heading")).map((p) => p.text);
    const annex = headings.indexOf("Annexe : instruments auxquels le Canada n’est pas partie");
    expect(annex).toBeGreaterThan(headings.findIndex((h) => h.startsWith("Question 18 — ")));
    expect(headings.findIndex((h) => h.startsWith("Question 19 — "))).toBeGreaterThan(annex);
    expect(headings.findIndex((h) => h.startsWith("Question 20 — "))).toBeGreaterThan(annex);
    expect(paragraphs.map((p) => p.text).join("\n")).toContain("Résumé sur les armes à feu : trafic transfrontalier.");
  });
});

describe("privacy", () => {
  it("publishes no name or unredacted words of organizations that did not consent", async () => {
    const page = await run(() => pageLoader(routeArgs("/en/reports/cluster-1/v/1", { lang: "en", slug: "cluster-1", version: "1" })));
    const pageText = page instanceof Response ? await page.text() : JSON.stringify(page);
    expect(pageText).toContain("Gaps remain in the law.");
    for (const [name, text] of Object.entries({ ...texts, page: pageText })) {
      for (const secret of SECRETS) expect(text, `${secret} in ${name}`).not.toContain(secret);
    }
  });
});

describe("the download routes", () => {
  const params = (version: string) => ({ lang: "en", slug: "cluster-1", version });
  const get = (loader: typeof pdfLoader, version: string, headers: Record<string, string> = {}) => {
    const args = routeArgs(`/en/reports/cluster-1/v/${version}.pdf`, params(version));
    for (const [k, v] of Object.entries(headers)) args.request.headers.set(k, v);
    return run(() => loader(args as never));
  };

  it("serves a published version as an attachment, cacheable for five minutes", async () => {
    for (const [loader, format, type] of [
      [pdfLoader, "pdf", "application/pdf"],
      [docxLoader, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      [csvLoader, "csv", "text/csv; charset=utf-8"],
      [jsonLoader, "json", "application/json; charset=utf-8"],
    ] as const) {
      const response = (await get(loader, "1")) as Response;
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe(type);
      expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="untoc-cluster-1-report-v1-en.${format}"`);
      expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
      expect(response.headers.get("ETag")).toMatch(new RegExp(`^"report-\\d+-en-${format}"$`));
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const first = (await get(pdfLoader, "1")) as Response;
    const etag = first.headers.get("ETag")!;
    const again = (await get(pdfLoader, "1", { "If-None-Match": `W/"other", ${etag}` })) as Response;
    expect(again.status).toBe(304);
    expect(again.headers.get("ETag")).toBe(etag);
  });

  it("answers 404 for a version that does not exist and 410 for one withdrawn", async () => {
    expect(((await get(pdfLoader, "99")) as Response).status).toBe(404);
    expect(((await get(jsonLoader, "abc")) as Response).status).toBe(404);
    const gone = (await get(pdfLoader, "2", { "If-None-Match": '"report-2-en-pdf"' })) as Response;
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("withdrawn");
    expect(gone.headers.get("Cache-Control")).toBe("no-store");
  });

  it("stops serving a version from its cache once it is unpublished", async () => {
    expect(((await get(csvLoader, "1")) as Response).status).toBe(200);
    sql("UPDATE report_versions SET unpublished_at = ? WHERE version = 1", Date.now());
    try {
      expect(((await get(csvLoader, "1")) as Response).status).toBe(410);
    } finally {
      sql("UPDATE report_versions SET unpublished_at = NULL WHERE version = 1");
    }
  });
});

describe("the government input route", () => {
  const path = "/en/admin/report/government.docx";

  it("sends a signed-out visitor to sign in and refuses a moderator", async () => {
    const signedOut = (await run(() => governmentLoader(routeArgs(path, { lang: "en" }) as never))) as Response;
    expect(signedOut.status).toBe(302);
    const moderator = await cookieFor(createUser({ role: "moderator" }).id);
    const refused = (await run(() => governmentLoader(routeArgs(path, { lang: "en" }, { cookie: moderator }) as never))) as Response;
    expect(refused.status).toBe(403);
  });

  it("gives an admin the draft in the language asked, with the annex when asked, never cached", async () => {
    const admin = await cookieFor(createUser({ role: "admin" }).id);
    const response = (await run(() =>
      governmentLoader(routeArgs(`${path}?language=fr&annex=1`, { lang: "en" }, { cookie: admin }) as never),
    )) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="untoc-cluster-1-government-input-fr.docx"');
    const text = await docxText(await response.arrayBuffer());
    expect(text).toContain("Annexe : instruments auxquels le Canada n’est pas partie");
    expect(
      ((await run(() => governmentLoader(routeArgs(`${path}?cluster=9`, { lang: "en" }, { cookie: admin }) as never))) as Response).status,
    ).toBe(404);
    expect(
      ((await run(() => governmentLoader(routeArgs(`${path}?language=de`, { lang: "en" }, { cookie: admin }) as never))) as Response)
        .status,
    ).toBe(400);
  });
});
