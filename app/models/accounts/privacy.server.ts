// An organization's privacy tools: everything we hold about it, as one file it
// can download, and the deletion of its account. The decisions (what the file
// holds and leaves out, what deletion erases and what it keeps) are recorded
// in docs/decisions/004-organization-data-and-deletion.md; the privacy notice
// (app/content/privacy.ts) and the delete page say the same.
//
// Deletion, in one transaction:
// - Erased: the organization's row and, through ON DELETE CASCADE, its
//   answers, every revision, submissions and receipts, moderation decisions,
//   themes, near-duplicate signatures, staff notes, marked quotes and their
//   place in the report draft (report_quotes), and the full-text index rows
//   (the responses_fts delete trigger). Sessions and sign-in links of its
//   contacts; outbox messages addressed to them (receipts hold copies of the
//   answers); rate-limit counters keyed by their address.
// - Anonymized, not deleted: the contacts' user rows. audit_log references
//   users.id and is append-only, and the deletion itself is audited with the
//   respondent as actor, so the row must stay; it keeps no name, no email
//   (a unique address under the reserved .invalid domain, RFC 2606, that no
//   mail can reach), no organization and no sign-in time.
// - Kept as they are: published report versions. They are frozen, citable
//   public records and hold no personal information (no contact details ever;
//   quotes come from redacted text; an organization is named only with its
//   consent, and an organization's name is not personal information about an
//   individual). The next version is built from live data, so it has neither
//   the organization's quotes nor its name. Staff can still unpublish a
//   version with a reason and publish a corrected one if one ever held
//   personal information. The audit log's earlier entries about staff actions
//   on the answers stay too: the log cannot be changed.
// - Written: one confirmation email per contact, in their language, queued
//   before their address is erased (the queued message is the only copy of
//   the address left, until it is delivered and the outbox is purged); one
//   audit row, actor the respondent, with counts and receipt numbers only.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import {
  consultations,
  emailOutbox,
  moderation,
  organizations,
  questions,
  quotes,
  rateLimits,
  reportQuotes,
  reportVersions,
  responseRevisions,
  responses,
  responseThemes,
  sessions,
  signInTokens,
  submissions,
  themes,
  users,
} from "~db/schema";
import { accountDeletedEmail } from "../../../emails/account-deleted";
import { t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { audit } from "../audit.server";
import type { Respondent } from "./auth.server";
import { enqueueEmail } from "../email/outbox.server";
import { organizationNameKey } from "~/lib/organization-keys";
import type { ReportDocument } from "../report/types";

/** What an anonymized contact is called wherever a user's name is shown (the audit log). */
export const DELETED_CONTACT_NAME = "Deleted contact / Personne-ressource supprimée";
/** The reserved top-level domain of anonymized addresses: no mail can be delivered there. */
export const DELETED_EMAIL_DOMAIN = "deleted.invalid";

export const ORGANIZATION_DATA_FORMAT = "untoc-consultation/organization-data";
export const ORGANIZATION_DATA_VERSION = 1;

/** The download's file name: the organization's id, not its name (names need no escaping this way). */
export function organizationDataFileName(organizationId: number, now = new Date()): string {
  return `organization-${organizationId}-data-${now.toISOString().slice(0, 10)}.json`;
}

/** The delete form: the organization's name, typed (compared with confirmsName). Here so zod stays server-side. */
export const deletionSchema = z.object({
  confirmName: z.string().trim().min(1, "required").max(300, "tooLong"),
});

/** Whether the typed confirmation is the organization's name (case, accents and punctuation aside). */
export function confirmsName(typed: string, organizationName: string): boolean {
  return typed.trim() !== "" && organizationNameKey(typed) === organizationNameKey(organizationName);
}

// --- Published versions that mention the organization -------------------

export interface PublishedMention {
  consultation: { clusterId: number; slug: string; title: { en: string; fr: string } };
  version: number;
  publishedAt: string;
  /** Set when the version was taken down (it stays stored, with its reason). */
  unpublishedAt: string | null;
  /** In the list of participating organizations. */
  named: boolean;
  /** Quotations from the organization's answers in that version, as published. */
  quotes: { questionNumber: number; text: string; attributedByName: boolean }[];
}

/**
 * Every stored report version (published or later taken down) that names the
 * organization or contains one of its quotes. A snapshot does not record which
 * answer a quote came from, so a quote is the organization's when it is
 * attributed to its name, or when its text is one the staff marked in the
 * organization's answer to the same question.
 */
export function publishedMentions(organizationId: number): PublishedMention[] {
  const db = getDb();
  const organization = db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId)).get();
  if (!organization) return [];
  const own = db
    .select({ consultationId: questions.consultationId, number: questions.number, text: quotes.text })
    .from(quotes)
    .innerJoin(responses, eq(responses.id, quotes.responseId))
    .innerJoin(questions, eq(questions.id, responses.questionId))
    .where(eq(responses.organizationId, organizationId))
    .all();
  const ownKey = new Set(own.map((q) => `${q.consultationId}:${q.number}:${q.text}`));
  const versions = db
    .select({ version: reportVersions, consultation: consultations })
    .from(reportVersions)
    .innerJoin(consultations, eq(consultations.id, reportVersions.consultationId))
    .orderBy(asc(consultations.clusterId), asc(reportVersions.version))
    .all();
  const mentions: PublishedMention[] = [];
  for (const { version, consultation } of versions) {
    const document = JSON.parse(version.snapshot) as ReportDocument;
    const named = document.organizations.some((o) => o.name === organization.name);
    const found = document.questions.flatMap((q) =>
      q.quotes
        .filter((quote) => quote.attribution === organization.name || ownKey.has(`${consultation.id}:${q.number}:${quote.text}`))
        .map((quote) => ({ questionNumber: q.number, text: quote.text, attributedByName: quote.attribution === organization.name })),
    );
    if (!named && found.length === 0) continue;
    mentions.push({
      consultation: {
        clusterId: consultation.clusterId,
        slug: consultation.slug,
        title: { en: consultation.titleEn, fr: consultation.titleFr },
      },
      version: version.version,
      publishedAt: version.publishedAt.toISOString(),
      unpublishedAt: version.unpublishedAt?.toISOString() ?? null,
      named,
      quotes: found,
    });
  }
  return mentions;
}

