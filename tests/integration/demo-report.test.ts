// The demo report a fresh demo database gets: texts written from the demo
// answers, quotes picked from them, published as version 1 with no publisher.
import { count, eq } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { auditLog, emailOutbox, questionSummaries, quotes, reportDrafts, reportQuotes, reportVersions } from "~db/schema";
import { seedDemoAnswers } from "~db/seed/demo-answers";
import { demoOrganizations } from "~db/seed/demo-answers-content";
import { seedDemoReport } from "~db/seed/demo-report";
import { demoReportContent } from "~db/seed/demo-report-content";
import type { ReportDocument } from "~/models/report/types";
import { countWords } from "~/lib/words";
import { seedContent } from "../support/fixtures";

const QUESTIONS = [3, 12, 13, 14, 15, 17, 19, 20];

const db = () => getDb();
const countOf = (table: SQLiteTable) => db().select({ n: count() }).from(table).get()?.n ?? 0;
const organizationNamed = (name: string) => demoOrganizations.find((o) => o.name === name)!;

const now = new Date();
let inserted = 0;
let brokenError: unknown;
let countsAfterBroken: number[] = [];

beforeAll(() => {
  seedContent();
  expect(() => seedDemoReport(getDb(), now)).toThrow(/seedDemoAnswers/);
  seedDemoAnswers(getDb(), now);

  // A content edit that breaks an excerpt stops the seed, and writes nothing.
  const broken = {
    ...demoReportContent,
    quotes: [...demoReportContent.quotes, { ...demoReportContent.quotes[0]!, excerpt: "Words this answer never said." }],
  };
  try {
    seedDemoReport(getDb(), now, broken);
  } catch (error) {
    brokenError = error;
  }
  countsAfterBroken = [reportDrafts, questionSummaries, quotes, reportQuotes, reportVersions].map(countOf);

  inserted = seedDemoReport(getDb(), now);
});

function published(): { row: typeof reportVersions.$inferSelect; document: ReportDocument } {
  const row = db().select().from(reportVersions).get()!;
  return { row, document: JSON.parse(row.snapshot) as ReportDocument };
}

describe("the demo report content", () => {
  it("summarizes at least the documented questions, within the word limits, with 2–4 key points", () => {
    const numbers = demoReportContent.summaries.map((s) => s.question);
    for (const number of QUESTIONS) expect(numbers).toContain(number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const summary of demoReportContent.summaries) {
      for (const text of [summary.summaryEn, summary.summaryFr]) {
        expect(countWords(text), `question ${summary.question}`).toBeGreaterThanOrEqual(80);
        expect(countWords(text), `question ${summary.question}`).toBeLessThanOrEqual(200);
      }
      for (const points of [summary.keyPointsEn, summary.keyPointsFr]) {
        expect(points.length).toBeGreaterThanOrEqual(2);
        expect(points.length).toBeLessThanOrEqual(4);
        for (const point of points) expect(point).not.toMatch(/\n/);
      }
    }
    expect(demoReportContent.quotes.length).toBeGreaterThanOrEqual(6);
    expect(demoReportContent.quotes.length).toBeLessThanOrEqual(10);
  });

  it("picks quotes only from approved answers of organizations that consented to be quoted", () => {
    for (const pick of demoReportContent.quotes) {
      const organization = organizationNamed(pick.organization);
      expect(organization, pick.organization).toBeDefined();
      expect(organization.consentQuote).not.toBe("none");
      const answer = organization.answers.find((a) => a.question === pick.question)!;
      expect(answer.review.state).toBe("approved");
    }
  });
});

