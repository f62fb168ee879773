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
import { prepared } from "~db/statements.server";
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

export function computeFigures(consultationId: number): Figures {
  const numbers = prepared("SELECT number, answer_type AS answerType FROM questions WHERE consultation_id = ? ORDER BY number").all(consultationId) as {
    number: number;
    answerType: "closed" | "open";
  }[];
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

  const groups = prepared(
    `SELECT qu.number AS number, k.org_type AS type, k.region AS region, nullif(k.closed_answer, '') AS closed, k.language AS language, sum(k.n) AS n
     FROM answer_counts k JOIN questions qu ON qu.id = k.question_id
     WHERE qu.consultation_id = ? AND k.state <> 'rejected' AND k.n > 0
     GROUP BY k.question_id, k.org_type, k.region, k.closed_answer, k.language`,
  ).all(consultationId) as { number: number; type: string; region: string; closed: string | null; language: string; n: number }[];
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
  const organizationRows = prepared(
    `SELECT org_type AS type, region, count(*) AS n
     FROM organization_counts
     WHERE consultation_id = ? AND n > 0
     GROUP BY org_type, region`,
  ).all(consultationId) as { type: string; region: string; n: number }[];
  const byType: Counts = {};
  const byRegion: Counts = {};
  let organizations = 0;
  for (const row of organizationRows) {
    add(byType, row.type, row.n);
    add(byRegion, row.region, row.n);
    organizations += row.n;
  }

  const themeRows = prepared(
    `SELECT qu.number AS number, t.key AS key, t.label_en AS en, t.label_fr AS fr, sum(k.n) AS n
     FROM theme_counts k JOIN questions qu ON qu.id = k.question_id JOIN themes t ON t.id = k.theme_id
     WHERE qu.consultation_id = ? AND t.consultation_id = qu.consultation_id AND k.state <> 'rejected' AND k.n > 0
     GROUP BY qu.number, k.theme_id`,
  ).all(consultationId) as { number: number; key: string; en: string; fr: string; n: number }[];
  for (const row of themeRows) {
    const count: ThemeCount = { key: row.key, label: { en: row.en, fr: row.fr }, answers: row.n };
    questions.get(row.number)!.themes.push(count);
  }
  for (const q of questions.values()) q.themes.sort((a, b) => b.answers - a.answers || a.label.en.localeCompare(b.label.en));

  // A campaign is a near-identical group of two or more counted answers.
  const campaignRows = prepared(
    `SELECT qu.number AS number, k.n AS n
     FROM questions qu JOIN campaign_counts k ON k.question_id = qu.id AND k.n > 1
     WHERE qu.consultation_id = ?
     ORDER BY k.n DESC, k.group_id`,
  ).all(consultationId) as { number: number; n: number }[];
  for (const row of campaignRows) {
    const campaign: CampaignFigure = { organizations: row.n };
    questions.get(row.number)!.campaigns.push(campaign);
  }
  for (const q of questions.values()) {
    const inCampaigns = q.campaigns.reduce((sum, c) => sum + c.organizations, 0);
    q.distinctArguments = q.respondingOrganizations - inCampaigns + q.campaigns.length;
  }

  const rejected = (
    prepared(
      `SELECT coalesce(sum(k.n), 0) AS n FROM answer_counts k JOIN questions qu ON qu.id = k.question_id
       WHERE qu.consultation_id = ? AND k.state = 'rejected'`,
    ).get(consultationId) as { n: number }
  ).n;

  return { consultation: { organizations, answers, byLanguage, byType, byRegion, rejected }, questions };
}
