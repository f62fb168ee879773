// The data model, in one place. Types for the rest of the code are derived from
// it (`typeof questions.$inferSelect`); SQL migrations under db/migrations are
// generated from it by drizzle-kit and committed.
//
// Conventions:
// - Bilingual content is stored as a pair of columns (`*_en`, `*_fr`): both are
//   required wherever the public sees the text (Official Languages Act).
// - Times are integers in milliseconds since the epoch (`timestamp_ms`): cheap to
//   index and sort, read back as Date.
// - Enumerations are text with a CHECK-free `enum` hint; zod validates them at
//   the edge, and the hint types them here.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  LANGS,
  CONSULTATION_STATES,
  ANSWER_TYPES,
  ORGANIZATION_TYPES,
  QUOTE_CONSENTS,
  ROLES,
  CLOSED_ANSWERS,
  RESPONSE_STATES,
  MODERATION_STATES,
  THEME_SOURCES,
  OUTBOX_STATES,
} from "./constants";

// The enums, for modules that import them with the tables.
export * from "./constants";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

// --- Consultation content -------------------------------------------------

/** The four review clusters of the UNTOC Review Mechanism. */
export const clusters = sqliteTable("clusters", {
  /** The cluster number, 1 to 4. */
  id: integer("id").primaryKey(),
  titleEn: text("title_en").notNull(),
  titleFr: text("title_fr").notNull(),
  summaryEn: text("summary_en").notNull(),
  summaryFr: text("summary_fr").notNull(),
  /** Where this cluster stands in the review timeline, in plain words. */
  timelineEn: text("timeline_en").notNull(),
  timelineFr: text("timeline_fr").notNull(),
  /** Convention articles the cluster covers, as shown to readers ("5, 6, 8"). */
  articles: text("articles").notNull(),
});

/** The Convention and its Protocols, and whether the country is a party. */
export const instruments = sqliteTable("instruments", {
  /** Stable code: untoc, tip, som, firearms. */
  id: text("id").primaryKey(),
  position: integer("position").notNull(),
  shortNameEn: text("short_name_en").notNull(),
  shortNameFr: text("short_name_fr").notNull(),
  nameEn: text("name_en").notNull(),
  nameFr: text("name_fr").notNull(),
  countryIsParty: integer("country_is_party", { mode: "boolean" }).notNull(),
});

/**
 * A consultation on one cluster in one review cycle: a cluster is consulted
 * again in a later cycle, so a cluster may have several. Whether it is open
 * is derived from its dates; at most one published consultation of a cluster
 * covers any moment (app/models/consultations/admin.server.ts refuses
 * overlaps), so "the cluster's current consultation" is never ambiguous.
 */
export const consultations = sqliteTable(
  "consultations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    clusterId: integer("cluster_id")
      .notNull()
      .references(() => clusters.id),
    slug: text("slug").notNull(),
    titleEn: text("title_en").notNull(),
    titleFr: text("title_fr").notNull(),
    introEn: text("intro_en").notNull(),
    introFr: text("intro_fr").notNull(),
    opensAt: integer("opens_at", { mode: "timestamp_ms" }).notNull(),
    closesAt: integer("closes_at", { mode: "timestamp_ms" }).notNull(),
    /** Publication state: a draft is visible to staff only. */
    state: text("state", { enum: CONSULTATION_STATES }).notNull().default("draft"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("consultations_slug_unique").on(t.slug), index("consultations_cluster_idx").on(t.clusterId, t.opensAt)],
);

export const DEADLINE_CHANGE_KINDS = ["extend", "shorten", "close-early"] as const;

/**
 * Every change of a published consultation's deadline, with the reason given
 * to organizations in both languages: the public page shows the latest as a
 * notice. Append-only by use (the audit log keeps the authoritative record).
 */
export const deadlineChanges = sqliteTable(
  "deadline_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    consultationId: integer("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: DEADLINE_CHANGE_KINDS }).notNull(),
    previousClosesAt: integer("previous_closes_at", { mode: "timestamp_ms" }).notNull(),
    closesAt: integer("closes_at", { mode: "timestamp_ms" }).notNull(),
    reasonEn: text("reason_en").notNull(),
    reasonFr: text("reason_fr").notNull(),
    actorUserId: integer("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("deadline_changes_consultation_idx").on(t.consultationId, t.createdAt)],
);

export type AnswerType = (typeof ANSWER_TYPES)[number];

