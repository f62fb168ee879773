// The report's figures, computed from the answers. One function, used by the
// report builder, its preview, publishing and the government input, so a
// figure is the same wherever it appears.
//
// Counted answers are submitted answers that moderation did not reject
// (off-topic, abusive or duplicate); pending answers count, since they are
// what organizations said. Each organization answers a question at most once
// (a unique index), so per question "answers" and "organizations" are the same.
//
// Speed: every pass reads the covering index on responses (question, state,
// organization, closed answer, language), never the answers' rows. Counted =
// submitted minus rejected: each grouped pass runs over the submitted answers
// and again over the rejected ones (a few percent, through the moderation
// state index), and the second is subtracted here. Joining moderation to every
// answer to leave the rejected out cost more than the rest of the pass.
// Organizations are counted from the organizations side: one that has a
// counted answer, found by the (organization, question) index.
import { getDb } from "~db/client.server";
import { prepared } from "~db/statements.server";
import type { CampaignFigure, ConsultationFigures, Counts, QuestionFigures, ThemeCount } from "./report-types";

const SUBMITTED = `
  FROM responses r
  JOIN questions qu ON qu.id = r.question_id
  WHERE qu.consultation_id = ? AND r.state = 'submitted'`;

/** The same answers, rejected by moderation only. */
const REJECTED = SUBMITTED.replace("WHERE", "JOIN moderation m ON m.response_id = r.id WHERE") + " AND m.state = 'rejected'";

/** A query's rows over the submitted answers, then over the rejected ones with `n` negated: summed, the counted answers. */
function counted<T extends { n: number }>(select: (from: string) => string, consultationId: number): T[] {
  const all = prepared(select(SUBMITTED)).all(consultationId) as T[];
  const rejected = (prepared(select(REJECTED)).all(consultationId) as T[]).map((row) => ({ ...row, n: -row.n }));
  return [...all, ...rejected];
}

/** Counted answers per "question number:id" pair, from a query selecting number, id and n. */
function countedPairs(select: (from: string) => string, consultationId: number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of counted<{ number: number; id: number; n: number }>(select, consultationId)) {
    const key = `${row.number}:${row.id}`;
    sums.set(key, (sums.get(key) ?? 0) + row.n);
  }
  return sums;
}

function add(counts: Counts, key: string | null, n: number) {
  if (key === null) return;
  counts[key] = (counts[key] ?? 0) + n;
}

/** A value whose answers were all rejected is left out, as if never counted. */
function dropZeros(counts: Counts) {
  for (const [key, n] of Object.entries(counts)) if (n === 0) delete counts[key];
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

  const groups = counted<{ number: number; type: string; region: string; closed: string | null; language: string; n: number }>(
    (from) =>
      `SELECT qu.number AS number, o.type AS type, o.region AS region, r.closed_answer AS closed, r.language AS language, count(*) AS n
       ${from.replace("WHERE", "JOIN organizations o ON o.id = r.organization_id WHERE")}
       GROUP BY qu.number, o.type, o.region, r.closed_answer, r.language`,
    consultationId,
  );
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
  for (const q of questions.values()) {
    for (const counts of [q.byType, q.byRegion, q.closed ?? {}] as Counts[]) dropZeros(counts);
  }
  dropZeros(byLanguage);

  // Organizations are counted once each, whatever the number of questions they answered.
  const organizationRows = client
    .prepare(
      `SELECT o.type AS type, o.region AS region, count(*) AS n FROM organizations o
       WHERE EXISTS (
         SELECT 1 FROM responses r JOIN questions qu ON qu.id = r.question_id LEFT JOIN moderation m ON m.response_id = r.id
         WHERE r.organization_id = o.id AND qu.consultation_id = ? AND r.state = 'submitted' AND coalesce(m.state, 'pending') <> 'rejected')
       GROUP BY o.type, o.region`,
    )
    .all(consultationId) as { type: string; region: string; n: number }[];
  const byType: Counts = {};
  const byRegion: Counts = {};
  let organizations = 0;
  for (const row of organizationRows) {
    add(byType, row.type, row.n);
    add(byRegion, row.region, row.n);
    organizations += row.n;
  }

  const themeCounts = countedPairs(
    (from) =>
      `SELECT qu.number AS number, rt.theme_id AS id, count(*) AS n
       ${from.replace("WHERE", "JOIN response_themes rt ON rt.response_id = r.id WHERE")} GROUP BY qu.number, rt.theme_id`,
    consultationId,
  );
  const themes = new Map(
    (client.prepare("SELECT id, key, label_en AS en, label_fr AS fr FROM themes WHERE consultation_id = ?").all(consultationId) as {
      id: number;
      key: string;
      en: string;
      fr: string;
    }[]).map((t) => [t.id, t]),
  );
  for (const [key, n] of themeCounts) {
    if (n <= 0) continue;
    const [number, themeId] = key.split(":").map(Number) as [number, number];
    const theme = themes.get(themeId);
    if (!theme) continue;
    const count: ThemeCount = { key: theme.key, label: { en: theme.en, fr: theme.fr }, answers: n };
    questions.get(number)!.themes.push(count);
  }
  for (const q of questions.values()) q.themes.sort((a, b) => b.answers - a.answers || a.label.en.localeCompare(b.label.en));

  // A campaign is a near-duplicate group of two or more counted answers.
  const campaignCounts = countedPairs(
    (from) =>
      `SELECT qu.number AS number, s.group_id AS id, count(*) AS n
       ${from.replace("WHERE", "JOIN response_signatures s ON s.response_id = r.id WHERE")} GROUP BY qu.number, s.group_id`,
    consultationId,
  );
  const campaigns = [...campaignCounts].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1]);
  for (const [key, n] of campaigns) {
    const campaign: CampaignFigure = { organizations: n };
    questions.get(Number(key.split(":")[0]))!.campaigns.push(campaign);
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
