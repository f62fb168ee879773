// An organization's answers: drafting, saving with conflict detection,
// revisions, submission and receipts. Rules about deadlines live here, so every
// route that saves or submits gets them the same way.
import { and, asc, eq, getTableColumns, gt, inArray, isNull, sql } from "drizzle-orm";
import { currentConsultation } from "../consultations/current.server";
import { getDb, type Tx } from "~db/client.server";
import { columnNames, preparedSql, preparedTransaction } from "~db/statements.server";
import {
  type consultations,
  instruments,
  organizations,
  questions,
  responseRevisions,
  responses,
  submissions,
  users,
  type ClosedAnswer,
  type QUOTE_CONSENTS,
} from "~db/schema";
import { receiptEmail } from "../../../emails/receipt";
import { answeredWording } from "../questionnaire/versions.server";
import { pick, t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { consultationStatus, type ConsultationStatus } from "../consultations/status";
import { recordSignatures } from "../moderate/campaigns.server";
import { enqueueEmail } from "../email/outbox.server";
import { hitRateLimit, LIMITS } from "~/platform/rate-limit.server";
import { countWords } from "~/lib/words";
import { progressOf, type Progress } from "./progress";
import { newReceiptNumber } from "./receipt-number.server";

export { progressOf, type Progress };

type QuestionRow = typeof questions.$inferSelect;
type ResponseRow = typeof responses.$inferSelect;
type ConsultationRow = typeof consultations.$inferSelect;

function hasContent(response: Pick<ResponseRow, "text" | "closedAnswer">): boolean {
  return response.text.trim() !== "" || response.closedAnswer !== null;
}

/** Why an answer cannot be saved or submitted now, if it cannot. */
export type DeadlineProblem = "not-open" | "closed";

export function deadlineProblem(consultation: Pick<ConsultationRow, "opensAt" | "closesAt">, now: Date): DeadlineProblem | null {
  const status = consultationStatus(consultation, now);
  return status === "upcoming" ? "not-open" : status === "closed" ? "closed" : null;
}

// The queries every answer save makes: raw SQL prepared once
// (db/statements.server.ts), the save being the portal's most frequent
// request; drizzle's prepared queries still mapped each row through its
// builder (4% of a save's main-thread time, profile of 3 Dec.).
const questionByNumber = preparedSql(
  getTableColumns(questions),
  (select) =>
    sql`SELECT ${select} FROM ${questions} WHERE ${questions.consultationId} = ${sql.placeholder("consultationId")} AND ${questions.number} = ${sql.placeholder("number")}`,
);
const answerOf = preparedSql(
  getTableColumns(responses),
  (select) =>
    sql`SELECT ${select} FROM ${responses} WHERE ${responses.organizationId} = ${sql.placeholder("organizationId")} AND ${responses.questionId} = ${sql.placeholder("questionId")}`,
);

// The save's writes: raw SQL (db/statements.server.ts), the save being the
// portal's most frequent write. Placeholders are the save's `values`.
const param = (name: string) => sql.placeholder(name);
const updateAnswer = preparedSql(
  { id: responses.id },
  (
    select,
  ) => sql`UPDATE ${responses} SET ${columnNames(responses.closedAnswer)} = ${param("closedAnswer")}, ${columnNames(responses.text)} = ${param("text")},
       ${columnNames(responses.citation)} = ${param("citation")}, ${columnNames(responses.language)} = ${param("language")}, ${columnNames(responses.state)} = 'draft',
       ${columnNames(responses.version)} = ${param("version")}, ${columnNames(responses.questionVersion)} = ${param("questionVersion")},
       ${columnNames(responses.updatedByUserId)} = ${param("userId")}, ${columnNames(responses.updatedAt)} = ${param("at")}
     WHERE ${responses.id} = ${param("id")} RETURNING ${select}`,
);
const insertAnswer = preparedSql(
  { id: responses.id },
  (select) => sql`INSERT INTO ${responses} (${columnNames(
    responses.organizationId,
    responses.questionId,
    responses.closedAnswer,
    responses.text,
    responses.citation,
    responses.language,
    responses.state,
    responses.version,
    responses.questionVersion,
    responses.updatedByUserId,
    responses.updatedAt,
  )})
     VALUES (${param("organizationId")}, ${param("questionId")}, ${param("closedAnswer")}, ${param("text")}, ${param("citation")}, ${param("language")}, 'draft', ${param("version")}, ${param("questionVersion")}, ${param("userId")}, ${param("at")})
     RETURNING ${select}`,
);
const insertRevision = preparedSql(
  () => sql`INSERT INTO ${responseRevisions} (${columnNames(
    responseRevisions.responseId,
    responseRevisions.version,
    responseRevisions.closedAnswer,
    responseRevisions.text,
    responseRevisions.citation,
    responseRevisions.language,
    responseRevisions.state,
    responseRevisions.questionVersion,
    responseRevisions.savedByUserId,
    responseRevisions.savedAt,
  )})
     VALUES (${param("id")}, ${param("version")}, ${param("closedAnswer")}, ${param("text")}, ${param("citation")}, ${param("language")}, 'draft', ${param("questionVersion")}, ${param("userId")}, ${param("at")})`,
);

/**
 * The consultation respondents answer on the cluster's pages: its current
 * published one (app/models/consultations/current.server.ts), or null.
 */
export function publishedConsultation(clusterId: number, now = new Date()): ConsultationRow | null {
  return currentConsultation(clusterId, now);
}

/** What saving an answer to question `number` needs to know first: its word limit, and that it exists. */
export function answerTarget(clusterId: number, number: number): { consultation: ConsultationRow; question: QuestionRow } | null {
  const consultation = publishedConsultation(clusterId);
  if (!consultation) return null;
  const question = questionByNumber.get({ consultationId: consultation.id, number });
  return question ? { consultation, question } : null;
}

/** The number of the question after `number` in the consultation, if any (for "Save and go to the next"). */
export function nextQuestionNumber(consultationId: number, number: number): number | null {
  const row = getDb()
    .select({ number: questions.number })
    .from(questions)
    .where(and(eq(questions.consultationId, consultationId), gt(questions.number, number), isNull(questions.retiredAt)))
    .orderBy(asc(questions.number))
    .limit(1)
    .get();
  return row?.number ?? null;
}

function savedByNames(userIds: (number | null)[]): Map<number, string> {
  const ids = [...new Set(userIds.filter((id): id is number => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = getDb().select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)).all();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface DashboardQuestion {
  number: number;
  instrument: string;
  article: string;
  prompt: string;
  progress: Progress;
  changedSinceSubmission: boolean;
  /** The question's wording changed after this answer was saved (a new question version). */
  questionChanged: boolean;
  savedBy: string | null;
  savedAt: Date | null;
}

export interface Dashboard {
  consultation: { title: string; opensAt: Date; closesAt: Date; status: ConsultationStatus };
  questions: DashboardQuestion[];
  counts: Record<Progress, number>;
  submission: { receiptNumber: string; lastSubmittedAt: Date; submissionCount: number } | null;
  /** Saved answers not yet part of a submission. */
  unsubmittedChanges: number;
}

/** Everything an organization's dashboard shows for one consultation. */
export function getDashboard(organizationId: number, clusterId: number, lang: Lang, now = new Date()): Dashboard | null {
  const consultation = publishedConsultation(clusterId);
  if (!consultation) return null;
  const db = getDb();
  const rows = db
    .select({ question: questions, instrument: instruments, response: responses })
    .from(questions)
    .innerJoin(instruments, eq(instruments.id, questions.instrumentId))
    .leftJoin(responses, and(eq(responses.questionId, questions.id), eq(responses.organizationId, organizationId)))
    .where(eq(questions.consultationId, consultation.id))
    .orderBy(asc(questions.number))
    .all()
    // A retired question is hidden from those who had not answered it.
    .filter((r) => r.question.retiredAt === null || r.response !== null);
  const names = savedByNames(rows.map((r) => r.response?.updatedByUserId ?? null));
  const submission = db
    .select()
    .from(submissions)
    .where(and(eq(submissions.organizationId, organizationId), eq(submissions.consultationId, consultation.id)))
    .get();

  const counts: Record<Progress, number> = { "not-started": 0, draft: 0, answered: 0 };
  let unsubmittedChanges = 0;
  const list = rows.map(({ question, instrument, response }) => {
    const progress = progressOf(question, response ?? undefined);
    counts[progress] += 1;
    const changed = response !== null && response.state === "draft" && hasContent(response);
    if (changed) unsubmittedChanges += 1;
    return {
      number: question.number,
      instrument: pick(instrument, "shortName", lang),
      article: question.article,
      prompt: pick(question, "prompt", lang),
      progress,
      changedSinceSubmission: changed && submission !== undefined,
      questionChanged: response !== null && response.questionVersion < question.version,
      savedBy: response?.updatedByUserId ? (names.get(response.updatedByUserId) ?? null) : null,
      savedAt: response?.updatedAt ?? null,
    };
  });
  return {
    consultation: {
      title: pick(consultation, "title", lang),
      opensAt: consultation.opensAt,
      closesAt: consultation.closesAt,
      status: consultationStatus(consultation, now),
    },
    questions: list,
    counts,
    submission: submission
      ? {
          receiptNumber: submission.receiptNumber,
          lastSubmittedAt: submission.lastSubmittedAt,
          submissionCount: submission.submissionCount,
        }
      : null,
    unsubmittedChanges,
  };
}

export interface SavedAnswer {
  closedAnswer: ClosedAnswer | null;
  text: string;
  /** The Canadian law or provision cited, where the question asks for one ("" otherwise). */
  citation: string;
  language: Lang;
  version: number;
  /** The wording it replied to (question_versions.version). */
  questionVersion: number;
  savedBy: string | null;
  savedAt: Date;
  state: "draft" | "submitted";
}

export interface AnswerPage {
  consultation: { id: number; status: ConsultationStatus; closesAt: Date; opensAt: Date };
  question: {
    id: number;
    number: number;
    article: string;
    articleTitle: string;
    prompt: string;
    guidance: string;
    answerType: "closed" | "open";
    wordLimit: number;
    version: number;
    askCitation: boolean;
  };
  instrument: { shortName: string; name: string; countryIsParty: boolean };
  answer: SavedAnswer | null;
  previous: number | null;
  next: number | null;
  total: number;
}

function toSaved(response: ResponseRow, names: Map<number, string>): SavedAnswer {
  return {
    closedAnswer: response.closedAnswer,
    text: response.text,
    citation: response.citation,
    language: response.language,
    version: response.version,
    questionVersion: response.questionVersion,
    savedBy: response.updatedByUserId ? (names.get(response.updatedByUserId) ?? null) : null,
    savedAt: response.updatedAt,
    state: response.state,
  };
}

/** One question as the organization answers it, with its current answer. */
export function getAnswerPage(organizationId: number, clusterId: number, number: number, lang: Lang, now = new Date()): AnswerPage | null {
  const consultation = publishedConsultation(clusterId);
  if (!consultation) return null;
  const db = getDb();
  const row = db
    .select({ question: questions, instrument: instruments })
    .from(questions)
    .innerJoin(instruments, eq(instruments.id, questions.instrumentId))
    .where(and(eq(questions.consultationId, consultation.id), eq(questions.number, number)))
    .get();
  if (!row) return null;
  const response = db
    .select()
    .from(responses)
    .where(and(eq(responses.organizationId, organizationId), eq(responses.questionId, row.question.id)))
    .get();
  if (row.question.retiredAt !== null && !response) return null;
  const numbers = db
    .select({ number: questions.number })
    .from(questions)
    .where(and(eq(questions.consultationId, consultation.id), isNull(questions.retiredAt)))
    .orderBy(asc(questions.number))
    .all()
    .map((r) => r.number);
  const index = numbers.indexOf(number);
  return {
    consultation: {
      id: consultation.id,
      status: consultationStatus(consultation, now),
      opensAt: consultation.opensAt,
      closesAt: consultation.closesAt,
    },
    question: {
      id: row.question.id,
      number: row.question.number,
      article: row.question.article,
      articleTitle: pick(row.question, "articleTitle", lang),
      prompt: pick(row.question, "prompt", lang),
      guidance: pick(row.question, "guidance", lang),
      answerType: row.question.answerType,
      wordLimit: row.question.wordLimit,
      version: row.question.version,
      askCitation: row.question.askCitation,
    },
    instrument: {
      shortName: pick(row.instrument, "shortName", lang),
      name: pick(row.instrument, "name", lang),
      countryIsParty: row.instrument.countryIsParty,
    },
    answer: response ? toSaved(response, savedByNames([response.updatedByUserId])) : null,
    previous: numbers[index - 1] ?? null,
    next: numbers[index + 1] ?? null,
    total: numbers.length,
  };
}

export interface SaveInput {
  organizationId: number;
  userId: number;
  clusterId: number;
  questionNumber: number;
  /** The version the person started editing from (0 when there was none). */
  baseVersion: number;
  closedAnswer: ClosedAnswer | null;
  text: string;
  /** Kept only where the question asks for a citation. */
  citation?: string;
  language: Lang;
}

export type SaveResult =
  // `consultationId` for the page that goes on to the next question.
  | { status: "saved"; version: number; savedAt: Date; consultationId: number }
  | { status: "unchanged"; version: number; savedAt: Date; consultationId: number }
  | { status: "conflict"; theirs: SavedAnswer }
  /** Over the question's word limit: nothing saved, and no save counted against the person. */
  | { status: "invalid"; field: "text"; error: "tooManyWords" }
  | { status: "rate-limited"; retryAfterSeconds: number }
  | { status: "refused"; problem: DeadlineProblem }
  | { status: "not-found" };

/**
 * Saves an answer as a new version, and keeps the old one as a revision. If
 * someone else saved since this person started (the stored version is not the
 * one they started from), nothing is written: both texts go back to the page so
 * the person can choose or merge.
 *
 * Every rule of a save is checked here, in this order: the question exists,
 * the text is within its word limit, the person has saves left
 * (LIMITS.savePerUser; every attempt within the word limit counts, one then
 * refused for the deadline or a conflict too), the consultation is open.
 * One answerTarget per save, and the rate limit's hit shares the save's
 * transaction: a save is one commit (the autosave makes many).
 */
export function saveAnswer(input: SaveInput, now = new Date()): SaveResult {
  const target = answerTarget(input.clusterId, input.questionNumber);
  if (!target) return { status: "not-found" };
  if (countWords(input.text) > target.question.wordLimit) return { status: "invalid", field: "text", error: "tooManyWords" };
  return saveInTransaction(input, target, now);
}

// A transaction of raw prepared statements, made once per connection
// (db/statements.server.ts, preparedTransaction): the save is the portal's
// most frequent write.
const saveInTransaction = preparedTransaction(
  (input: SaveInput, { consultation, question }: NonNullable<ReturnType<typeof answerTarget>>, now: Date): SaveResult => {
    const rule = LIMITS.savePerUser;
    const limit = hitRateLimit(`save:user:${input.userId}`, rule.limit, rule.windowMs, now);
    if (!limit.allowed) return { status: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
    const problem = deadlineProblem(consultation, now);
    if (problem) return { status: "refused", problem };
    const closedAnswer = question.answerType === "closed" ? input.closedAnswer : null;
    const citation = question.askCitation ? (input.citation ?? "") : "";
    const current = answerOf.get({ organizationId: input.organizationId, questionId: question.id });
    // A retired question takes no new answers; one already begun may still be revised.
    if (question.retiredAt !== null && !current) return { status: "not-found" };
    const currentVersion = current?.version ?? 0;
    if (current && currentVersion !== input.baseVersion) {
      return { status: "conflict", theirs: toSaved(current, savedByNames([current.updatedByUserId])) };
    }
    if (
      current &&
      current.text === input.text &&
      current.closedAnswer === closedAnswer &&
      current.citation === citation &&
      current.language === input.language &&
      current.questionVersion === question.version
    ) {
      return { status: "unchanged", version: current.version, savedAt: current.updatedAt, consultationId: consultation.id };
    }
    const version = currentVersion + 1;
    const at = now.getTime();
    const values = {
      id: current?.id,
      organizationId: input.organizationId,
      questionId: question.id,
      closedAnswer,
      text: input.text,
      citation,
      language: input.language,
      version,
      questionVersion: question.version,
      userId: input.userId,
      at,
    };
    values.id = (current ? updateAnswer : insertAnswer).get(values)!.id;
    insertRevision.run(values);
    return { status: "saved", version, savedAt: now, consultationId: consultation.id };
  },
);

export interface ReviewAnswer {
  number: number;
  instrument: string;
  article: string;
  prompt: string;
  closedAnswer: ClosedAnswer | null;
  text: string;
  citation: string;
  progress: Progress;
}

export interface Review {
  consultation: { title: string; status: ConsultationStatus; closesAt: Date };
  organization: { name: string; consentPublishName: boolean; consentQuote: (typeof QUOTE_CONSENTS)[number] };
  answers: ReviewAnswer[];
  submission: { receiptNumber: string; lastSubmittedAt: Date; submissionCount: number } | null;
}

/** Every saved answer of the organization, in questionnaire order, for the review page. */
export function getReview(organizationId: number, clusterId: number, lang: Lang, now = new Date()): Review | null {
  const consultation = publishedConsultation(clusterId);
  if (!consultation) return null;
  const db = getDb();
  const organization = db.select().from(organizations).where(eq(organizations.id, organizationId)).get();
  if (!organization) return null;
  const rows = db
    .select({ question: questions, instrument: instruments, response: responses })
    .from(responses)
    .innerJoin(questions, eq(questions.id, responses.questionId))
    .innerJoin(instruments, eq(instruments.id, questions.instrumentId))
    .where(and(eq(responses.organizationId, organizationId), eq(questions.consultationId, consultation.id)))
    .orderBy(asc(questions.number))
    .all()
    .filter(({ response }) => hasContent(response));
  const submission = db
    .select()
    .from(submissions)
    .where(and(eq(submissions.organizationId, organizationId), eq(submissions.consultationId, consultation.id)))
    .get();
  return {
    consultation: {
      title: pick(consultation, "title", lang),
      status: consultationStatus(consultation, now),
      closesAt: consultation.closesAt,
    },
    organization: {
      name: organization.name,
      consentPublishName: organization.consentPublishName,
      consentQuote: organization.consentQuote,
    },
    answers: rows.map(({ question, instrument, response }) => ({
      number: question.number,
      instrument: pick(instrument, "shortName", lang),
      article: question.article,
      prompt: pick(question, "prompt", lang),
      closedAnswer: response.closedAnswer,
      text: response.text,
      citation: response.citation,
      progress: progressOf(question, response),
    })),
    submission: submission
      ? {
          receiptNumber: submission.receiptNumber,
          lastSubmittedAt: submission.lastSubmittedAt,
          submissionCount: submission.submissionCount,
        }
      : null,
  };
}

export interface SubmitInput {
  organizationId: number;
  user: { id: number; email: string; name: string; language: Lang };
  clusterId: number;
  consentPublishName: boolean;
  consentQuote: (typeof QUOTE_CONSENTS)[number];
  origin: string;
}

export type SubmitResult =
  | { status: "submitted"; receiptNumber: string; amended: boolean }
  | { status: "refused"; problem: DeadlineProblem }
  | { status: "nothing-to-submit" }
  | { status: "not-found" };

/**
 * Submits every saved answer of the organization, records its consent
 * choices and emails a receipt with a copy of the answers, in one transaction.
 * Submitting again (an amendment) keeps the receipt number and counts up.
 */
export function submitAnswers(input: SubmitInput, now = new Date()): SubmitResult {
  const consultation = publishedConsultation(input.clusterId);
  if (!consultation) return { status: "not-found" };
  const problem = deadlineProblem(consultation, now);
  if (problem) return { status: "refused", problem };
  const db = getDb();
  return db.transaction((tx): SubmitResult => {
    const rows = tx
      .select({ question: questions, response: responses })
      .from(responses)
      .innerJoin(questions, eq(questions.id, responses.questionId))
      .where(and(eq(responses.organizationId, input.organizationId), eq(questions.consultationId, consultation.id)))
      .orderBy(asc(questions.number))
      .all()
      .filter(({ response }) => hasContent(response));
    if (rows.length === 0) return { status: "nothing-to-submit" };

    for (const { response } of rows) {
      if (response.state === "submitted") continue;
      tx.update(responses).set({ state: "submitted", submittedAt: now }).where(eq(responses.id, response.id)).run();
    }
    recordSignatures(
      tx,
      rows.map(({ response }) => response.id),
    );
    const organization = tx
      .update(organizations)
      .set({ consentPublishName: input.consentPublishName, consentQuote: input.consentQuote })
      .where(eq(organizations.id, input.organizationId))
      .returning()
      .get();

    const existing = tx
      .select()
      .from(submissions)
      .where(and(eq(submissions.organizationId, input.organizationId), eq(submissions.consultationId, consultation.id)))
      .get();
    let receiptNumber: string;
    if (existing) {
      receiptNumber = existing.receiptNumber;
      tx.update(submissions)
        .set({
          lastSubmittedAt: now,
          submittedByUserId: input.user.id,
          submissionCount: existing.submissionCount + 1,
        })
        .where(eq(submissions.id, existing.id))
        .run();
    } else {
      receiptNumber = uniqueReceiptNumber(tx, consultation.clusterId);
      tx.insert(submissions)
        .values({
          organizationId: input.organizationId,
          consultationId: consultation.id,
          receiptNumber,
          submittedByUserId: input.user.id,
          firstSubmittedAt: now,
          lastSubmittedAt: now,
        })
        .run();
    }

    const lang = input.user.language;
    const closedLabels = t(lang).closedAnswers;
    enqueueEmail(
      tx,
      {
        to: input.user.email,
        lang,
        kind: "receipt",
        ...receiptEmail({
          lang,
          organizationName: organization.name,
          contactName: input.user.name,
          consultationTitle: pick(consultation, "title", lang),
          receiptNumber,
          submittedAt: now,
          amended: existing !== undefined,
          closesAt: consultation.closesAt,
          dashboardUrl: `${input.origin}/${lang}/respond/${consultation.clusterId}`,
          answers: rows.map(({ question, response }) => ({
            number: question.number,
            // The wording this answer replied to, when the question changed since.
            prompt:
              response.questionVersion < question.version
                ? (answeredWording(question.id, response.questionVersion, lang)?.prompt ?? pick(question, "prompt", lang))
                : pick(question, "prompt", lang),
            closedAnswer: response.closedAnswer ? closedLabels[response.closedAnswer] : null,
            text: response.text,
            citation: response.citation,
          })),
        }),
      },
      now,
    );
    return { status: "submitted", receiptNumber, amended: existing !== undefined };
  });
}

function uniqueReceiptNumber(tx: Tx, clusterId: number): string {
  for (;;) {
    const candidate = newReceiptNumber(clusterId);
    const taken = tx.select({ id: submissions.id }).from(submissions).where(eq(submissions.receiptNumber, candidate)).get();
    if (!taken) return candidate;
  }
}

/** Every saved version of one answer, newest first (kept for staff and for the organization). */
export function listRevisions(organizationId: number, questionId: number) {
  return getDb()
    .select({ revision: responseRevisions })
    .from(responseRevisions)
    .innerJoin(responses, eq(responses.id, responseRevisions.responseId))
    .where(and(eq(responses.organizationId, organizationId), eq(responses.questionId, questionId)))
    .orderBy(asc(responseRevisions.version))
    .all()
    .map((r) => r.revision);
}
