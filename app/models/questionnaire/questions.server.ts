// A consultation's questions as staff author them: create, edit (with the
// versioning and translation-review rules), reorder, retire, delete, and the
// import that applies a whole questionnaire file. Every change is audited
// with before and after, in the transaction that makes it.
import { and, asc, count, eq, inArray, isNotNull, max, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "~db/client.server";
import { consultations, instruments, organizations, questions, questionVersions, responses, users } from "~db/schema";
import { questionChangedEmail } from "../../../emails/question-changed";
import { audit } from "../audit.server";
import { enqueueEmail } from "../email/outbox.server";
import { countWords } from "../../lib/words";
import type { FileProblem, QuestionnaireQuestion } from "./format";

export type QuestionRow = typeof questions.$inferSelect;
export type ConsultationRow = typeof consultations.$inferSelect;
type Conn = Db | Tx;

/** The fields staff edit, in the file format's shape. */
export type QuestionInput = Omit<QuestionnaireQuestion, "key" | "retired">;

/** Why an edit to a question with answers is refused. */
export type EditRefusal = "answerType" | "wordLimit" | "instrument" | "citeLaw" | "keyTaken";

export interface Actor {
  id: number;
}

export function getConsultation(id: number): ConsultationRow | null {
  return getDb().select().from(consultations).where(eq(consultations.id, id)).get() ?? null;
}

/** Every question of a consultation in order, retired ones included, with its number of answers. */
export function listQuestions(consultationId: number, conn: Conn = getDb()) {
  const rows = conn.select().from(questions).where(eq(questions.consultationId, consultationId)).orderBy(asc(questions.number)).all();
  const counts = answerCounts(
    conn,
    rows.map((r) => r.id),
  );
  return rows.map((question) => ({ question, answers: counts.get(question.id) ?? 0 }));
}

function answerCounts(conn: Conn, ids: number[]): Map<number, number> {
  if (ids.length === 0) return new Map();
  const rows = conn
    .select({ questionId: responses.questionId, n: count() })
    .from(responses)
    .where(inArray(responses.questionId, ids))
    .groupBy(responses.questionId)
    .all();
  return new Map(rows.map((r) => [r.questionId, r.n]));
}

export function getQuestion(consultationId: number, questionId: number): QuestionRow | null {
  return (
    getDb()
      .select()
      .from(questions)
      .where(and(eq(questions.consultationId, consultationId), eq(questions.id, questionId)))
      .get() ?? null
  );
}

export function listVersions(questionId: number) {
  return getDb()
    .select()
    .from(questionVersions)
    .where(eq(questionVersions.questionId, questionId))
    .orderBy(asc(questionVersions.version))
    .all();
}

/** The question in the file format's shape (export, and the edit form's starting values). */
export function toFileQuestion(q: QuestionRow): QuestionnaireQuestion {
  return {
    key: q.key,
    instrument: q.instrumentId as QuestionnaireQuestion["instrument"],
    article: q.article,
    articleTitle: { en: q.articleTitleEn, fr: q.articleTitleFr },
    prompt: { en: q.promptEn, fr: q.promptFr },
    guidance: { en: q.guidanceEn, fr: q.guidanceFr },
    answerType: q.answerType,
    wordLimit: q.wordLimit,
    citeLaw: q.askCitation,
    retired: q.retiredAt !== null,
  };
}

export function exportQuestionnaire(consultationId: number): QuestionnaireQuestion[] {
  return listQuestions(consultationId).map(({ question }) => toFileQuestion(question));
}

function columns(input: QuestionInput) {
  return {
    instrumentId: input.instrument,
    article: input.article,
    articleTitleEn: input.articleTitle.en,
    articleTitleFr: input.articleTitle.fr,
    promptEn: input.prompt.en,
    promptFr: input.prompt.fr,
    guidanceEn: input.guidance.en,
    guidanceFr: input.guidance.fr,
    answerType: input.answerType,
    wordLimit: input.wordLimit,
    askCitation: input.citeLaw,
  };
}

function wording(
  q: Pick<QuestionRow, "article" | "articleTitleEn" | "articleTitleFr" | "promptEn" | "promptFr" | "guidanceEn" | "guidanceFr">,
) {
  return {
    article: q.article,
    articleTitleEn: q.articleTitleEn,
    articleTitleFr: q.articleTitleFr,
    promptEn: q.promptEn,
    promptFr: q.promptFr,
    guidanceEn: q.guidanceEn,
    guidanceFr: q.guidanceFr,
  };
}

/** A snapshot for the audit log. */
function snapshot(q: QuestionRow) {
  return { ...toFileQuestion(q), number: q.number, version: q.version, needsReviewEn: q.needsReviewEn, needsReviewFr: q.needsReviewFr };
}

function nextNumber(conn: Conn, consultationId: number): number {
  const row = conn
    .select({ n: max(questions.number) })
    .from(questions)
    .where(eq(questions.consultationId, consultationId))
    .get();
  return (row?.n ?? 0) + 1;
}

function keyTaken(conn: Conn, consultationId: number, key: string): boolean {
  return (
    conn
      .select({ id: questions.id })
      .from(questions)
      .where(and(eq(questions.consultationId, consultationId), eq(questions.key, key)))
      .get() !== undefined
  );
}

/** Inserts a question at the end (or at `number`), with its version 1. */
function insertQuestion(
  conn: Conn,
  consultationId: number,
  key: string,
  input: QuestionInput,
  retired: boolean,
  actor: Actor | null,
  now: Date,
  number?: number,
): QuestionRow {
  const row = conn
    .insert(questions)
    .values({
      consultationId,
      key,
      ...columns(input),
      number: number ?? nextNumber(conn, consultationId),
      retiredAt: retired ? now : null,
    })
    .returning()
    .get();
  conn
    .insert(questionVersions)
    .values({ questionId: row.id, version: 1, ...wording(row), createdByUserId: actor?.id ?? null, createdAt: now })
    .run();
  if (actor)
    audit(conn, { actorUserId: actor.id, action: "question.create", entityType: "question", entityId: row.id, after: snapshot(row) }, now);
  return row;
}

export function createQuestion(
  actor: Actor,
  consultationId: number,
  key: string,
  input: QuestionInput,
  now = new Date(),
): { ok: true; question: QuestionRow } | { ok: false; refusal: EditRefusal } {
  return getDb().transaction((tx) => {
    if (keyTaken(tx, consultationId, key)) return { ok: false as const, refusal: "keyTaken" as const };
    return { ok: true as const, question: insertQuestion(tx, consultationId, key, input, false, actor, now) };
  });
}

export interface EditOutcome {
  ok: true;
  question: QuestionRow;
  /** A new version was made (the wording changed and answers existed). */
  newVersion: boolean;
  /** Organizations told of the change. */
  notified: number;
}

/**
 * The rules of an edit, in one place (the editor and the import share it):
 * - with answers, the answer type and the instrument cannot change, and the
 *   word limit cannot fall below the longest saved answer;
 * - a change of wording with answers makes a new version, and every
 *   organization that answered is emailed and sees a notice;
 * - in a published consultation, a change to one language's text marks the
 *   other language "needs review"; changing a language's text counts as
 *   reviewing it.
 */
function applyEdit(
  tx: Tx,
  before: QuestionRow,
  input: QuestionInput,
  retired: boolean | undefined,
  actor: Actor,
  origin: string,
  now: Date,
): EditOutcome | { ok: false; refusal: EditRefusal; longest?: number } {
  const answers = tx
    .select({ text: responses.text, citation: responses.citation })
    .from(responses)
    .where(eq(responses.questionId, before.id))
    .all();
  if (answers.length > 0) {
    if (input.answerType !== before.answerType) return { ok: false, refusal: "answerType" };
    if (input.instrument !== before.instrumentId) return { ok: false, refusal: "instrument" };
    const longest = Math.max(...answers.map((a) => countWords(a.text)));
    if (input.wordLimit < longest) return { ok: false, refusal: "wordLimit", longest };
    // Removing the field would hide citations organizations already gave.
    if (!input.citeLaw && before.askCitation && answers.some((a) => a.citation.trim() !== "")) return { ok: false, refusal: "citeLaw" };
  }
  const next = columns(input);
  const old = wording(before);
  const now_ = wording({ ...before, ...next });
  const changedEn = old.articleTitleEn !== now_.articleTitleEn || old.promptEn !== now_.promptEn || old.guidanceEn !== now_.guidanceEn;
  const changedFr = old.articleTitleFr !== now_.articleTitleFr || old.promptFr !== now_.promptFr || old.guidanceFr !== now_.guidanceFr;
  const changedWording = changedEn || changedFr || old.article !== now_.article;
  const consultation = tx.select().from(consultations).where(eq(consultations.id, before.consultationId)).get()!;
  let needsReviewEn = before.needsReviewEn;
  let needsReviewFr = before.needsReviewFr;
  if (consultation.state === "published") {
    if (changedEn) needsReviewEn = false;
    if (changedFr) needsReviewFr = false;
    if (changedEn && !changedFr) needsReviewFr = true;
    if (changedFr && !changedEn) needsReviewEn = true;
  }
  const newVersion = changedWording && answers.length > 0;
  const version = newVersion ? before.version + 1 : before.version;
  const retiredAt = retired === undefined ? before.retiredAt : retired ? (before.retiredAt ?? now) : null;
  const unchanged =
    !changedWording &&
    input.answerType === before.answerType &&
    input.instrument === before.instrumentId &&
    input.wordLimit === before.wordLimit &&
    input.citeLaw === before.askCitation &&
    (retiredAt === null) === (before.retiredAt === null) &&
    needsReviewEn === before.needsReviewEn &&
    needsReviewFr === before.needsReviewFr;
  if (unchanged) return { ok: true, question: before, newVersion: false, notified: 0 };

  const after = tx
    .update(questions)
    .set({ ...next, version, needsReviewEn, needsReviewFr, retiredAt })
    .where(eq(questions.id, before.id))
    .returning()
    .get();
  if (newVersion) {
    tx.insert(questionVersions)
      .values({ questionId: after.id, version, ...wording(after), createdByUserId: actor.id, createdAt: now })
      .run();
  } else if (changedWording) {
    // No one has answered: the current version's wording is corrected in place.
    tx.update(questionVersions)
      .set(wording(after))
      .where(and(eq(questionVersions.questionId, after.id), eq(questionVersions.version, after.version)))
      .run();
  }
  const action =
    retiredAt !== null && before.retiredAt === null
      ? "question.retire"
      : retiredAt === null && before.retiredAt !== null
        ? "question.restore"
        : "question.update";
  audit(
    tx,
    { actorUserId: actor.id, action, entityType: "question", entityId: after.id, before: snapshot(before), after: snapshot(after) },
    now,
  );
  const notified = newVersion ? notifyAnswered(tx, consultation, after, origin, now) : 0;
  return { ok: true, question: after, newVersion, notified };
}

/** Emails every contact of every organization that answered, in the contact's language. */
function notifyAnswered(tx: Tx, consultation: ConsultationRow, question: QuestionRow, origin: string, now: Date): number {
  const rows = tx
    .select({
      organizationId: organizations.id,
      organizationName: organizations.name,
      email: users.email,
      name: users.name,
      language: users.language,
    })
    .from(responses)
    .innerJoin(organizations, eq(organizations.id, responses.organizationId))
    .innerJoin(users, eq(users.organizationId, organizations.id))
    .where(eq(responses.questionId, question.id))
    .all();
  for (const row of rows) {
    const lang = row.language;
    // The contact's own wording waits for review when only the other changed: quote the changed one.
    const waiting = lang === "en" ? question.needsReviewEn : question.needsReviewFr;
    const promptLang = waiting ? (lang === "en" ? "fr" : "en") : lang;
    const email = questionChangedEmail({
      lang,
      contactName: row.name,
      organizationName: row.organizationName,
      consultationTitle: lang === "en" ? consultation.titleEn : consultation.titleFr,
      number: question.number,
      prompt: promptLang === "en" ? question.promptEn : question.promptFr,
      promptLang,
      answerUrl: `${origin}/${lang}/respond/${consultation.clusterId}/questions/${question.number}`,
    });
    enqueueEmail(
      tx,
      {
        to: row.email,
        lang,
        kind: "question-changed",
        ...email,
        idempotencyKey: `question-changed:${question.id}:v${question.version}:${row.email}`,
      },
      now,
    );
  }
  return new Set(rows.map((r) => r.organizationId)).size;
}

export function updateQuestion(
  actor: Actor,
  questionId: number,
  input: QuestionInput,
  origin: string,
  now = new Date(),
): EditOutcome | { ok: false; refusal: EditRefusal; longest?: number } | null {
  return getDb().transaction((tx) => {
    const before = tx.select().from(questions).where(eq(questions.id, questionId)).get();
    if (!before) return null;
    return applyEdit(tx, before, input, undefined, actor, origin, now);
  });
}

export function setRetired(actor: Actor, questionId: number, retired: boolean, now = new Date()): boolean {
  return getDb().transaction((tx) => {
    const before = tx.select().from(questions).where(eq(questions.id, questionId)).get();
    if (!before) return false;
    if ((before.retiredAt !== null) === retired) return true;
    const after = tx
      .update(questions)
      .set({ retiredAt: retired ? now : null })
      .where(eq(questions.id, questionId))
      .returning()
      .get();
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: retired ? "question.retire" : "question.restore",
        entityType: "question",
        entityId: questionId,
        before: snapshot(before),
        after: snapshot(after),
      },
      now,
    );
    return true;
  });
}

