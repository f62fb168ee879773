// Campaigns: groups of near-identical answers to one question, kept up to date
// as answers are submitted, so staff can moderate a group at once and the
// report can count it as one argument made by N organizations.
//
// Grouping is per question: the same paragraph pasted under two questions is
// two answers, each judged where it was given. Each submitted answer of at
// least MIN_WORDS words has a row in `response_signatures` with its MinHash
// signature and `group_id`, the smallest response id of its group (its own
// id when alone). Shorter answers and closed-only answers have no row.
//
// Finding candidates: a new signature is compared only with the signatures of
// the same question that share one of its 32 LSH bands. The bands are read
// with substr() on the stored hex text rather than from a band-index table:
// SQLite scans the question's rows (by `response_signatures_question_idx`)
// and compares substrings in C, without decoding anything in JavaScript: a
// linear scan, acceptable at the ~50k answers per question we expect, and no
// migration. At a million
// answers per question, a `(question_id, band, key)` table with an index would
// make this a lookup; the signature format would not change.
//
// Grouping depends only on the stored signatures, never on `responses.text`:
// an answer edited after submission goes back to draft with new text, and its
// group must keep reflecting what was submitted until it is submitted again.
import { and, asc, count, countDistinct, desc, eq, inArray, or, sql } from "drizzle-orm";
import { getDb, type Tx } from "~db/client.server";
import { moderation, organizations, questions, responses, responseSignatures } from "~db/schema";
import type { Lang } from "~/i18n/lang";
import type { CurrentUser } from "../accounts/auth.server";
import { decide, type Decision, type ModerationState } from "./moderation.server";
import {
  BAND_CHARS,
  bandKeys,
  groupSignatures,
  isNearDuplicate,
  parseSignature,
  serialiseSignature,
  signatureOf,
} from "../../lib/near-duplicates";

type SignatureRow = typeof responseSignatures.$inferSelect;

/**
 * Records the signatures of these responses and (re)assigns their groups.
 * Called inside the submitting transaction with every answer being submitted,
 * amended or not: an unchanged signature is left alone, a changed one leaves
 * its group and joins whatever group it now matches.
 */
export function recordSignatures(tx: Tx, responseIds: number[]): void {
  for (const responseId of [...new Set(responseIds)].sort((a, b) => a - b)) {
    const response = tx
      .select({ id: responses.id, questionId: responses.questionId, text: responses.text, state: responses.state })
      .from(responses)
      .where(eq(responses.id, responseId))
      .get();
    const existing = tx.select().from(responseSignatures).where(eq(responseSignatures.responseId, responseId)).get();
    const signature = response?.state === "submitted" ? signatureOf(response.text) : null;
    const serialised = signature ? serialiseSignature(signature) : null;
    if (existing && existing.signature === serialised && existing.questionId === response?.questionId) continue;
    if (existing) leaveGroup(tx, existing);
    if (response && serialised) joinGroups(tx, response.id, response.questionId, serialised);
  }
}

/**
 * Takes an answer out of its group, then regroups those left: the answer may
 * have been the only link between two parts of the group, which must then
 * split. The regrouping reads the group's signatures only; it is the rare
 * path (an amended answer that changed), so its cost in a large group is
 * acceptable.
 */
function leaveGroup(tx: Tx, row: SignatureRow): void {
  tx.delete(responseSignatures).where(eq(responseSignatures.responseId, row.responseId)).run();
  const rest = tx
    .select({ responseId: responseSignatures.responseId, signature: responseSignatures.signature, groupId: responseSignatures.groupId })
    .from(responseSignatures)
    .where(eq(responseSignatures.groupId, row.groupId))
    .all();
  if (rest.length === 0) return;
  const groups = groupSignatures(rest.map((r) => ({ id: r.responseId, signature: parseSignature(r.signature) })));
  for (const member of rest) {
    const groupId = groups.get(member.responseId)!;
    if (groupId === member.groupId) continue;
    tx.update(responseSignatures).set({ groupId }).where(eq(responseSignatures.responseId, member.responseId)).run();
  }
}

