// Staff decisions on submitted answers: approve, reject with a reason, mark
// for redaction, redact, tag with themes, mark quotable excerpts, leave notes.
// Every change is written with its audit row in one transaction.
import { and, eq, inArray } from "drizzle-orm";
import { getDb, type Tx } from "~db/client.server";
import {
  moderation,
  moderationNotes,
  organizations,
  quotes,
  responses,
  responseThemes,
  themeDismissals,
  type MODERATION_STATES,
  type THEME_SOURCES,
} from "~db/schema";
import { audit } from "../audit.server";
import type { CurrentUser } from "../accounts/auth.server";
import type { RejectionReason } from "./rejection-reasons";

export type ModerationState = (typeof MODERATION_STATES)[number];
export { REJECTION_REASONS, type RejectionReason } from "./rejection-reasons";

export type Decision = { kind: "approve" } | { kind: "reject"; reason: RejectionReason; note: string } | { kind: "needs-redaction" };

type ModerationRow = typeof moderation.$inferSelect;

function snapshot(row: ModerationRow | undefined) {
  return row ? { state: row.state, reason: row.reason, redactedText: row.redactedText } : { state: "pending" };
}

/** Only submitted answers are moderated; drafts stay the organization's own. */
function submittedIds(ids: number[]): number[] {
  if (ids.length === 0) return [];
  return getDb()
    .select({ id: responses.id })
    .from(responses)
    .where(and(inArray(responses.id, ids), eq(responses.state, "submitted")))
    .all()
    .map((r) => r.id);
}

/** Applies one decision to one or many answers (bulk actions use the same path). Returns how many changed. */
export function decide(actor: CurrentUser, responseIds: number[], decision: Decision, now = new Date()): number {
  const ids = submittedIds(responseIds);
  const state: ModerationState = decision.kind === "approve" ? "approved" : decision.kind === "reject" ? "rejected" : "needs_redaction";
  const reason = decision.kind === "reject" ? `${decision.reason}${decision.note ? `: ${decision.note}` : ""}` : null;
  return getDb().transaction((tx) => {
    let changed = 0;
    for (const responseId of ids) {
      const before = tx.select().from(moderation).where(eq(moderation.responseId, responseId)).get();
      if (before?.state === state && before.reason === reason) continue;
      writeModeration(tx, actor, `moderation.${decision.kind}`, responseId, before, { state, reason }, now);
      changed += 1;
    }
    return changed;
  });
}

/**
 * Writes an answer's moderation row (created on its first decision) and the
 * audit entry with before and after, inside the caller's transaction.
 */
function writeModeration(
  tx: Tx,
  actor: CurrentUser,
  action: string,
  responseId: number,
  before: ModerationRow | undefined,
  change: { state: ModerationState; reason?: string | null; redactedText?: string },
  now: Date,
): void {
  const values = { ...change, updatedByUserId: actor.id, updatedAt: now };
  tx.insert(moderation)
    .values({ responseId, ...values })
    .onConflictDoUpdate({ target: moderation.responseId, set: values })
    .run();
  // What the row holds now: the change, and what it did not touch as it was.
  const after = {
    state: change.state,
    reason: "reason" in change ? change.reason : (before?.reason ?? null),
    redactedText: "redactedText" in change ? change.redactedText : (before?.redactedText ?? null),
  };
  audit(tx, { actorUserId: actor.id, action, entityType: "response", entityId: responseId, before: snapshot(before), after }, now);
}

/** Saves the public version of an answer; the original stays untouched in `responses`. */
export function redact(actor: CurrentUser, responseId: number, redactedText: string, now = new Date()): boolean {
  if (submittedIds([responseId]).length === 0) return false;
  getDb().transaction((tx) => {
    const before = tx.select().from(moderation).where(eq(moderation.responseId, responseId)).get();
    const state: ModerationState = before?.state === "needs_redaction" || !before ? "pending" : before.state;
    writeModeration(tx, actor, "moderation.redact", responseId, before, { redactedText, state }, now);
  });
  return true;
}