describe("seedDemoReport", () => {
  it("refuses a broken excerpt with a clear message, writing nothing", () => {
    expect(String(brokenError)).toMatch(/not an exact part of the answer's public text/);
    expect(countsAfterBroken).toEqual([0, 0, 0, 0, 0]);
  });

  it("writes the draft, the summaries, the quotes in order, and publishes version 1 with no publisher", () => {
    const picks = demoReportContent.quotes.length;
    expect(inserted).toBe(1 + demoReportContent.summaries.length + 2 * picks + 1);
    expect(countOf(reportDrafts)).toBe(1);
    expect(countOf(questionSummaries)).toBe(demoReportContent.summaries.length);
    const picked = db()
      .select({ text: quotes.text, position: reportQuotes.position })
      .from(reportQuotes)
      .innerJoin(quotes, eq(quotes.id, reportQuotes.quoteId))
      .all();
    expect(picked.sort((a, b) => a.position - b.position).map((p) => p.text)).toEqual(demoReportContent.quotes.map((q) => q.excerpt));

    const versions = db().select().from(reportVersions).all();
    expect(versions).toHaveLength(1);
    const { row, document } = published();
    expect(row.version).toBe(1);
    expect(row.publishedByUserId).toBeNull();
    expect(row.publishedAt.getTime()).toBe(now.getTime());
    expect(row.replacedAt).toBeNull();
    expect(row.unpublishedAt).toBeNull();
    expect(document.version).toBe(1);
    expect(document.publishedAt).toBe(now.toISOString());
  });

  it("sends no email and writes no audit row: no staff member acted", () => {
    expect(countOf(emailOutbox)).toBe(0);
    expect(countOf(auditLog)).toBe(0);
  });

  it("publishes the introduction and acknowledgements in both languages, saying it is a demonstration", () => {
    const { document } = published();
    expect(document.intro.en).toBe(demoReportContent.introEn);
    expect(document.intro.fr).toBe(demoReportContent.introFr);
    expect(document.intro.en).toMatch(/DEMONSTRATION/);
    expect(document.intro.fr).toMatch(/DÉMONSTRATION/);
    expect(document.acknowledgements.en).toBe(demoReportContent.acknowledgementsEn);
    expect(document.acknowledgements.fr).toBe(demoReportContent.acknowledgementsFr);
  });

  it("publishes the summaries and key points of the documented questions", () => {
    const { document } = published();
    for (const summary of demoReportContent.summaries) {
      const question = document.questions.find((q) => q.number === summary.question)!;
      expect(question.summary).toEqual({ en: summary.summaryEn, fr: summary.summaryFr });
      expect(question.keyPoints).toEqual({ en: summary.keyPointsEn, fr: summary.keyPointsFr });
    }
    const byNumber = (n: number) => document.questions.find((q) => q.number === n)!;
    expect(byNumber(15).summary.en).toMatch(/six organizations/);
    expect(byNumber(15).summary.fr).toMatch(/six organismes/);
    for (const n of [19, 20]) {
      expect(byNumber(n).instrument.countryIsParty).toBe(false);
      expect(byNumber(n).summary.en).toMatch(/Canada is not a party to the Firearms Protocol/);
      expect(byNumber(n).summary.fr).toMatch(/Le Canada n’est pas partie au Protocole relatif aux armes à feu/);
    }
  });

  it("publishes every picked quote, attributed only where the organization consented to be named", () => {
    const { document } = published();
    const shown = document.questions.flatMap((q) => q.quotes.map((quote) => ({ number: q.number, quote })));
    expect(shown).toHaveLength(demoReportContent.quotes.length);
    for (const pick of demoReportContent.quotes) {
      const organization = organizationNamed(pick.organization);
      const found = shown.find((s) => s.number === pick.question && s.quote.text === pick.excerpt);
      expect(found, `${pick.organization}, question ${pick.question}`).toBeDefined();
      const named = organization.consentQuote === "named" && organization.consentPublishName;
      expect(found!.quote.attribution).toBe(named ? organization.name : null);
      expect(found!.quote.organizationType).toBe(organization.type);
    }
    // Both kinds are shown: named and anonymous.
    expect(shown.some((s) => s.quote.attribution !== null)).toBe(true);
    expect(shown.some((s) => s.quote.attribution === null)).toBe(true);
  });

  it("quotes no organization that refused to be quoted", () => {
    const { document } = published();
    const texts = document.questions.flatMap((q) => q.quotes.map((quote) => quote.text));
    for (const organization of demoOrganizations.filter((o) => o.consentQuote === "none")) {
      for (const answer of organization.answers) {
        for (const text of texts) expect(answer.text.includes(text), `${organization.name} quoted: ${text}`).toBe(false);
      }
    }
  });

  it("names no organization that refused to be named, and no contact, anywhere in the snapshot", () => {
    const { row, document } = published();
    const unnamed = demoOrganizations.filter((o) => !o.consentPublishName);
    expect(unnamed.length).toBeGreaterThanOrEqual(2);
    for (const organization of unnamed) expect(row.snapshot).not.toContain(organization.name);
    for (const organization of demoOrganizations) {
      expect(row.snapshot).not.toContain(organization.contact.name);
      expect(row.snapshot).not.toContain(organization.contact.email);
    }
    // The named list holds only organizations that consented.
    expect(document.organizations.length).toBeGreaterThan(0);
    for (const { name } of document.organizations) expect(organizationNamed(name).consentPublishName).toBe(true);
  });

  it("inserts nothing the second time", () => {
    expect(seedDemoReport(getDb(), new Date())).toBe(0);
    expect(countOf(reportVersions)).toBe(1);
    expect(countOf(quotes)).toBe(demoReportContent.quotes.length);
  });
});