export const questions = sqliteTable(
  "questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    consultationId: integer("consultation_id")
      .notNull()
      .references(() => consultations.id),
    /** Stable key from the seed or the admin, used to update content idempotently. */
    key: text("key").notNull(),
    instrumentId: text("instrument_id")
      .notNull()
      .references(() => instruments.id),
    /** Article reference as readers see it: "5" or "5(1)(a)". */
    article: text("article").notNull(),
    articleTitleEn: text("article_title_en").notNull(),
    articleTitleFr: text("article_title_fr").notNull(),
    /** Questions are numbered in one series per consultation, 1..N. */
    number: integer("number").notNull(),
    promptEn: text("prompt_en").notNull(),
    promptFr: text("prompt_fr").notNull(),
    guidanceEn: text("guidance_en").notNull(),
    guidanceFr: text("guidance_fr").notNull(),
    answerType: text("answer_type", { enum: ANSWER_TYPES }).notNull(),
    wordLimit: integer("word_limit").notNull(),
    /** The current wording's number in question_versions; answers record the one they replied to. */
    version: integer("version").notNull().default(1),
    /**
     * After the other language's text of a published question changed, this
     * language's text waits for a translator to confirm it (publishing is
     * refused meanwhile: app/models/questionnaire/problems.server.ts).
     */
    needsReviewEn: integer("needs_review_en", { mode: "boolean" }).notNull().default(false),
    needsReviewFr: integer("needs_review_fr", { mode: "boolean" }).notNull().default(false),
    /** Retired: hidden from new respondents, kept with its answers for the report. */
    retiredAt: integer("retired_at", { mode: "timestamp_ms" }),
    /** The answer page offers an optional "Canadian law or provision" field. */
    askCitation: integer("ask_citation", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    uniqueIndex("questions_consultation_key_unique").on(t.consultationId, t.key),
    uniqueIndex("questions_consultation_number_unique").on(t.consultationId, t.number),
  ],
);

/**
 * Every wording of a question that organizations could answer. Version 1 is
 * the first; a change of wording after answers exist adds the next one, so an
 * answer always shows the text it replied to (responses.question_version).
 */
export const questionVersions = sqliteTable(
  "question_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    version: integer("version").notNull(),
    article: text("article").notNull(),
    articleTitleEn: text("article_title_en").notNull(),
    articleTitleFr: text("article_title_fr").notNull(),
    promptEn: text("prompt_en").notNull(),
    promptFr: text("prompt_fr").notNull(),
    guidanceEn: text("guidance_en").notNull(),
    guidanceFr: text("guidance_fr").notNull(),
    createdByUserId: integer("created_by_user_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("question_versions_question_version_unique").on(t.questionId, t.version)],
);

// --- People ----------------------------------------------------------------

export const organizations = sqliteTable(
  "organizations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    /** Lower-cased, accent- and punctuation-free name, to find duplicates. */
    nameKey: text("name_key").notNull(),
    type: text("type", { enum: ORGANIZATION_TYPES }).notNull(),
    /** A province or territory code (ON, QC, …), or "outside" with `country`. */
    region: text("region").notNull(),
    country: text("country"),
    website: text("website"),
    /** The website's host without "www.", to find duplicates. */
    websiteDomain: text("website_domain"),
    mandate: text("mandate").notNull(),
    consentPublishName: integer("consent_publish_name", { mode: "boolean" }).notNull().default(false),
    consentQuote: text("consent_quote", { enum: QUOTE_CONSENTS }).notNull().default("none"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("organizations_name_key_unique").on(t.nameKey),
    index("organizations_website_domain_idx").on(t.websiteDomain),
    // The staff queue's filters on an organization, read densely by id (see responses_queue_idx).
    index("organizations_queue_idx").on(t.id, t.type, t.region, t.consentQuote),
  ],
);

export type Role = (typeof ROLES)[number];

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stored lower-cased. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull().default("respondent"),
    organizationId: integer("organization_id").references(() => organizations.id, {
      onDelete: "cascade",
    }),
    language: text("language", { enum: LANGS }).notNull().default("en"),
    createdAt: createdAt(),
    lastSignInAt: integer("last_sign_in_at", { mode: "timestamp_ms" }),
    /**
     * When an admin removed this staff member. The row stays (the audit log
     * names its actors); the person can no longer sign in, and their
     * sessions were revoked at that moment.
     */
    removedAt: integer("removed_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email), index("users_organization_idx").on(t.organizationId)],
);

/** Database sessions, so a session can be revoked. The cookie holds the id. */
export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the random token held in the cookie. */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Emailed sign-in links: hashed, single use, short-lived. */
export const signInTokens = sqliteTable(
  "sign_in_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    /**
     * SHA-256 of the browser key (a cookie) of the browser that asked for the
     * link: opening it in that browser signs in at once; anywhere else the
     * page first says the link was asked for elsewhere (docs/decisions/005).
     */
    requestedBy: text("requested_by"),
  },
  (t) => [uniqueIndex("sign_in_tokens_hash_unique").on(t.tokenHash), index("sign_in_tokens_user_idx").on(t.userId)],
);