// --- The download ----------------------------------------------------------

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

/**
 * Everything we hold about the organization, for the organization (Privacy
 * Act right of access, self-served). Its own people's names and emails are
 * in it: they are the organization's own data. Left out, and said so in
 * `notes`: staff's internal notes, the free text of a rejection reason, and
 * which staff member did what. Those are staff working records, obtainable
 * through a formal access request.
 */
export function organizationData(organizationId: number, lang: Lang, now = new Date()) {
  const db = getDb();
  const organization = db.select().from(organizations).where(eq(organizations.id, organizationId)).get();
  if (!organization) return null;
  const people = db.select().from(users).where(eq(users.organizationId, organizationId)).orderBy(asc(users.createdAt), asc(users.id)).all();
  // Only the organization's own people are named as the ones who saved or submitted.
  const nameOf = new Map(people.map((u) => [u.id, u.name]));
  const savedBy = (id: number | null) => (id === null ? null : (nameOf.get(id) ?? null));

  const answerRows = db
    .select({ response: responses, question: questions, consultation: consultations, moderation })
    .from(responses)
    .innerJoin(questions, eq(questions.id, responses.questionId))
    .innerJoin(consultations, eq(consultations.id, questions.consultationId))
    .leftJoin(moderation, eq(moderation.responseId, responses.id))
    .where(eq(responses.organizationId, organizationId))
    .orderBy(asc(consultations.clusterId), asc(questions.number))
    .all();
  const responseIds = answerRows.map((r) => r.response.id);
  const revisions = responseIds.length
    ? db
        .select()
        .from(responseRevisions)
        .where(inArray(responseRevisions.responseId, responseIds))
        .orderBy(asc(responseRevisions.version))
        .all()
    : [];
  const tagged = responseIds.length
    ? db
        .select({ responseId: responseThemes.responseId, key: themes.key, en: themes.labelEn, fr: themes.labelFr })
        .from(responseThemes)
        .innerJoin(themes, eq(themes.id, responseThemes.themeId))
        .where(inArray(responseThemes.responseId, responseIds))
        .orderBy(asc(themes.key))
        .all()
    : [];
  const marked = responseIds.length
    ? db.select().from(quotes).where(inArray(quotes.responseId, responseIds)).orderBy(asc(quotes.id)).all()
    : [];
  const mentions = publishedMentions(organizationId);

  const submissionRows = db
    .select({ submission: submissions, consultation: consultations })
    .from(submissions)
    .innerJoin(consultations, eq(consultations.id, submissions.consultationId))
    .where(eq(submissions.organizationId, organizationId))
    .orderBy(asc(consultations.clusterId))
    .all();

  return {
    format: ORGANIZATION_DATA_FORMAT,
    formatVersion: ORGANIZATION_DATA_VERSION,
    generatedAt: now.toISOString(),
    language: lang,
    notes: t(lang).accountPrivacy.fileNotes,
    organization: {
      id: organization.id,
      name: organization.name,
      type: organization.type,
      region: organization.region,
      country: organization.country,
      website: organization.website,
      mandate: organization.mandate,
      registeredAt: iso(organization.createdAt),
      consents: { publishName: organization.consentPublishName, quote: organization.consentQuote },
    },
    people: people.map((u) => ({
      name: u.name,
      email: u.email,
      language: u.language,
      createdAt: iso(u.createdAt),
      lastSignInAt: iso(u.lastSignInAt),
    })),
    submissions: submissionRows.map(({ submission, consultation }) => ({
      consultation: { clusterId: consultation.clusterId, slug: consultation.slug },
      receiptNumber: submission.receiptNumber,
      firstSubmittedAt: iso(submission.firstSubmittedAt),
      lastSubmittedAt: iso(submission.lastSubmittedAt),
      submissionCount: submission.submissionCount,
      lastSubmittedBy: savedBy(submission.submittedByUserId),
    })),
    answers: answerRows.map(({ response, question, consultation, moderation: decision }) => {
      const ownQuotes = marked.filter((q) => q.responseId === response.id);
      return {
        consultation: { clusterId: consultation.clusterId, slug: consultation.slug },
        question: { number: question.number, article: question.article, prompt: { en: question.promptEn, fr: question.promptFr } },
        state: response.state,
        closedAnswer: response.closedAnswer,
        text: response.text,
        language: response.language,
        version: response.version,
        updatedAt: iso(response.updatedAt),
        updatedBy: savedBy(response.updatedByUserId),
        submittedAt: iso(response.submittedAt),
        revisions: revisions
          .filter((r) => r.responseId === response.id)
          .map((r) => ({
            version: r.version,
            state: r.state,
            closedAnswer: r.closedAnswer,
            text: r.text,
            language: r.language,
            savedAt: iso(r.savedAt),
            savedBy: savedBy(r.savedByUserId),
          })),
        // Drafts are never moderated; a submitted answer staff have not touched is pending.
        moderation:
          response.state === "submitted"
            ? {
                state: decision?.state ?? "pending",
                // The category only: what staff wrote after it is an internal note.
                reason: decision?.reason ? decision.reason.split(":")[0]!.trim() : null,
                publicText: decision?.redactedText ?? response.text,
                redacted: decision?.redactedText != null,
                decidedAt: iso(decision?.updatedAt),
              }
            : null,
        themes: tagged.filter((x) => x.responseId === response.id).map((x) => ({ key: x.key, label: { en: x.en, fr: x.fr } })),
        quotations: ownQuotes.map((q) => ({
          text: q.text,
          markedAt: iso(q.createdAt),
          publishedIn: mentions
            .filter(
              (m) =>
                m.consultation.slug === consultation.slug &&
                m.quotes.some((x) => x.questionNumber === question.number && x.text === q.text),
            )
            .map((m) => m.version),
        })),
      };
    }),
    publishedReportVersions: mentions,
  };
}