/**
 * Adds an answer and joins every group it matches, merging them: the answer
 * is a near-duplicate of a member of each. For each candidate group, members
 * are checked one by one until one matches, so a large campaign of copies
 * costs one comparison, not one per member.
 */
function joinGroups(tx: Tx, responseId: number, questionId: number, serialised: string): void {
  const signature = parseSignature(serialised);
  const sharesABand = or(
    ...bandKeys(serialised).map(
      (key, band) => sql`substr(${responseSignatures.signature}, ${band * BAND_CHARS + 1}, ${BAND_CHARS}) = ${key}`,
    ),
  );
  const candidates = tx
    .select({ responseId: responseSignatures.responseId, groupId: responseSignatures.groupId })
    .from(responseSignatures)
    .where(and(eq(responseSignatures.questionId, questionId), sharesABand))
    .orderBy(asc(responseSignatures.groupId), asc(responseSignatures.responseId))
    .all();

  const matched = new Set<number>();
  for (const candidate of candidates) {
    if (matched.has(candidate.groupId)) continue;
    const stored = tx
      .select({ signature: responseSignatures.signature })
      .from(responseSignatures)
      .where(eq(responseSignatures.responseId, candidate.responseId))
      .get();
    if (stored && isNearDuplicate(signature, parseSignature(stored.signature))) matched.add(candidate.groupId);
  }

  const groupId = Math.min(responseId, ...matched);
  if (matched.size > 0) {
    tx.update(responseSignatures)
      .set({ groupId })
      .where(inArray(responseSignatures.groupId, [...matched]))
      .run();
  }
  tx.insert(responseSignatures).values({ responseId, questionId, signature: serialised, groupId }).run();
}

// --- Reading groups for staff -------------------------------------------------

export const CAMPAIGNS_PAGE_SIZE = 25;
const SAMPLE_LENGTH = 280;

export type StateCounts = Record<ModerationState, number>;

export interface CampaignSummary {
  groupId: number;
  questionNumber: number;
  questionPrompt: string;
  size: number;
  organizations: number;
  sample: string;
  sampleLanguage: Lang;
  states: StateCounts;
}

function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  return `${flat.slice(0, length).replace(/\s+\S*$/, "")}…`;
}

const stateCount = (state: ModerationState) =>
  sql<number>`sum(case when coalesce(${moderation.state}, 'pending') = ${state} then 1 else 0 end)`.mapWith(Number);

/**
 * Groups of at least two submitted answers in a consultation, largest first.
 * Only submitted answers count: one edited back to draft is out of the
 * moderation queue until it is submitted again, so it is out of here too.
 */
