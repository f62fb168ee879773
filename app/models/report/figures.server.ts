// The report's figures, computed from the answers. One function, used by the
// report builder, its preview, publishing and the government input, so a
// figure is the same wherever it appears.
//
// Counted answers are submitted answers that moderation did not reject
// (off-topic, abusive or duplicate); pending answers count, since they are
// what organizations said. Each organization answers a question at most once
// (a unique index), so per question "answers" and "organizations" are the same.
//
// Speed: every figure is read from the kept counts (db/schema.ts, kept by the
// triggers of migration 0011_kept_counts.sql in the same transaction as each
// change), never from the answers: answer_counts per question, moderation
// state and breakdown, theme_counts per theme, campaign_counts per
// near-identical group, organization_counts per organization (with its type
// and region, so counting organizations needs no join). Their size
// grows with the number of distinct combinations (and organizations), not
// with the answers: measured at a million answers in the README.
//
// The questions are read with drizzle's builder; the GROUP BYs are raw SQL
// (db/statements.server.ts), each prepared once per connection.
import { asc, eq, sql } from "drizzle-orm";
import { answerCounts, campaignCounts, organizationCounts, questions as questionsTable, themeCounts, themes } from "~db/schema";
import { preparedQuery, preparedSql } from "~db/statements.server";
import type { CampaignFigure, ConsultationFigures, Counts, QuestionFigures, ThemeCount } from "./types";

function add(counts: Counts, key: string | null, n: number) {
  if (key === null) return;
  counts[key] = (counts[key] ?? 0) + n;
}

export interface Figures {
  consultation: ConsultationFigures;
  /** By question number; a question nobody answered has zeros. */
  questions: Map<number, QuestionFigures>;
}

const consultationParam = sql.placeholder("consultationId");

const questionNumbers = preparedQuery((db) =>
  db
    .select({ number: questionsTable.number, answerType: questionsTable.answerType })
    .from(questionsTable)
    .where(eq(questionsTable.consultationId, consultationParam))
    .orderBy(asc(questionsTable.number))
    .prepare(),
);

const answerGroups = preparedSql(
  {
    number: questionsTable.number,
    type: answerCounts.orgType,
    region: answerCounts.region,
    closed: sql<string | null>`nullif(${answerCounts.closedAnswer}, '')`,
    language: answerCounts.language,
    n: sql<number>`sum(${answerCounts.n})`,
  },
  (select) => sql`SELECT ${select}
     FROM ${answerCounts} JOIN ${questionsTable} ON ${questionsTable.id} = ${answerCounts.questionId}
     WHERE ${questionsTable.consultationId} = ${consultationParam} AND ${answerCounts.state} <> 'rejected' AND ${answerCounts.n} > 0
     GROUP BY ${answerCounts.questionId}, ${answerCounts.orgType}, ${answerCounts.region}, ${answerCounts.closedAnswer}, ${answerCounts.language}`,
);

const organizationGroups = preparedSql(
  { type: organizationCounts.orgType, region: organizationCounts.region, n: sql<number>`count(*)` },
  (select) => sql`SELECT ${select}
     FROM ${organizationCounts}
     WHERE ${organizationCounts.consultationId} = ${consultationParam} AND ${organizationCounts.n} > 0
     GROUP BY ${organizationCounts.orgType}, ${organizationCounts.region}`,
);

const themeGroups = preparedSql(
  { number: questionsTable.number, key: themes.key, en: themes.labelEn, fr: themes.labelFr, n: sql<number>`sum(${themeCounts.n})` },
  (select) => sql`SELECT ${select}
     FROM ${themeCounts} JOIN ${questionsTable} ON ${questionsTable.id} = ${themeCounts.questionId} JOIN ${themes} ON ${themes.id} = ${themeCounts.themeId}
     WHERE ${questionsTable.consultationId} = ${consultationParam} AND ${themes.consultationId} = ${questionsTable.consultationId}
       AND ${themeCounts.state} <> 'rejected' AND ${themeCounts.n} > 0
     GROUP BY ${questionsTable.number}, ${themeCounts.themeId}`,
);

const campaignGroups = preparedSql(
  { number: questionsTable.number, n: campaignCounts.n },
  (select) => sql`SELECT ${select}
     FROM ${questionsTable} JOIN ${campaignCounts} ON ${campaignCounts.questionId} = ${questionsTable.id} AND ${campaignCounts.n} > 1
     WHERE ${questionsTable.consultationId} = ${consultationParam}
     ORDER BY ${campaignCounts.n} DESC, ${campaignCounts.groupId}`,
);

const rejectedAnswers = preparedSql(
  { n: sql<number>`coalesce(sum(${answerCounts.n}), 0)` },
  (select) => sql`SELECT ${select} FROM ${answerCounts} JOIN ${questionsTable} ON ${questionsTable.id} = ${answerCounts.questionId}
     WHERE ${questionsTable.consultationId} = ${consultationParam} AND ${answerCounts.state} = 'rejected'`,
);

export function computeFigures(consultationId: number): Figures {
  const values = { consultationId };
  const numbers = questionNumbers().all(values);
  const questions = new Map<number, QuestionFigures>();
  for (const q of numbers) {
    questions.set(q.number, {
      respondingOrganizations: 0,
      byType: {},
      byRegion: {},
      closed: q.answerType === "closed" ? {} : null,
      themes: [],
      campaigns: [],
      distinctArguments: 0,
    });
  }

  const groups = answerGroups.all(values);
  const byLanguage: Counts = {};
  let answers = 0;
  for (const g of groups) {
    const q = questions.get(g.number)!;
    q.respondingOrganizations += g.n;
    add(q.byType, g.type, g.n);
    add(q.byRegion, g.region, g.n);
    if (q.closed) add(q.closed as Counts, g.closed, g.n);
    add(byLanguage, g.language, g.n);
    answers += g.n;
  }

  // Organizations are counted once each, whatever the number of questions they answered.
  const organizationRows = organizationGroups.all(values);
  const byType: Counts = {};
  const byRegion: Counts = {};
  let organizations = 0;
  for (const row of organizationRows) {
    add(byType, row.type, row.n);
    add(byRegion, row.region, row.n);
    organizations += row.n;
  }

  const themeRows = themeGroups.all(values);
  for (const row of themeRows) {
    const count: ThemeCount = { key: row.key, label: { en: row.en, fr: row.fr }, answers: row.n };
    questions.get(row.number)!.themes.push(count);
  }
  for (const q of questions.values()) q.themes.sort((a, b) => b.answers - a.answers || a.label.en.localeCompare(b.label.en));

  // A campaign is a near-identical group of two or more counted answers.
  const campaignRows = campaignGroups.all(values);
  for (const row of campaignRows) {
    const campaign: CampaignFigure = { organizations: row.n };
    questions.get(row.number)!.campaigns.push(campaign);
  }
  for (const q of questions.values()) {
    const inCampaigns = q.campaigns.reduce((sum, c) => sum + c.organizations, 0);
    q.distinctArguments = q.respondingOrganizations - inCampaigns + q.campaigns.length;
  }

  const rejected = rejectedAnswers.get(values)!.n;

  return { consultation: { organizations, answers, byLanguage, byType, byRegion, rejected }, questions };
}