/** A translator confirms a language's text after the other one changed. */
export function confirmTranslation(actor: Actor, questionId: number, lang: "en" | "fr", now = new Date()): boolean {
  return getDb().transaction((tx) => {
    const before = tx.select().from(questions).where(eq(questions.id, questionId)).get();
    if (!before) return false;
    const after = tx
      .update(questions)
      .set(lang === "en" ? { needsReviewEn: false } : { needsReviewFr: false })
      .where(eq(questions.id, questionId))
      .returning()
      .get();
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "question.confirm-translation",
        entityType: "question",
        entityId: questionId,
        before: snapshot(before),
        after: { ...snapshot(after), confirmed: lang },
      },
      now,
    );
    return true;
  });
}

/** Deletes a question no one answered; one with answers can only be retired. */
export function deleteQuestion(actor: Actor, questionId: number, now = new Date()): "deleted" | "has-answers" | "not-found" {
  return getDb().transaction((tx) => {
    const before = tx.select().from(questions).where(eq(questions.id, questionId)).get();
    if (!before) return "not-found";
    if ((answerCounts(tx, [questionId]).get(questionId) ?? 0) > 0) return "has-answers";
    tx.delete(questionVersions).where(eq(questionVersions.questionId, questionId)).run();
    tx.delete(questions).where(eq(questions.id, questionId)).run();
    renumber(
      tx,
      before.consultationId,
      listQuestions(before.consultationId, tx).map(({ question }) => question.id),
    );
    audit(
      tx,
      { actorUserId: actor.id, action: "question.delete", entityType: "question", entityId: questionId, before: snapshot(before) },
      now,
    );
    return "deleted";
  });
}