/**
 * A contact's invitation of a colleague to answer for their organization.
 * Nothing is created for the invited address until its owner opens the
 * emailed link, sees which organization invites them and accepts: an
 * address nobody has registered yet cannot be claimed by inviting it.
 */
export const invitations = sqliteTable(
  "invitations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** Stored lower-cased. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    language: text("language", { enum: LANGS }).notNull(),
    invitedByUserId: integer("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    /** SHA-256 of the token in the emailed link. */
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
    declinedAt: integer("declined_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("invitations_token_hash_unique").on(t.tokenHash), index("invitations_organization_idx").on(t.organizationId)],
);

// --- Answers ---------------------------------------------------------------

export type ClosedAnswer = (typeof CLOSED_ANSWERS)[number];

/** The current answer of one organization to one question. */
export const responses = sqliteTable(
  "responses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    closedAnswer: text("closed_answer", { enum: CLOSED_ANSWERS }),
    text: text("text").notNull().default(""),
    /** The Canadian law or provision the organization cites, where the question asks for one. */
    citation: text("citation").notNull().default(""),
    language: text("language", { enum: LANGS }).notNull(),
    state: text("state", { enum: RESPONSE_STATES }).notNull().default("draft"),
    /** Incremented on every save; a save names the version it started from. */
    version: integer("version").notNull().default(1),
    /** The wording of the question this answer replied to (question_versions.version). */
    questionVersion: integer("question_version").notNull().default(1),
    updatedByUserId: integer("updated_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    /**
     * The answer's place in the order of submission (1, 2, 3…), null while
     * it is a draft; given by the search index's triggers when the answer is
     * submitted (migration 0018), in the order the submissions commit. It is
     * the search index's rowid, so a search walks its matches newest first
     * and stops when the page is full (ADR 014). "Newest" in the queue means
     * this order.
     */
    submittedSeq: integer("submitted_seq"),
  },
  (t) => [
    uniqueIndex("responses_org_question_unique").on(t.organizationId, t.questionId),
    // Also covers the report figures' scan (question, state, organization,
    // closed answer, language) so it never reads the answers' text: measured
    // at 100,000 answers, the figures took 1.15 s reading the table rows.
    index("responses_question_state_idx").on(t.questionId, t.state, t.organizationId, t.closedAnswer, t.language),
    // The staff queue's default order (newest submitted first, the order of
    // submission): a page is read from this index instead of sorting every
    // submitted answer.
    index("responses_state_submitted_idx").on(t.state, t.submittedSeq, t.id),
    // The staff queue under a search: each answer the search finds is looked
    // up by id for its filters (state, question, organization, language).
    // Keyed by id, this index holds those columns densely (~40 bytes an
    // answer), where the table's rows hold the text (a page or more each): a
    // thousand matches read a few dozen pages instead of a thousand. SQLite
    // looks ids up in the table itself unless told (INDEXED BY in queue.server.ts).
    index("responses_queue_idx").on(t.id, t.state, t.questionId, t.organizationId, t.language, t.submittedAt),
    // The same columns keyed by the order of submission: what a search's
    // matches (the index's rowids) are joined on, and the queue's newest and
    // oldest orders read without sorting.
    index("responses_submitted_seq_idx").on(t.submittedSeq, t.id, t.state, t.questionId, t.organizationId, t.language),
  ],
);

/** Every saved version of every answer; never updated, never deleted by staff. */
export const responseRevisions = sqliteTable(
  "response_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    closedAnswer: text("closed_answer", { enum: CLOSED_ANSWERS }),
    text: text("text").notNull(),
    citation: text("citation").notNull().default(""),
    language: text("language", { enum: LANGS }).notNull(),
    state: text("state", { enum: RESPONSE_STATES }).notNull(),
    questionVersion: integer("question_version").notNull().default(1),
    savedByUserId: integer("saved_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    savedAt: integer("saved_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("response_revisions_response_version_unique").on(t.responseId, t.version)],
);

/** An organization's submission of its answers to one consultation. */
export const submissions = sqliteTable(
  "submissions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    consultationId: integer("consultation_id")
      .notNull()
      .references(() => consultations.id),
    /** Short, unambiguous reference, e.g. C1-7K3Q-9XPA. */
    receiptNumber: text("receipt_number").notNull(),
    submittedByUserId: integer("submitted_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    firstSubmittedAt: integer("first_submitted_at", { mode: "timestamp_ms" }).notNull(),
    lastSubmittedAt: integer("last_submitted_at", { mode: "timestamp_ms" }).notNull(),
    /** How many times it was submitted (1 = never amended). */
    submissionCount: integer("submission_count").notNull().default(1),
  },
  (t) => [
    uniqueIndex("submissions_org_consultation_unique").on(t.organizationId, t.consultationId),
    uniqueIndex("submissions_receipt_unique").on(t.receiptNumber),
  ],
);

// --- Moderation ------------------------------------------------------------

/** Staff's decision on a submitted answer; the original text stays in `responses`. */
export const moderation = sqliteTable(
  "moderation",
  {
    responseId: integer("response_id")
      .primaryKey()
      .references(() => responses.id, { onDelete: "cascade" }),
    state: text("state", { enum: MODERATION_STATES }).notNull().default("pending"),
    reason: text("reason"),
    /** The text as it may be published, with personal information removed. */
    redactedText: text("redacted_text"),
    updatedByUserId: integer("updated_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("moderation_state_idx").on(t.state),
    // The staff queue's state filter under a search, read densely by answer (see responses_queue_idx).
    index("moderation_queue_idx").on(t.responseId, t.state),
  ],
);

/** Themes staff use to tag answers, per consultation, in both languages. */
export const themes = sqliteTable(
  "themes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    consultationId: integer("consultation_id")
      .notNull()
      .references(() => consultations.id),
    key: text("key").notNull(),
    labelEn: text("label_en").notNull(),
    labelFr: text("label_fr").notNull(),
    descriptionEn: text("description_en").notNull(),
    descriptionFr: text("description_fr").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("themes_consultation_key_unique").on(t.consultationId, t.key)],
);

export const responseThemes = sqliteTable(
  "response_themes",
  {
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
    /** Whether staff tagged by hand or confirmed a suggestion. */
    source: text("source", { enum: THEME_SOURCES }).notNull(),
    taggedByUserId: integer("tagged_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    taggedAt: integer("tagged_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.themeId] }), index("response_themes_theme_idx").on(t.themeId)],
);

