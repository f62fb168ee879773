// The report's figures, computed from the answers. One function, used by the
// report builder, its preview, publishing and the government input, so a
// figure is the same wherever it appears.
//
// Counted answers are submitted answers that moderation did not reject
// (off-topic, abusive or duplicate); pending answers count, since they are
// what organizations said. Each organization answers a question at most once
// (a unique index), so per question "answers" and "organizations" are the same.
//
// Speed: one grouped pass over the answers gives every count by question,
// organization type, region, closed answer and language (a few thousand
// groups at most, whatever the number of answers); themes and campaigns take
// one grouped pass each. Everything else is added up here from those rows.
import { getDb } from "~db/client.server";
import type { CampaignFigure, ConsultationFigures, Counts, QuestionFigures, ThemeCount } from "./report-types";

const COUNTED = `
  FROM responses r
  JOIN questions qu ON qu.id = r.question_id
  JOIN organizations o ON o.id = r.organization_id
  LEFT JOIN moderation m ON m.response_id = r.id
  WHERE qu.consultation_id = ? AND r.state = 'submitted' AND coalesce(m.state, 'pending') <> 'rejected'`;

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
  const client = getDb().$client;
  const numbers = (client.prepare("SELECT number, answer_type AS answerType FROM questions WHERE consultation_id = ? ORDER BY number").all(consultationId) as {
    number: number;
    answerType: "closed" | "open";
  }[]);
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

  const groups = client
    .prepare(
      `SELECT qu.number AS number, o.type AS type, o.region AS region, r.closed_answer AS closed, r.language AS language, count(*) AS n
       ${COUNTED} GROUP BY qu.number, o.type, o.region, r.closed_answer, r.language`,
    )
    .all(consultationId) as { number: number; type: string; region: string; closed: string | null; language: string; n: number }[];
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
  const organizationRows = client
    .prepare(`SELECT o.type AS type, o.region AS region, count(DISTINCT o.id) AS n ${COUNTED} GROUP BY o.type, o.region`)
    .all(consultationId) as { type: string; region: string; n: number }[];
  const byType: Counts = {};
  const byRegion: Counts = {};
  let organizations = 0;
  for (const row of organizationRows) {
    add(byType, row.type, row.n);
    add(byRegion, row.region, row.n);
    organizations += row.n;
  }

  const themeRows = client
    .prepare(
      `SELECT qu.number AS number, t.key AS key, t.label_en AS en, t.label_fr AS fr, count(*) AS n
       ${COUNTED.replace("WHERE", "JOIN response_themes rt ON rt.response_id = r.id JOIN themes t ON t.id = rt.theme_id WHERE")}
       GROUP BY qu.number, t.id ORDER BY n DESC, t.label_en`,
    )
    .all(consultationId) as { number: number; key: string; en: string; fr: string; n: number }[];
  for (const row of themeRows) {
    const theme: ThemeCount = { key: row.key, label: { en: row.en, fr: row.fr }, answers: row.n };
    questions.get(row.number)!.themes.push(theme);
  }

  // A campaign is a near-duplicate group of two or more counted answers.
  const campaignRows = client
    .prepare(
      `SELECT qu.number AS number, s.group_id AS groupId, count(*) AS n
       ${COUNTED.replace("WHERE", "JOIN response_signatures s ON s.response_id = r.id WHERE")}
       GROUP BY qu.number, s.group_id HAVING count(*) > 1 ORDER BY n DESC`,
    )
    .all(consultationId) as { number: number; groupId: number; n: number }[];
  for (const row of campaignRows) {
    const campaign: CampaignFigure = { organizations: row.n };
    questions.get(row.number)!.campaigns.push(campaign);
  }
  for (const q of questions.values()) {
    const inCampaigns = q.campaigns.reduce((sum, c) => sum + c.organizations, 0);
    q.distinctArguments = q.respondingOrganizations - inCampaigns + q.campaigns.length;
  }

  const rejected = (
    client
      .prepare(
        `SELECT count(*) AS n FROM responses r JOIN questions qu ON qu.id = r.question_id JOIN moderation m ON m.response_id = r.id
         WHERE qu.consultation_id = ? AND r.state = 'submitted' AND m.state = 'rejected'`,
      )
      .get(consultationId) as { n: number }
  ).n;

  return { consultation: { organizations, answers, byLanguage, byType, byRegion, rejected }, questions };
}
