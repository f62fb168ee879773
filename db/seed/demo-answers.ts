// Demo answers: FICTIONAL organizations, contacts and submitted answers for the
// Cluster 1 consultation, for the demo only, so a person trying the portal sees
// the staff workspace and the report with something in them. The content is
// in ./demo-answers-content.ts; this module only writes it.
//
// The moderation and theme rows stand for a demo staff team's work, left
// midway. They are written with no staff user (updatedByUserId and
// taggedByUserId null) and with no audit rows, because no staff member acted:
// the audit log records real people's decisions only.
//
// Idempotent: an organization whose name key (or contact email) already exists
// is skipped with everything it would have brought. Deterministic apart from
// receipt numbers: dates follow each organization's position in the list.
import { eq } from "drizzle-orm";
import { organizationNameKey, websiteDomain } from "~/lib/organization-keys";
import { newReceiptNumber } from "~/models/respond/receipt-number.server";
import type { Db } from "../client.server";
import {
  consultations,
  moderation,
  organizations,
  questions,
  responseRevisions,
  responses,
  responseThemes,
  submissions,
  themes,
  users,
} from "../schema";
import { cluster1Consultation } from "./clusters";
import { demoOrganizations } from "./demo-answers-content";

const HOUR = 3600_000;

/**
 * Inserts the demo organizations with their contact, submitted answers (each
 * with its first revision), submission receipt, moderation state and themes,
 * in one transaction. Submissions are spread evenly between the consultation's
 * opening and `now`. Returns the number of rows inserted (0 when all exist).
 */
export function seedDemoAnswers(db: Db, now: Date): number {
  return db.transaction((tx) => {
    const consultation = tx.select().from(consultations).where(eq(consultations.slug, cluster1Consultation.slug)).get();
    if (!consultation) throw new Error("Seed the Cluster 1 consultation before its demo answers.");

    const questionByNumber = new Map(
      tx
        .select()
        .from(questions)
        .where(eq(questions.consultationId, consultation.id))
        .all()
        .map((q) => [q.number, q]),
    );
    const themeIdByKey = new Map(
      tx
        .select()
        .from(themes)
        .where(eq(themes.consultationId, consultation.id))
        .all()
        .map((t) => [t.key, t.id]),
    );

    const start = Math.min(consultation.opensAt.getTime(), now.getTime());
    const span = now.getTime() - start;
    let inserted = 0;

    demoOrganizations.forEach((demo, index) => {
      const nameKey = organizationNameKey(demo.name);
      const email = demo.contact.email.toLowerCase();
      const exists =
        tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.nameKey, nameKey)).get() ??
        tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
      if (exists) return;

      // Evenly spaced over the open period, never at its very start or at `now`.
      const submittedAt = new Date(start + Math.floor((span * (index + 1)) / (demoOrganizations.length + 1)));
      const registeredAt = new Date(Math.max(start, submittedAt.getTime() - 2 * HOUR));

      const organization = tx
        .insert(organizations)
        .values({
          name: demo.name,
          nameKey,
          type: demo.type,
          region: demo.region,
          country: demo.country ?? null,
          website: demo.website,
          websiteDomain: websiteDomain(demo.website),
          mandate: demo.mandate,
          consentPublishName: demo.consentPublishName,
          consentQuote: demo.consentQuote,
          createdAt: registeredAt,
        })
        .returning({ id: organizations.id })
        .get();
      const user = tx
        .insert(users)
        .values({
          email,
          name: demo.contact.name,
          role: "respondent",
          organizationId: organization.id,
          language: demo.contact.language,
          createdAt: registeredAt,
          lastSignInAt: submittedAt,
        })
        .returning({ id: users.id })
        .get();
      tx.insert(submissions)
        .values({
          organizationId: organization.id,
          consultationId: consultation.id,
          receiptNumber: newReceiptNumber(consultation.clusterId),
          submittedByUserId: user.id,
          firstSubmittedAt: submittedAt,
          lastSubmittedAt: submittedAt,
          submissionCount: 1,
        })
        .run();
      inserted += 3;

      demo.answers.forEach((answer, answerIndex) => {
        const question = questionByNumber.get(answer.question);
        if (!question) throw new Error(`Demo answer to question ${answer.question}, which does not exist.`);
        if ((question.answerType === "closed") !== (answer.closedAnswer !== undefined)) {
          throw new Error(`Demo answer of ${demo.name} to question ${answer.question}: closed answer does not fit the question.`);
        }
        const content = {
          closedAnswer: answer.closedAnswer ?? null,
          text: answer.text,
          language: answer.language ?? demo.contact.language,
          state: "submitted" as const,
        };
        const response = tx
          .insert(responses)
          .values({
            organizationId: organization.id,
            questionId: question.id,
            ...content,
            version: 1,
            updatedByUserId: user.id,
            updatedAt: submittedAt,
            submittedAt,
          })
          .returning({ id: responses.id })
          .get();
        tx.insert(responseRevisions)
          .values({ responseId: response.id, version: 1, ...content, savedByUserId: user.id, savedAt: submittedAt })
          .run();

        // Staff looked at decided answers a few hours after they arrived.
        const { review } = answer;
        const reviewedAt =
          review.state === "pending"
            ? submittedAt
            : new Date(Math.min(now.getTime(), submittedAt.getTime() + (1 + (answerIndex % 5)) * HOUR));
        tx.insert(moderation)
          .values({
            responseId: response.id,
            state: review.state,
            reason: review.state === "rejected" ? review.reason : null,
            redactedText: review.state === "approved" ? (review.redactedText ?? null) : null,
            updatedByUserId: null,
            updatedAt: reviewedAt,
          })
          .run();
        inserted += 3;

        if (review.state !== "approved") return;
        for (const key of review.themes) {
          const themeId = themeIdByKey.get(key);
          // A theme staff have since deleted is simply not tagged.
          if (themeId === undefined) continue;
          inserted += tx
            .insert(responseThemes)
            .values({ responseId: response.id, themeId, source: "manual", taggedByUserId: null, taggedAt: reviewedAt })
            .onConflictDoNothing()
            .run().changes;
        }
      });
    });
    return inserted;
  });
}