// --- Infrastructure --------------------------------------------------------

/**
 * Email outbox: a request writes its message here in the same transaction as
 * the change that caused it; a worker delivers it (see app/models/email/outbox.server.ts).
 */
export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Sent to the provider so a retried delivery is never sent twice. */
    idempotencyKey: text("idempotency_key").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    language: text("language", { enum: LANGS }).notNull(),
    /** What kind of message: sign-in, receipt, invitation… */
    kind: text("kind").notNull(),
    state: text("state", { enum: OUTBOX_STATES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    lastError: text("last_error"),
    providerId: text("provider_id"),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("email_outbox_idempotency_unique").on(t.idempotencyKey), index("email_outbox_due_idx").on(t.state, t.nextAttemptAt)],
);

/** Append-only record of every staff action: who, what, which record, before/after. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // No ON DELETE action: the log is append-only (triggers in migration 0001
    // refuse UPDATE and DELETE), so a staff account with history cannot be
    // deleted, only have its role removed.
    actorUserId: integer("actor_user_id").references(() => users.id),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    /** JSON snapshots of the record before and after the action. */
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entityType, t.entityId), index("audit_log_created_idx").on(t.createdAt)],
);

/**
 * Fixed-window request counters (sign-in links, registration, saves), kept in
 * SQLite so limits hold across restarts and between the server and scripts.
 */
export const rateLimits = sqliteTable("rate_limits", {
  /** What is limited and for whom, e.g. "sign-in:email:ana@example.org". */
  key: text("key").primaryKey(),
  windowStart: integer("window_start", { mode: "timestamp_ms" }).notNull(),
  count: integer("count").notNull(),
});