export function listCampaigns(consultationId: number, lang: Lang, { page = 1 }: { page?: number } = {}) {
  const db = getDb();
  const base = db
    .select({
      groupId: responseSignatures.groupId,
      questionNumber: questions.number,
      promptEn: questions.promptEn,
      promptFr: questions.promptFr,
      size: count(responses.id).as("size"),
      // With grouping per question this equals `size` (one answer per
      // organization per question); it is counted, not assumed, because it is
      // the number the report will print.
      organizations: countDistinct(responses.organizationId).as("organizations"),
      firstResponseId: sql<number>`min(${responses.id})`.mapWith(Number).as("first_response_id"),
      pending: stateCount("pending").as("pending"),
      approved: stateCount("approved").as("approved"),
      rejected: stateCount("rejected").as("rejected"),
      needsRedaction: stateCount("needs_redaction").as("needs_redaction"),
    })
    .from(responseSignatures)
    .innerJoin(responses, and(eq(responses.id, responseSignatures.responseId), eq(responses.state, "submitted")))
    .innerJoin(questions, eq(questions.id, responseSignatures.questionId))
    .leftJoin(moderation, eq(moderation.responseId, responses.id))
    .where(eq(questions.consultationId, consultationId))
    .groupBy(responseSignatures.groupId)
    .having(sql`count(${responses.id}) >= 2`)
    .as("campaigns");

  const total = db.select({ total: count() }).from(base).get()?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / CAMPAIGNS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = db
    .select()
    .from(base)
    .orderBy(desc(base.size), asc(base.questionNumber), asc(base.groupId))
    .limit(CAMPAIGNS_PAGE_SIZE)
    .offset((current - 1) * CAMPAIGNS_PAGE_SIZE)
    .all();

  const firstIds = rows.map((row) => row.firstResponseId);
  const samples = new Map(
    firstIds.length
      ? db
          .select({ id: responses.id, text: responses.text, language: responses.language })
          .from(responses)
          .where(inArray(responses.id, firstIds))
          .all()
          .map((r) => [r.id, r])
      : [],
  );
  const items: CampaignSummary[] = rows.map((row) => {
    const sample = samples.get(row.firstResponseId);
    return {
      groupId: row.groupId,
      questionNumber: row.questionNumber,
      questionPrompt: lang === "en" ? row.promptEn : row.promptFr,
      size: row.size,
      organizations: row.organizations,
      sample: truncate(sample?.text ?? "", SAMPLE_LENGTH),
      sampleLanguage: sample?.language ?? lang,
      states: { pending: row.pending, approved: row.approved, rejected: row.rejected, needs_redaction: row.needsRedaction },
    };
  });
  return { items, total, page: current, pageCount };
}

export interface CampaignMember {
  responseId: number;
  organizationName: string;
  organizationType: (typeof organizations.$inferSelect)["type"];
  state: ModerationState;
  reason: string | null;
  text: string;
  language: Lang;
}

/** The submitted answers of one group with its question, or null when there are none. */
export function campaignMembers(groupId: number, lang: Lang) {
  const rows = getDb()
    .select({
      responseId: responses.id,
      organizationId: responses.organizationId,
      organizationName: organizations.name,
      organizationType: organizations.type,
      state: moderation.state,
      reason: moderation.reason,
      text: responses.text,
      language: responses.language,
      consultationId: questions.consultationId,
      questionNumber: questions.number,
      promptEn: questions.promptEn,
      promptFr: questions.promptFr,
    })
    .from(responseSignatures)
    .innerJoin(responses, and(eq(responses.id, responseSignatures.responseId), eq(responses.state, "submitted")))
    .innerJoin(organizations, eq(organizations.id, responses.organizationId))
    .innerJoin(questions, eq(questions.id, responseSignatures.questionId))
    .leftJoin(moderation, eq(moderation.responseId, responses.id))
    .where(eq(responseSignatures.groupId, groupId))
    .orderBy(asc(responses.id))
    .all();
  const first = rows[0];
  if (!first) return null;
  const members: CampaignMember[] = rows.map((row) => ({
    responseId: row.responseId,
    organizationName: row.organizationName,
    organizationType: row.organizationType,
    state: row.state ?? "pending",
    reason: row.reason,
    text: row.text,
    language: row.language,
  }));
  return {
    groupId,
    consultationId: first.consultationId,
    question: { number: first.questionNumber, prompt: lang === "en" ? first.promptEn : first.promptFr },
    organizations: new Set(rows.map((row) => row.organizationId)).size,
    members,
  };
}

/** Applies one decision to every submitted answer of a group, each audited by `decide`. Returns how many changed. */
export function moderateGroup(actor: CurrentUser, groupId: number, decision: Decision, now = new Date()): number {
  const ids = getDb()
    .select({ id: responseSignatures.responseId })
    .from(responseSignatures)
    .where(eq(responseSignatures.groupId, groupId))
    .all()
    .map((row) => row.id);
  return decide(actor, ids, decision, now);
}