export type OrganizationData = NonNullable<ReturnType<typeof organizationData>>;

// --- Deletion ----------------------------------------------------------------

export interface DeletionResult {
  contactsNotified: number;
}

/**
 * Deletes the account of the respondent's organization, for every one of its
 * people (see the top of this file for what goes, what stays and why).
 * The caller signs the respondent out (clears the cookie); their session is
 * already gone.
 */
export function deleteOrganizationAccount(actor: Respondent, now = new Date()): DeletionResult | null {
  const organizationId = actor.organization.id;
  // Read before the transaction: it parses every published snapshot.
  const mentions = publishedMentions(organizationId);
  return getDb().transaction((tx): DeletionResult | null => {
    const organization = tx.select().from(organizations).where(eq(organizations.id, organizationId)).get();
    if (!organization) return null;
    const people = tx.select().from(users).where(eq(users.organizationId, organizationId)).all();
    const peopleIds = people.map((u) => u.id);
    const count = (query: { get(): { n: number } | undefined }) => query.get()?.n ?? 0;
    const answerIds = tx
      .select({ id: responses.id })
      .from(responses)
      .where(eq(responses.organizationId, organizationId))
      .all()
      .map((r) => r.id);
    const receipts = tx
      .select({ receiptNumber: submissions.receiptNumber })
      .from(submissions)
      .where(eq(submissions.organizationId, organizationId))
      .all()
      .map((s) => s.receiptNumber);
    const counts = answerIds.length
      ? {
          answers: answerIds.length,
          revisions: count(
            tx
              .select({ n: sql<number>`count(*)` })
              .from(responseRevisions)
              .where(inArray(responseRevisions.responseId, answerIds)),
          ),
          quotes: count(
            tx
              .select({ n: sql<number>`count(*)` })
              .from(quotes)
              .where(inArray(quotes.responseId, answerIds)),
          ),
          quotesInReportDraft: count(
            tx
              .select({ n: sql<number>`count(*)` })
              .from(reportQuotes)
              .innerJoin(quotes, eq(quotes.id, reportQuotes.quoteId))
              .where(inArray(quotes.responseId, answerIds)),
          ),
        }
      : { answers: 0, revisions: 0, quotes: 0, quotesInReportDraft: 0 };

    // Messages already written to these people (receipts carry copies of the
    // answers) go; the confirmation queued next is the last one.
    const addresses = people.map((u) => u.email);
    if (addresses.length) tx.delete(emailOutbox).where(inArray(emailOutbox.toAddress, addresses)).run();
    for (const address of addresses) {
      // Rate-limit keys end with the address they count ("sign-in:email:…").
      const suffix = `:${address}`;
      tx.delete(rateLimits)
        .where(sql`substr(${rateLimits.key}, -${suffix.length}) = ${suffix}`)
        .run();
    }
    for (const person of people) {
      enqueueEmail(
        tx,
        {
          to: person.email,
          lang: person.language,
          kind: "account-deleted",
          idempotencyKey: `account-deleted-${organizationId}-${person.id}`,
          ...accountDeletedEmail({
            lang: person.language,
            contactName: person.name,
            actorName: actor.name,
            organizationName: organization.name,
            deletedAt: now,
          }),
        },
        now,
      );
    }

    if (peopleIds.length) {
      tx.delete(sessions).where(inArray(sessions.userId, peopleIds)).run();
      tx.delete(signInTokens).where(inArray(signInTokens.userId, peopleIds)).run();
      for (const id of peopleIds) {
        tx.update(users)
          .set({
            name: DELETED_CONTACT_NAME,
            email: `deleted-${id}-${randomBytes(8).toString("hex")}@${DELETED_EMAIL_DOMAIN}`,
            organizationId: null,
            lastSignInAt: null,
          })
          .where(eq(users.id, id))
          .run();
      }
    }

    // No name, no address: counts, receipt numbers and the published versions
    // that keep mentioning the organization, so staff can answer questions later.
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "account.delete",
        entityType: "organization",
        entityId: organizationId,
        before: {
          contacts: peopleIds.length,
          ...counts,
          receiptNumbers: receipts,
          publishedVersionsMentioning: mentions.map((m) => ({
            slug: m.consultation.slug,
            version: m.version,
            named: m.named,
            quotes: m.quotes.length,
          })),
        },
        after: { deleted: true, anonymizedUserIds: peopleIds },
      },
      now,
    );

    // Cascades to answers, revisions, submissions, moderation, themes, quotes
    // and their report_quotes, notes, signatures (see db/schema.ts).
    tx.delete(organizations).where(eq(organizations.id, organizationId)).run();
    return { contactsNotified: people.length };
  });
}

/** For the delete page: how many people lose access, and the published versions that stay. */
export function deletionPreview(organizationId: number) {
  const people =
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(eq(users.organizationId, organizationId))
      .get()?.n ?? 0;
  const published = publishedMentions(organizationId)
    .filter((m) => m.unpublishedAt === null)
    .map((m) => ({ title: m.consultation.title, version: m.version, named: m.named, quotes: m.quotes.length }));
  return { people, published };
}