// --- Staff workspace -------------------------------------------------------

/** Internal notes staff leave on an answer; never shown to the organization or the public. */
export const moderationNotes = sqliteTable(
  "moderation_notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    authorUserId: integer("author_user_id").references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("moderation_notes_response_idx").on(t.responseId)],
);

/**
 * Quotable excerpts staff mark in the public (redacted) text of an answer.
 * Only from organizations that consented to be quoted; the text is copied so
 * a later redaction does not silently change a quote already chosen.
 */
export const quotes = sqliteTable(
  "quotes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    createdByUserId: integer("created_by_user_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("quotes_response_idx").on(t.responseId)],
);

/** Theme suggestions staff dismissed for an answer, so they are not offered again. */
export const themeDismissals = sqliteTable(
  "theme_dismissals",
  {
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
    dismissedByUserId: integer("dismissed_by_user_id").references(() => users.id),
    dismissedAt: integer("dismissed_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.themeId] })],
);

/**
 * Near-duplicate (campaign) grouping: each submitted answer's MinHash
 * signature, and the group it joined when it arrived. An answer alone in its
 * group is not a campaign.
 */
export const responseSignatures = sqliteTable(
  "response_signatures",
  {
    responseId: integer("response_id")
      .primaryKey()
      .references(() => responses.id, { onDelete: "cascade" }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    /** The MinHash signature, as JSON array of 32-bit integers. */
    signature: text("signature").notNull(),
    /** The id of the first answer of the group (itself when it started one). */
    groupId: integer("group_id").notNull(),
  },
  (t) => [index("response_signatures_question_idx").on(t.questionId), index("response_signatures_group_idx").on(t.groupId)],
);

// --- Report ----------------------------------------------------------------

/** The report's own texts for one consultation, as staff are writing them. */
export const reportDrafts = sqliteTable("report_drafts", {
  consultationId: integer("consultation_id")
    .primaryKey()
    .references(() => consultations.id),
  /** Markdown, sanitized when rendered. */
  introEn: text("intro_en").notNull().default(""),
  introFr: text("intro_fr").notNull().default(""),
  acknowledgementsEn: text("acknowledgements_en").notNull().default(""),
  acknowledgementsFr: text("acknowledgements_fr").notNull().default(""),
  updatedByUserId: integer("updated_by_user_id").references(() => users.id),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/** Per question: the summary and key points staff write, in both languages (Markdown). */
export const questionSummaries = sqliteTable("question_summaries", {
  questionId: integer("question_id")
    .primaryKey()
    .references(() => questions.id),
  summaryEn: text("summary_en").notNull().default(""),
  summaryFr: text("summary_fr").notNull().default(""),
  /** One key point per line. */
  keyPointsEn: text("key_points_en").notNull().default(""),
  keyPointsFr: text("key_points_fr").notNull().default(""),
  updatedByUserId: integer("updated_by_user_id").references(() => users.id),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/** Quotable excerpts staff picked for the report, in the order they appear under their question. */
export const reportQuotes = sqliteTable("report_quotes", {
  quoteId: integer("quote_id")
    .primaryKey()
    .references(() => quotes.id, { onDelete: "cascade" }),
  position: integer("position").notNull(),
  pickedByUserId: integer("picked_by_user_id").references(() => users.id),
  pickedAt: integer("picked_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * Published versions of a consultation's report. Each is a frozen snapshot
 * (JSON of ReportDocument, app/models/report/types.ts): figures, texts and
 * quotes as they were when published, so a version never changes after the
 * fact. A newer version marks the older one replaced; unpublishing keeps the
 * row (with its reason) and takes the page down.
 */
export const reportVersions = sqliteTable(
  "report_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    consultationId: integer("consultation_id")
      .notNull()
      .references(() => consultations.id),
    version: integer("version").notNull(),
    snapshot: text("snapshot").notNull(),
    publishedByUserId: integer("published_by_user_id").references(() => users.id),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }).notNull(),
    replacedAt: integer("replaced_at", { mode: "timestamp_ms" }),
    unpublishedAt: integer("unpublished_at", { mode: "timestamp_ms" }),
    unpublishReason: text("unpublish_reason"),
  },
  (t) => [uniqueIndex("report_versions_consultation_version_unique").on(t.consultationId, t.version)],
);

// --- Kept counts -------------------------------------------------------------
//
// Summary tables the staff queue's filter counts and the report figures are
// read from, so neither reads every answer. Kept by SQLite triggers in the
// same transaction as every change that moves a count (a submission, an
// amendment, a moderation decision, a theme tag, a regrouping of
// near-identical answers, an organization's type, region or quote consent,
// a deletion): migration 0011_kept_counts.sql, where the triggers are and
// why. Only submitted answers are counted. A row whose count fell to zero may
// stay: readers ask for n > 0. `npm run db:rebuild-counts` recounts them all.

/** Submitted answers per question and the queue's own filter values (no closed answer, so the queue reads few rows). */
export const queueCounts = sqliteTable(
  "queue_counts",
  {
    questionId: integer("question_id").notNull(),
    /** The moderation state, 'pending' without a moderation row. */
    state: text("state", { enum: MODERATION_STATES }).notNull(),
    orgType: text("org_type", { enum: ORGANIZATION_TYPES }).notNull(),
    region: text("region").notNull(),
    language: text("language", { enum: LANGS }).notNull(),
    /** 1 when the organization lets its answers be quoted. */
    quotable: integer("quotable").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.questionId, t.state, t.orgType, t.region, t.language, t.quotable] }),
    // One covering index per filter: the queue groups the rows by each filter
    // in turn, and reads them in this order instead of sorting them (measured
    // at a million answers: a third of the time of the counts).
    index("queue_counts_question_idx").on(t.questionId, t.n),
    index("queue_counts_state_idx").on(t.state, t.n),
    index("queue_counts_org_type_idx").on(t.orgType, t.n),
    index("queue_counts_region_idx").on(t.region, t.n),
    index("queue_counts_language_idx").on(t.language, t.n),
    index("queue_counts_quotable_idx").on(t.quotable, t.n),
  ],
);

/** Submitted answers per question, moderation state and the report's breakdowns (closed answer '' when none). */
export const answerCounts = sqliteTable(
  "answer_counts",
  {
    questionId: integer("question_id").notNull(),
    state: text("state", { enum: MODERATION_STATES }).notNull(),
    orgType: text("org_type", { enum: ORGANIZATION_TYPES }).notNull(),
    region: text("region").notNull(),
    language: text("language", { enum: LANGS }).notNull(),
    closedAnswer: text("closed_answer").notNull(),
    n: integer("n").notNull(),
  },
  // In the order the report groups by (state last, only filtered on), so its grouping needs no sort.
  (t) => [primaryKey({ columns: [t.questionId, t.orgType, t.region, t.closedAnswer, t.language, t.state] })],
);

/** Submitted answers per theme they are tagged with, with the queue's filter values. */
export const themeCounts = sqliteTable(
  "theme_counts",
  {
    themeId: integer("theme_id").notNull(),
    questionId: integer("question_id").notNull(),
    state: text("state", { enum: MODERATION_STATES }).notNull(),
    orgType: text("org_type", { enum: ORGANIZATION_TYPES }).notNull(),
    region: text("region").notNull(),
    language: text("language", { enum: LANGS }).notNull(),
    quotable: integer("quotable").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.themeId, t.questionId, t.state, t.orgType, t.region, t.language, t.quotable] }),
    index("theme_counts_theme_idx").on(t.themeId, t.n),
  ],
);

/** Counted answers (submitted, not rejected) per near-identical group. */
export const campaignCounts = sqliteTable(
  "campaign_counts",
  {
    groupId: integer("group_id").primaryKey(),
    questionId: integer("question_id").notNull(),
    n: integer("n").notNull(),
  },
  // The report reads the groups of two or more, per question, from this index.
  (t) => [index("campaign_counts_question_n_idx").on(t.questionId, t.n)],
);

/**
 * Counted answers (submitted, not rejected) per organization and consultation,
 * with the organization's type and region as they are (a change of either
 * moves the count to a new row), so the report counts organizations by type
 * and region from this table's index alone, without a join.
 */
export const organizationCounts = sqliteTable(
  "organization_counts",
  {
    consultationId: integer("consultation_id").notNull(),
    organizationId: integer("organization_id").notNull(),
    orgType: text("org_type", { enum: ORGANIZATION_TYPES }).notNull(),
    region: text("region").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.consultationId, t.organizationId, t.orgType, t.region] }),
    index("organization_counts_figures_idx").on(t.consultationId, t.orgType, t.region, t.n),
  ],
);