/**
 * Numbers follow the order, 1..N. Two passes because (consultation, number)
 * is unique: first out of the way (negative), then into place.
 */
function renumber(conn: Conn, consultationId: number, orderedIds: number[]): void {
  orderedIds.forEach((id, i) =>
    conn
      .update(questions)
      .set({ number: -(i + 1) })
      .where(eq(questions.id, id))
      .run(),
  );
  conn
    .update(questions)
    .set({ number: sql`-${questions.number}` })
    .where(and(eq(questions.consultationId, consultationId), sql`${questions.number} < 0`))
    .run();
}

/** Moves a question one place up or down; the numbers follow. */
export function moveQuestion(actor: Actor, questionId: number, direction: "up" | "down", now = new Date()): boolean {
  return getDb().transaction((tx) => {
    const q = tx.select().from(questions).where(eq(questions.id, questionId)).get();
    if (!q) return false;
    const ids = listQuestions(q.consultationId, tx).map(({ question }) => question.id);
    const from = ids.indexOf(questionId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return true;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    renumber(tx, q.consultationId, ids);
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "question.move",
        entityType: "question",
        entityId: questionId,
        before: { number: q.number },
        after: { number: to + 1 },
      },
      now,
    );
    return true;
  });
}

// --- Import -----------------------------------------------------------------

