// The demo answers a fresh demo database gets: fictional organizations that
// submitted answers, which a demo staff team has moderated and tagged midway.
import { count, eq } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import {
  consultations,
  moderation,
  organizations,
  questions,
  responseRevisions,
  responses,
  responseThemes,
  submissions,
  themes,
  users,
} from "~db/schema";
import { cluster1Themes } from "~db/seed/cluster1-questions";
import { seedDemoAnswers } from "~db/seed/demo-answers";
import { demoOrganizations } from "~db/seed/demo-answers-content";
import { RECEIPT_NUMBER_PATTERN } from "~/models/respond/receipt-number.server";
import { organizationNameKey } from "~/lib/organization-keys";
import { countWords } from "~/lib/words";
import { seedContent } from "../support/fixtures";

/** What the demo data promises (keep in step with db/seed/demo-answers-content.ts). */
const DOCUMENTED = {
  organizations: 14,
  answers: 90,
  byLanguage: { en: 61, fr: 29 },
  campaign: 6,
  moderation: { approved: 50, pending: 34, rejected: 4, needs_redaction: 2 },
};

const WORD = /[\p{L}\p{N}]+(?:[’'\-‐][\p{L}\p{N}]+)*/gu;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(WORD) ?? [];
  return new Set(words.slice(0, -2).map((_, i) => words.slice(i, i + 3).join(" ")));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((s) => b.has(s)).length;
  return shared / (a.size + b.size - shared);
}

const db = () => getDb();
const countOf = (table: SQLiteTable) => db().select({ n: count() }).from(table).get()?.n ?? 0;

let inserted = 0;
const now = new Date();

beforeAll(() => {
  seedContent();
  inserted = seedDemoAnswers(getDb(), now);
});

function allAnswers() {
  return db()
    .select({ response: responses, number: questions.number, moderation, organization: organizations })
    .from(responses)
    .innerJoin(questions, eq(questions.id, responses.questionId))
    .innerJoin(organizations, eq(organizations.id, responses.organizationId))
    .leftJoin(moderation, eq(moderation.responseId, responses.id))
    .all();
}

describe("the demo answers", () => {
  it("inserts the documented organizations, contacts and answers", () => {
    expect(countOf(organizations)).toBe(DOCUMENTED.organizations);
    expect(countOf(users)).toBe(DOCUMENTED.organizations);
    expect(countOf(responses)).toBe(DOCUMENTED.answers);
    expect(demoOrganizations.flatMap((o) => o.answers)).toHaveLength(DOCUMENTED.answers);

    const rows = allAnswers();
    const byLanguage = { en: 0, fr: 0 };
    for (const row of rows) byLanguage[row.response.language] += 1;
    expect(byLanguage).toEqual(DOCUMENTED.byLanguage);
    expect(rows.every((r) => r.response.state === "submitted" && r.response.version === 1)).toBe(true);

    // Every row counted: organization, user, submission, and per answer its revision and moderation.
    const tagged = countOf(responseThemes);
    expect(inserted).toBe(3 * DOCUMENTED.organizations + 3 * DOCUMENTED.answers + tagged);
  });

  it("inserts nothing the second time", () => {
    expect(seedDemoAnswers(getDb(), new Date())).toBe(0);
    expect(countOf(organizations)).toBe(DOCUMENTED.organizations);
  });

  it("keeps each organization within 4–10 answers, and each answer within 40–200 words", () => {
    for (const organization of demoOrganizations) {
      expect(organization.answers.length, organization.name).toBeGreaterThanOrEqual(4);
      expect(organization.answers.length, organization.name).toBeLessThanOrEqual(10);
      for (const answer of organization.answers) {
        const words = countWords(answer.text);
        expect(words, `${organization.name}, question ${answer.question}`).toBeGreaterThanOrEqual(40);
        expect(words, `${organization.name}, question ${answer.question}`).toBeLessThanOrEqual(200);
      }
    }
  });

  it("answers every question at least twice, and several questions five times or more", () => {
    const perQuestion = new Map<number, number>();
    for (const row of allAnswers()) perQuestion.set(row.number, (perQuestion.get(row.number) ?? 0) + 1);
    for (let number = 1; number <= 20; number++) {
      expect(perQuestion.get(number) ?? 0, `question ${number}`).toBeGreaterThanOrEqual(2);
    }
    expect([...perQuestion.values()].filter((n) => n >= 5).length).toBeGreaterThanOrEqual(6);
    expect(perQuestion.get(19)).toBeGreaterThanOrEqual(3);
    expect(perQuestion.get(20)).toBeGreaterThanOrEqual(3);
  });

  it("gives closed questions a closed answer and open questions none", () => {
    const rows = db()
      .select({ closedAnswer: responses.closedAnswer, answerType: questions.answerType })
      .from(responses)
      .innerJoin(questions, eq(questions.id, responses.questionId))
      .all();
    for (const row of rows) expect(row.closedAnswer === null).toBe(row.answerType === "open");
  });

  it("gives every organization a submission with a valid receipt number, within the open period", () => {
    const consultation = db().select().from(consultations).get()!;
    const rows = db().select().from(submissions).all();
    expect(rows).toHaveLength(DOCUMENTED.organizations);
    expect(new Set(rows.map((s) => s.organizationId)).size).toBe(DOCUMENTED.organizations);
    for (const submission of rows) {
      expect(submission.receiptNumber).toMatch(RECEIPT_NUMBER_PATTERN);
      expect(submission.receiptNumber.startsWith("C1-")).toBe(true);
      expect(submission.submissionCount).toBe(1);
      expect(submission.firstSubmittedAt.getTime()).toBeGreaterThan(consultation.opensAt.getTime());
      expect(submission.firstSubmittedAt.getTime()).toBeLessThan(now.getTime());
    }
  });

  it("writes French answers in French, with their accents", () => {
    const french = allAnswers().filter((r) => r.response.language === "fr");
    expect(french.length).toBeGreaterThan(DOCUMENTED.answers / 4);
    for (const row of french) expect(row.response.text).toMatch(/[éèêàâçôîû]/);
    expect(french.some((r) => /\b(sécurité|traite|victimes|procès)\b/u.test(r.response.text))).toBe(true);
  });

  it("groups the campaign: six answers to question 15 sharing at least 80% of their 3-word shingles", () => {
    const campaign = demoOrganizations.flatMap((o) => o.answers.filter((a) => a.campaign).map((a) => ({ o, a })));
    expect(campaign).toHaveLength(DOCUMENTED.campaign);
    expect(campaign.every(({ a }) => a.question === 15)).toBe(true);
    const words = countWords(campaign[0]!.a.text);
    expect(words).toBeGreaterThanOrEqual(70);
    expect(words).toBeLessThanOrEqual(95);

    const stored = allAnswers().filter((r) => r.number === 15 && campaign.some(({ o }) => o.name === r.organization.name));
    expect(stored).toHaveLength(DOCUMENTED.campaign);
    const sets = stored.map((r) => shingles(r.response.text));
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        expect(jaccard(sets[i]!, sets[j]!)).toBeGreaterThanOrEqual(0.8);
      }
    }
    // Not simply copies: each names its own city.
    expect(new Set(stored.map((r) => r.response.text)).size).toBe(DOCUMENTED.campaign);

    // No other answer to question 15 comes near the campaign.
    const campaignIds = new Set(stored.map((r) => r.response.id));
    const others = allAnswers().filter((r) => r.number === 15 && !campaignIds.has(r.response.id));
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(jaccard(shingles(other.response.text), sets[0]!)).toBeLessThan(0.3);
  });

  it("gives every answer its first revision, with the same content", () => {
    const rows = db()
      .select({ response: responses, revision: responseRevisions })
      .from(responses)
      .leftJoin(responseRevisions, eq(responseRevisions.responseId, responses.id))
      .all();
    expect(rows).toHaveLength(DOCUMENTED.answers);
    for (const { response, revision } of rows) {
      expect(revision).not.toBeNull();
      expect(revision!.version).toBe(1);
      expect(revision!.state).toBe("submitted");
      expect(revision!.text).toBe(response.text);
      expect(revision!.closedAnswer).toBe(response.closedAnswer);
      expect(revision!.language).toBe(response.language);
    }
  });

  it("leaves moderation midway: approved, pending, rejected and marked for redaction", () => {
    const rows = allAnswers();
    const states = { approved: 0, pending: 0, rejected: 0, needs_redaction: 0 };
    for (const row of rows) states[row.moderation!.state] += 1;
    expect(states).toEqual(DOCUMENTED.moderation);
    expect(rows.every((r) => r.moderation!.updatedByUserId === null)).toBe(true);

    const rejected = rows.filter((r) => r.moderation!.state === "rejected");
    expect(rejected.some((r) => /^off-topic: ./.test(r.moderation!.reason ?? ""))).toBe(true);
    expect(rejected.every((r) => /^(off-topic|abusive|duplicate): ./.test(r.moderation!.reason ?? ""))).toBe(true);
  });

  it("keeps answers with personal information out of the approved ones", () => {
    const flagged = demoOrganizations.flatMap((o) => o.answers.filter((a) => a.personalInformation));
    const stillPending = flagged.filter((a) => a.review.state === "pending");
    expect(stillPending).toHaveLength(3);
    expect(flagged.filter((a) => a.review.state === "needs_redaction")).toHaveLength(2);
    // A named person and a phone number or email address, in each one still waiting for staff.
    for (const answer of stillPending) expect(answer.text).toMatch(/\d{3}-555-01\d\d|@example\.org/);

    // Where staff redacted before approving, the public text has no phone number left.
    const redacted = allAnswers().filter((r) => r.moderation!.redactedText);
    expect(redacted.length).toBeGreaterThan(0);
    for (const row of redacted) {
      expect(row.moderation!.state).toBe("approved");
      expect(row.moderation!.redactedText).not.toMatch(/555-01/);
    }
  });

  it("tags approved answers only, with one or two known themes, leaving some untagged", () => {
    const keys = new Set(cluster1Themes.map((t) => t.key));
    for (const answer of demoOrganizations.flatMap((o) => o.answers)) {
      if (answer.review.state !== "approved") continue;
      expect(answer.review.themes.length).toBeLessThanOrEqual(2);
      for (const key of answer.review.themes) expect(keys.has(key), key).toBe(true);
    }

    const tags = db()
      .select({ responseId: responseThemes.responseId, state: moderation.state, key: themes.key, source: responseThemes.source })
      .from(responseThemes)
      .innerJoin(moderation, eq(moderation.responseId, responseThemes.responseId))
      .innerJoin(themes, eq(themes.id, responseThemes.themeId))
      .all();
    expect(tags.every((t) => t.state === "approved" && t.source === "manual")).toBe(true);
    const taggedAnswers = new Set(tags.map((t) => t.responseId));
    expect(taggedAnswers.size).toBeLessThan(DOCUMENTED.moderation.approved);
    expect(new Set(tags.map((t) => t.key))).toEqual(keys);
  });

  it("uses fictional contacts and varied organizations and consents", () => {
    for (const user of db().select().from(users).all()) {
      expect(user.email).toMatch(/@example\.org$/);
      expect(user.role).toBe("respondent");
    }
    for (const answer of demoOrganizations.flatMap((o) => o.answers)) {
      for (const email of answer.text.match(/\S+@\S+\.\w+/g) ?? []) expect(email).toMatch(/@example\.org$/);
    }

    const rows = db().select().from(organizations).all();
    for (const row of rows) expect(row.nameKey).toBe(organizationNameKey(row.name));
    expect(new Set(rows.map((r) => r.type)).size).toBe(8);
    expect(rows.filter((r) => r.consentQuote === "none").length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r.consentQuote === "anonymous").length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => !r.consentPublishName).length).toBeGreaterThanOrEqual(2);
    const outside = rows.filter((r) => r.region === "outside");
    expect(outside).toHaveLength(1);
    expect(outside[0]!.country).toBeTruthy();
    expect(new Set(rows.map((r) => r.region)).size).toBeGreaterThanOrEqual(10);
  });
});