export function addNote(actor: CurrentUser, responseId: number, body: string, now = new Date()): void {
  getDb().transaction((tx) => {
    const note = tx.insert(moderationNotes).values({ responseId, authorUserId: actor.id, body, createdAt: now }).returning().get();
    audit(
      tx,
      { actorUserId: actor.id, action: "note.add", entityType: "response", entityId: responseId, after: { noteId: note.id, body } },
      now,
    );
  });
}

export type ThemeSource = (typeof THEME_SOURCES)[number];

/** Tags answers with a theme; `suggested` when staff confirmed a suggestion, `manual` otherwise. */
export function tag(actor: CurrentUser, responseIds: number[], themeId: number, source: ThemeSource, now = new Date()): number {
  const ids = submittedIds(responseIds);
  return getDb().transaction((tx) => {
    let changed = 0;
    for (const responseId of ids) {
      const inserted = tx
        .insert(responseThemes)
        .values({ responseId, themeId, source, taggedByUserId: actor.id, taggedAt: now })
        .onConflictDoNothing()
        .run().changes;
      if (!inserted) continue;
      audit(
        tx,
        {
          actorUserId: actor.id,
          action: source === "suggested" ? "theme.confirm-suggestion" : "theme.tag",
          entityType: "response",
          entityId: responseId,
          before: null,
          after: { themeId, source },
        },
        now,
      );
      changed += 1;
    }
    return changed;
  });
}

export function untag(actor: CurrentUser, responseId: number, themeId: number, now = new Date()): void {
  getDb().transaction((tx) => {
    const before = tx
      .delete(responseThemes)
      .where(and(eq(responseThemes.responseId, responseId), eq(responseThemes.themeId, themeId)))
      .returning()
      .get();
    if (!before) return;
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "theme.untag",
        entityType: "response",
        entityId: responseId,
        before: { themeId, source: before.source },
        after: null,
      },
      now,
    );
  });
}

export function dismissSuggestion(actor: CurrentUser, responseId: number, themeId: number, now = new Date()): void {
  getDb().transaction((tx) => {
    tx.insert(themeDismissals).values({ responseId, themeId, dismissedByUserId: actor.id, dismissedAt: now }).onConflictDoNothing().run();
    audit(
      tx,
      { actorUserId: actor.id, action: "theme.dismiss-suggestion", entityType: "response", entityId: responseId, after: { themeId } },
      now,
    );
  });
}

export type QuoteResult = { status: "added"; id: number } | { status: "no-consent" } | { status: "not-in-text" } | { status: "not-found" };

/**
 * Marks an excerpt as quotable. Refused when the organization did not consent
 * to be quoted; the excerpt must come from the public (redacted) text, or the
 * original when nothing needed redacting.
 */
export function addQuote(actor: CurrentUser, responseId: number, excerpt: string, now = new Date()): QuoteResult {
  const db = getDb();
  const row = db
    .select({ response: responses, consentQuote: organizations.consentQuote, redactedText: moderation.redactedText })
    .from(responses)
    .innerJoin(organizations, eq(organizations.id, responses.organizationId))
    .leftJoin(moderation, eq(moderation.responseId, responses.id))
    .where(and(eq(responses.id, responseId), eq(responses.state, "submitted")))
    .get();
  if (!row) return { status: "not-found" };
  if (row.consentQuote === "none") return { status: "no-consent" };
  const publicText = row.redactedText ?? row.response.text;
  const text = excerpt.trim();
  if (text === "" || !publicText.includes(text)) return { status: "not-in-text" };
  return db.transaction((tx) => {
    const quote = tx.insert(quotes).values({ responseId, text, createdByUserId: actor.id, createdAt: now }).returning().get();
    audit(
      tx,
      { actorUserId: actor.id, action: "quote.add", entityType: "response", entityId: responseId, after: { quoteId: quote.id, text } },
      now,
    );
    return { status: "added", id: quote.id } as const;
  });
}

export function removeQuote(actor: CurrentUser, quoteId: number, now = new Date()): void {
  getDb().transaction((tx) => {
    const before = tx.delete(quotes).where(eq(quotes.id, quoteId)).returning().get();
    if (!before) return;
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "quote.remove",
        entityType: "response",
        entityId: before.responseId,
        before: { quoteId, text: before.text },
        after: null,
      },
      now,
    );
  });
}