export interface ImportSummary {
  created: number;
  updated: number;
  newVersions: number;
  notified: number;
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; problems: FileProblem[] };

/** Thrown inside the import's transaction so that nothing of a refused file is kept. */
class Refused extends Error {
  constructor(readonly problems: FileProblem[]) {
    super("refused");
  }
}

/**
 * Applies a validated questionnaire to a consultation, all or nothing. A key
 * already there is an edit (with every rule of an edit: versions, refusals,
 * review marks, emails); a new key adds a question. The file's order sets the
 * numbers; questions not in the file keep their order after them (nothing is
 * deleted by an import). `rowOf` gives each question's row in the file, for
 * the messages.
 */
export function importQuestionnaire(
  actor: Actor,
  consultationId: number,
  file: QuestionnaireQuestion[],
  rowOf: (index: number) => number,
  origin: string,
  now = new Date(),
): ImportResult {
  try {
    const summary = getDb().transaction((tx) => {
      const summary: ImportSummary = { created: 0, updated: 0, newVersions: 0, notified: 0 };
      const problems: FileProblem[] = [];
      const ids: number[] = [];
      file.forEach((item, index) => {
        const { key, retired, ...input } = item;
        const before = tx
          .select()
          .from(questions)
          .where(and(eq(questions.consultationId, consultationId), eq(questions.key, key)))
          .get();
        if (!before) {
          ids.push(insertQuestion(tx, consultationId, key, input, retired, actor, now).id);
          summary.created += 1;
          return;
        }
        const outcome = applyEdit(tx, before, input, retired, actor, origin, now);
        if (!outcome.ok) {
          const field = outcome.refusal === "keyTaken" ? "key" : outcome.refusal;
          problems.push({ row: rowOf(index), field, code: `refused-${outcome.refusal}` as FileProblem["code"] });
          return;
        }
        ids.push(before.id);
        if (outcome.question !== before) summary.updated += 1;
        if (outcome.newVersion) summary.newVersions += 1;
        summary.notified += outcome.notified;
      });
      if (problems.length) throw new Refused(problems);
      const rest = listQuestions(consultationId, tx)
        .map(({ question }) => question.id)
        .filter((id) => !ids.includes(id));
      renumber(tx, consultationId, [...ids, ...rest]);
      audit(
        tx,
        {
          actorUserId: actor.id,
          action: "questionnaire.import",
          entityType: "consultation",
          entityId: consultationId,
          after: { ...summary, keys: file.map((q) => q.key) },
        },
        now,
      );
      return summary;
    });
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problems: error.problems };
    throw error;
  }
}

