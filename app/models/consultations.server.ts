// Public reading of consultation content: clusters, consultations, questions.
// Returns view-ready data in one language; only published consultations are
// visible to the public.
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { clusters, consultations, instruments, questions } from "~db/schema";
import { pick, type Lang } from "~/i18n";
import { consultationStatus, type ConsultationStatus } from "./consultation-status";

export interface ConsultationSummary {
  slug: string;
  title: string;
  intro: string;
  opensAt: Date;
  closesAt: Date;
  status: ConsultationStatus;
  questionCount: number;
  updatedAt: Date;
}

export interface ClusterSummary {
  id: number;
  title: string;
  summary: string;
  timeline: string;
  articles: string;
  /** The cluster's published consultation, if there is one. */
  consultation: ConsultationSummary | null;
}

type ConsultationRow = typeof consultations.$inferSelect;

function summarize(row: ConsultationRow, questionCount: number, lang: Lang, now: Date): ConsultationSummary {
  return {
    slug: row.slug,
    title: pick(row, "title", lang),
    intro: pick(row, "intro", lang),
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    status: consultationStatus(row, now),
    questionCount,
    updatedAt: row.updatedAt ?? row.createdAt,
  };
}

function publishedConsultations() {
  const db = getDb();
  const rows = db
    .select({ consultation: consultations, questionCount: count(questions.id) })
    .from(consultations)
    // Retired questions are no longer offered: not counted, not listed, no page.
    .leftJoin(questions, and(eq(questions.consultationId, consultations.id), isNull(questions.retiredAt)))
    .where(eq(consultations.state, "published"))
    .groupBy(consultations.id)
    .all();
  return new Map(rows.map((r) => [r.consultation.clusterId, r]));
}

/** Every cluster, in order, with its published consultation if any. */
export function listClusters(lang: Lang, now = new Date()): ClusterSummary[] {
  const db = getDb();
  const byCluster = publishedConsultations();
  return db
    .select()
    .from(clusters)
    .orderBy(asc(clusters.id))
    .all()
    .map((cluster) => {
      const found = byCluster.get(cluster.id);
      return {
        id: cluster.id,
        title: pick(cluster, "title", lang),
        summary: pick(cluster, "summary", lang),
        timeline: pick(cluster, "timeline", lang),
        articles: cluster.articles,
        consultation: found ? summarize(found.consultation, found.questionCount, lang, now) : null,
      };
    });
}

export interface QuestionListItem {
  number: number;
  prompt: string;
  answerType: "closed" | "open";
  wordLimit: number;
}

export interface ArticleGroup {
  article: string;
  title: string;
  questions: QuestionListItem[];
}

export interface InstrumentGroup {
  id: string;
  shortName: string;
  name: string;
  countryIsParty: boolean;
  articles: ArticleGroup[];
}

export interface ClusterPage {
  cluster: ClusterSummary;
  instruments: InstrumentGroup[];
}

/** A cluster with its questions grouped by instrument, then article, in questionnaire order. */
export function getClusterPage(clusterId: number, lang: Lang, now = new Date()): ClusterPage | null {
  const cluster = listClusters(lang, now).find((c) => c.id === clusterId);
  if (!cluster) return null;
  if (!cluster.consultation) return { cluster, instruments: [] };

  const db = getDb();
  const rows = db
    .select({ question: questions, instrument: instruments })
    .from(questions)
    .innerJoin(consultations, eq(consultations.id, questions.consultationId))
    .innerJoin(instruments, eq(instruments.id, questions.instrumentId))
    .where(and(eq(consultations.clusterId, clusterId), eq(consultations.state, "published"), isNull(questions.retiredAt)))
    .orderBy(asc(instruments.position), asc(questions.number))
    .all();

  const groups: InstrumentGroup[] = [];
  for (const { question, instrument } of rows) {
    let group = groups.at(-1);
    if (group?.id !== instrument.id) {
      group = {
        id: instrument.id,
        shortName: pick(instrument, "shortName", lang),
        name: pick(instrument, "name", lang),
        countryIsParty: instrument.countryIsParty,
        articles: [],
      };
      groups.push(group);
    }
    let article = group.articles.at(-1);
    if (article?.article !== question.article) {
      article = { article: question.article, title: pick(question, "articleTitle", lang), questions: [] };
      group.articles.push(article);
    }
    article.questions.push({
      number: question.number,
      prompt: pick(question, "prompt", lang),
      answerType: question.answerType,
      wordLimit: question.wordLimit,
    });
  }
  return { cluster, instruments: groups };
}

export interface QuestionPage {
  cluster: { id: number; title: string };
  consultation: ConsultationSummary;
  question: {
    number: number;
    article: string;
    articleTitle: string;
    prompt: string;
    guidance: string;
    answerType: "closed" | "open";
    wordLimit: number;
  };
  instrument: { id: string; shortName: string; name: string; countryIsParty: boolean };
  previous: number | null;
  next: number | null;
}

/** One published question by its number within the cluster's consultation. */
export function getQuestionPage(
  clusterId: number,
  number: number,
  lang: Lang,
  now = new Date(),
): QuestionPage | null {
  const db = getDb();
  const row = db
    .select({ question: questions, instrument: instruments, consultation: consultations, cluster: clusters })
    .from(questions)
    .innerJoin(consultations, eq(consultations.id, questions.consultationId))
    .innerJoin(clusters, eq(clusters.id, consultations.clusterId))
    .innerJoin(instruments, eq(instruments.id, questions.instrumentId))
    .where(
      and(
        eq(consultations.clusterId, clusterId),
        eq(consultations.state, "published"),
        eq(questions.number, number),
        isNull(questions.retiredAt),
      ),
    )
    .get();
  if (!row) return null;

  const numbers = db
    .select({ number: questions.number })
    .from(questions)
    .where(and(eq(questions.consultationId, row.consultation.id), isNull(questions.retiredAt)))
    .orderBy(asc(questions.number))
    .all()
    .map((r) => r.number);
  const index = numbers.indexOf(number);

  return {
    cluster: { id: row.cluster.id, title: pick(row.cluster, "title", lang) },
    consultation: summarize(row.consultation, numbers.length, lang, now),
    question: {
      number: row.question.number,
      article: row.question.article,
      articleTitle: pick(row.question, "articleTitle", lang),
      prompt: pick(row.question, "prompt", lang),
      guidance: pick(row.question, "guidance", lang),
      answerType: row.question.answerType,
      wordLimit: row.question.wordLimit,
    },
    instrument: {
      id: row.instrument.id,
      shortName: pick(row.instrument, "shortName", lang),
      name: pick(row.instrument, "name", lang),
      countryIsParty: row.instrument.countryIsParty,
    },
    previous: numbers[index - 1] ?? null,
    next: numbers[index + 1] ?? null,
  };
}
