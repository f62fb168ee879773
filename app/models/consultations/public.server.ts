// Public reading of consultation content: clusters, consultations, questions.
// Returns view-ready data in one language; only published consultations are
// visible to the public.
import { and, asc, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { clusters, deadlineChanges, instruments, questions } from "~db/schema";
import { pick } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { consultationStatus, type ConsultationStatus } from "./status";
import { currentConsultations, publicConsultation, publicConsultationsOf, type ConsultationRow } from "./current.server";

export interface ConsultationSummary {
  slug: string;
  /** Archived: kept for the record, shown among a cluster's earlier consultations. */
  archived: boolean;
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

function summarize(row: ConsultationRow, questionCount: number, lang: Lang, now: Date): ConsultationSummary {
  return {
    slug: row.slug,
    archived: row.state === "archived",
    title: pick(row, "title", lang),
    intro: pick(row, "intro", lang),
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    status: consultationStatus(row, now),
    questionCount,
    updatedAt: row.updatedAt ?? row.createdAt,
  };
}

function questionCounts(consultationIds: number[]): Map<number, number> {
  if (consultationIds.length === 0) return new Map();
  const rows = getDb()
    .select({ consultationId: questions.consultationId, n: count(questions.id) })
    .from(questions)
    // Retired questions are no longer offered: not counted, not listed, no page.
    .where(and(inArray(questions.consultationId, consultationIds), isNull(questions.retiredAt)))
    .groupBy(questions.consultationId)
    .all();
  return new Map(rows.map((r) => [r.consultationId, r.n]));
}

/** Each cluster's current consultation (consultations/current.server.ts) with its number of questions. */
function publishedConsultations(now: Date) {
  const current = currentConsultations(now);
  const counts = questionCounts([...current.values()].map((c) => c.id));
  return new Map(
    [...current].map(([clusterId, consultation]) => [clusterId, { consultation, questionCount: counts.get(consultation.id) ?? 0 }]),
  );
}

/** Every cluster, in order, with its current published consultation if any. */
export function listClusters(lang: Lang, now = new Date()): ClusterSummary[] {
  const db = getDb();
  const byCluster = publishedConsultations(now);
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

export interface DeadlineNotice {
  kind: "extend" | "shorten" | "close-early";
  previousClosesAt: Date;
  closesAt: Date;
  reason: string;
  changedAt: Date;
}

export interface ClusterPage {
  cluster: ClusterSummary;
  instruments: InstrumentGroup[];
  /** The latest change of the shown consultation's deadline, if it had one. */
  deadlineNotice: DeadlineNotice | null;
  /** The cluster's other published or archived consultations (earlier or later cycles). */
  otherConsultations: { slug: string; title: string; opensAt: Date; closesAt: Date; status: ConsultationStatus }[];
  /** Whether the page shows the current consultation (not one named with ?consultation=). */
  isCurrent: boolean;
}

/** The latest deadline change of a consultation, in one language. */
export function latestDeadlineNotice(consultationId: number, lang: Lang): DeadlineNotice | null {
  const row = getDb()
    .select()
    .from(deadlineChanges)
    .where(eq(deadlineChanges.consultationId, consultationId))
    .orderBy(desc(deadlineChanges.createdAt), desc(deadlineChanges.id))
    .limit(1)
    .get();
  return row
    ? {
        kind: row.kind,
        previousClosesAt: row.previousClosesAt,
        closesAt: row.closesAt,
        reason: pick(row, "reason", lang),
        changedAt: row.createdAt,
      }
    : null;
}

/**
 * A cluster with its questions grouped by instrument, then article, in
 * questionnaire order: the current consultation's, or the one `slug` names.
 * Null when the cluster, or the named consultation, is not public.
 */
export function getClusterPage(clusterId: number, lang: Lang, now = new Date(), slug: string | null = null): ClusterPage | null {
  const listed = listClusters(lang, now).find((c) => c.id === clusterId);
  if (!listed) return null;
  const shown = publicConsultation(clusterId, slug, now);
  if (slug && !shown) return null;
  const others = publicConsultationsOf(clusterId)
    .filter((c) => c.id !== shown?.id)
    .map((c) => ({
      slug: c.slug,
      title: pick(c, "title", lang),
      opensAt: c.opensAt,
      closesAt: c.closesAt,
      status: consultationStatus(c, now),
    }));
  if (!shown) return { cluster: listed, instruments: [], deadlineNotice: null, otherConsultations: others, isCurrent: true };
  const cluster: ClusterSummary = {
    ...listed,
    consultation: summarize(shown, questionCounts([shown.id]).get(shown.id) ?? 0, lang, now),
  };

  const db = getDb();
  const rows = db
    .select({ question: questions, instrument: instruments })
    .from(questions)
    .innerJoin(instruments, eq(instruments.id, questions.instrumentId))
    .where(and(eq(questions.consultationId, shown.id), isNull(questions.retiredAt)))
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
  return {
    cluster,
    instruments: groups,
    deadlineNotice: latestDeadlineNotice(shown.id, lang),
    otherConsultations: others,
    isCurrent: !slug || shown.slug === listed.consultation?.slug,
  };
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

/** One public question by its number, in the cluster's current consultation or the one `slug` names. */
export function getQuestionPage(
  clusterId: number,
  number: number,
  lang: Lang,
  now = new Date(),
  slug: string | null = null,
): QuestionPage | null {
  const db = getDb();
  const consultation = publicConsultation(clusterId, slug, now);
  if (!consultation) return null;
  const found = db
    .select({ question: questions, instrument: instruments, cluster: clusters })
    .from(questions)
    .innerJoin(clusters, eq(clusters.id, clusterId))
    .innerJoin(instruments, eq(instruments.id, questions.instrumentId))
    .where(and(eq(questions.consultationId, consultation.id), eq(questions.number, number), isNull(questions.retiredAt)))
    .get();
  if (!found) return null;
  const row = { ...found, consultation };

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
