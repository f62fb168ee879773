// The report journey in Chromium, on the demo consultation: an admin writes
// two summaries, marks and picks a quote, previews in both languages and
// publishes; a signed-out visitor reads the report in English and French and
// downloads every format. Then every published output (pages, PDF text, DOCX
// text, CSV, JSON) is searched for what must never be published: the names of
// organizations that did not consent to be named, text from organizations that
// did not consent to be quoted, and anything staff redacted.
import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "~/i18n/en";
import { fr } from "~/i18n/fr";
import { journey } from "../support/journey";

const j = journey({ email: true, env: { DEMO_DATA: "true" } });
const { query, newPage, expectAccessible } = j;
const adminEmail = "rita.report@example.org";
const stamp = Date.now().toString(36);
const summaries = {
  en: `Organizations agree the definition works in practice ${stamp}.`,
  fr: `Les organismes jugent que la définition fonctionne ${stamp}.`,
};

describe("the report", () => {
  let admin: Page;
  /** Everything published, as text, for the privacy search at the end. */
  const published: Record<string, string> = {};

  it("lets an admin write two summaries, mark and pick a quote, and preview in both languages", async () => {
    const created = j.adminCreate(adminEmail, "Rita Report");
    expect(created.status, created.stderr).toBe(0);
    admin = await newPage();
    await j.signIn(admin, adminEmail, "**/en/admin/queue");

    await admin.goto(`${j.server.url}/en/admin/report`);
    await expectAccessible(admin, "report_en_builder");
    for (const number of [1, 2]) {
      await admin.getByRole("link", { name: en.reportBuilder.edit(number), exact: true }).click();
      await admin.waitForURL(`**/en/admin/report/questions/${number}`);
      await admin.getByLabel(en.reportBuilder.summaryEn).fill(`${summaries.en} Q${number}`);
      await admin.getByLabel(en.reportBuilder.summaryFr).fill(`${summaries.fr} Q${number}`);
      await admin.getByLabel(en.reportBuilder.keyPointsEn).fill(`Point one ${stamp}\nPoint two`);
      await admin.getByLabel(en.reportBuilder.keyPointsFr).fill(`Premier point ${stamp}\nDeuxième point`);
      await admin.getByRole("button", { name: en.reportBuilder.saveSummary }).click();
      await admin.locator(".banner--success", { hasText: en.reportBuilder.summarySaved }).waitFor();
      await admin.getByRole("link", { name: en.reportBuilder.backToReport }).click();
      await admin.waitForURL("**/en/admin/report");
    }

    // An approved answer of an organization that consented to be quoted by name, not yet quoted.
    const [target] = query<{ id: number; number: number; text: string; name: string }>(
      `SELECT r.id, qu.number, coalesce(m.redacted_text, r.text) AS text, o.name FROM responses r
       JOIN questions qu ON qu.id = r.question_id JOIN organizations o ON o.id = r.organization_id
       JOIN moderation m ON m.response_id = r.id
       WHERE m.state = 'approved' AND o.consent_quote = 'named' AND o.consent_publish_name = 1
         AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.response_id = r.id) ORDER BY qu.number, r.id LIMIT 1`,
    );
    const excerpt = target!.text.split(/(?<=\.)\s/)[0]!;
    await admin.goto(`${j.server.url}/en/admin/answers/${target!.id}`);
    await admin.getByLabel(en.admin.quoteExcerpt, { exact: true }).fill(excerpt);
    await admin.getByRole("button", { name: en.admin.quoteSubmit }).click();
    await admin.locator(".banner--success", { hasText: en.admin.quoteAdded }).waitFor();
    await admin.goto(`${j.server.url}/en/admin/report/questions/${target!.number}`);
    await expectAccessible(admin, "report_en_question_builder");
    const item = admin.locator(".quote-item", { hasText: excerpt });
    await item.getByRole("button", { name: en.reportBuilder.pick }).click();
    await admin.locator(".banner--success", { hasText: en.reportBuilder.quotePicked }).waitFor();

    for (const lang of ["en", "fr"] as const) {
      await admin.goto(`${j.server.url}/${lang}/admin/report/preview`);
      expect(await admin.getByText(`${summaries[lang]} Q1`).count()).toBe(1);
      expect(await admin.locator("blockquote", { hasText: excerpt }).count()).toBe(1);
      await expectAccessible(admin, `report_${lang}_preview`);
    }
  });

  it("publishes a new version and emails the participating organizations", async () => {
    const before = query<{ n: number }>("SELECT max(version) AS n FROM report_versions")[0]!.n ?? 0;
    await admin.goto(`${j.server.url}/en/admin/report`);
    await admin.getByRole("button", { name: en.reportBuilder.publishSubmit }).click();
    await admin.locator(".banner--success", { hasText: en.reportBuilder.published(before + 1) }).waitFor();
    const contact = query<{ email: string }>(
      "SELECT u.email FROM users u JOIN submissions s ON s.organization_id = u.organization_id LIMIT 1",
    )[0]!;
    await j.stub.waitFor((m) => m.to.includes(contact.email) && m.text.includes(`/v/${before + 1}`), 15_000);
  });

  for (const [lang, d] of [
    ["en", en],
    ["fr", fr],
  ] as const) {
    it(`is read by a signed-out visitor in ${lang}, also with JavaScript off, and downloads every format`, async () => {
      // Without JavaScript the whole report is there (axe itself needs JavaScript, so it runs below).
      const plain = await newPage({ javaScriptEnabled: false });
      await plain.goto(`${j.server.url}/${lang}/reports/cluster-1`);
      expect(await plain.getByText(`${summaries[lang]} Q1`).count()).toBe(1);
      await plain.context().close();

      const visitor = await newPage();
      await visitor.goto(`${j.server.url}/${lang}/reports`);
      await expectAccessible(visitor, `report_${lang}_index`);
      await visitor.goto(`${j.server.url}/${lang}/reports/cluster-1`);
      expect(await visitor.locator("html").getAttribute("lang")).toBe(lang);
      expect(await visitor.getByText(`${summaries[lang]} Q2`).count()).toBe(1);
      // Every chart has its table.
      const charts = await visitor.locator("svg[role='img']").count();
      expect(charts).toBeGreaterThan(0);
      expect(await visitor.locator("table").count()).toBeGreaterThanOrEqual(charts);
      await expectAccessible(visitor, `report_${lang}_public`);
      published[`page-${lang}`] = await visitor.locator("main").innerText();

      // The latest version's page offers the latest version's files.
      const version = query<{ n: number }>("SELECT max(version) AS n FROM report_versions WHERE unpublished_at IS NULL")[0]!.n;
      for (const format of ["pdf", "docx", "csv", "json"] as const) {
        const link = visitor.locator(`a[href$="/v/${version}.${format}"]`).first();
        expect(await link.count(), `${format} link`).toBe(1);
        const response = await fetch(`${j.server.url}${await link.getAttribute("href")}`);
        expect(response.status, format).toBe(200);
        const bytes = Buffer.from(await response.arrayBuffer());
        if (format === "pdf") published[`pdf-${lang}`] = (await new PDFParse({ data: bytes }).getText()).text;
        else if (format === "docx")
          published[`docx-${lang}`] = (await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string")).replace(
            /<[^>]+>/g,
            " ",
          );
        else published[`${format}-${lang}`] = bytes.toString("utf8");
      }
      // The first version is still readable, and says it was replaced.
      await visitor.goto(`${j.server.url}/${lang}/reports/cluster-1/v/1`);
      await expectAccessible(visitor, `report_${lang}_v1_replaced`);
      expect(await visitor.getByRole("link", { name: d.report.replacedLink(version) }).count()).toBe(1);
      expect(await visitor.locator(`a[href$="/v/1.pdf"]`).count()).toBe(1);

      expect(published[`pdf-${lang}`]).toContain(`${summaries[lang]} Q1`);
      expect(published[`docx-${lang}`]).toContain(`${summaries[lang]} Q1`);
    });
  }

  it("never publishes what organizations did not consent to, or what staff redacted", () => {
    const everything = Object.values(published).join("\n");
    const normalized = everything.replace(/\s+/g, " ");
    expect(Object.keys(published).length).toBe(10);

    const unnamed = query<{ name: string }>("SELECT name FROM organizations WHERE consent_publish_name = 0");
    expect(unnamed.length).toBeGreaterThan(0);
    for (const { name } of unnamed) expect(normalized, name).not.toContain(name);

    // Text of organizations that refused quotes: no sentence of theirs appears.
    const refused = query<{ text: string }>(
      "SELECT r.text FROM responses r JOIN organizations o ON o.id = r.organization_id WHERE o.consent_quote = 'none' AND r.state = 'submitted'",
    );
    expect(refused.length).toBeGreaterThan(0);
    for (const { text } of refused) {
      for (const sentence of text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 40))
        expect(normalized).not.toContain(sentence.replace(/\s+/g, " "));
    }

    // What staff removed when redacting: the words of the original that the public version lacks.
    const redacted = query<{ text: string; redacted: string }>(
      "SELECT r.text, m.redacted_text AS redacted FROM responses r JOIN moderation m ON m.response_id = r.id WHERE m.redacted_text IS NOT NULL",
    );
    expect(redacted.length).toBeGreaterThan(0);
    for (const { text, redacted: kept } of redacted) {
      const removed = text.split(/\s+/).filter((word) => word.length > 3 && /\d|^[A-Z]/.test(word) && !kept.includes(word));
      // As whole words (punctuation around them stripped): the name "Tran" is inside "Transnational".
      const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      const words = new Set(normalized.split(" ").map(bare));
      for (const word of removed) expect(words.has(bare(word)), `redacted "${word}"`).toBe(false);
    }

    // Contact people are never published.
    for (const { name, email } of query<{ name: string; email: string }>(
      "SELECT name, email FROM users WHERE organization_id IS NOT NULL",
    )) {
      expect(normalized).not.toContain(email);
      expect(normalized).not.toContain(name);
    }
  });
});