/**
 * The seed's path through the same format: inserts the questions that are
 * missing, by key, and never changes one that exists (docs/decisions/003).
 * A missing question takes its place in the file's order when that number is
 * free, otherwise the next number at the end.
 */
export function seedQuestionnaire(conn: Conn, consultationId: number, file: QuestionnaireQuestion[], now = new Date()): number {
  let inserted = 0;
  file.forEach((item, index) => {
    const { key, retired, ...input } = item;
    if (keyTaken(conn, consultationId, key)) return;
    const wanted = index + 1;
    const free =
      conn
        .select({ id: questions.id })
        .from(questions)
        .where(and(eq(questions.consultationId, consultationId), eq(questions.number, wanted)))
        .get() === undefined;
    insertQuestion(conn, consultationId, key, input, retired, null, now, free ? wanted : nextNumber(conn, consultationId));
    inserted += 1;
  });
  return inserted;
}

/** Organizations whose answer replied to an earlier wording, for the staff list. */
export function answeredEarlierVersions(consultationId: number): number {
  return (
    getDb()
      .select({ n: count() })
      .from(responses)
      .innerJoin(questions, eq(questions.id, responses.questionId))
      .where(
        and(
          eq(questions.consultationId, consultationId),
          sql`${responses.questionVersion} < ${questions.version}`,
          isNotNull(responses.id),
        ),
      )
      .get()?.n ?? 0
  );
}

/** The instruments a question may belong to, for the editor's list. */
export function listInstruments() {
  return getDb().select().from(instruments).orderBy(asc(instruments.position)).all();
}

/** The consultation named by the URL's `$id`, or a 404. */
export function requireConsultation(id: number): ConsultationRow {
  const consultation = getConsultation(id);
  if (!consultation) throw new Response("Not Found", { status: 404 });
  return consultation;
}
