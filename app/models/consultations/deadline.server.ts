// Changing a published consultation's deadline: extend it, shorten it, or
// close now. One transaction writes the new deadline, the notice the public
// page shows (deadline_changes), the audit row with before and after, and one
// email per contact of every organization that saved anything, in the
// contact's language. Nothing an organization saved is touched: answers,
// revisions and submissions stay as they are; the deadline rule
// (responses.server.ts deadlineProblem) reads the new date.
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { consultations, deadlineChanges, organizations, users } from "~db/schema";
import { deadlineChangedEmail } from "../../../emails/deadline-changed";
import { audit } from "../audit.server";
import type { CurrentUser } from "../accounts/auth.server";
import { consultationStatus } from "./status";
import { enqueueEmail } from "../email/outbox.server";
import { overlapping, participatingOrganizationIds } from "./admin.server";
import type { ConsultationFieldErrors, DeadlineInput } from "./form";

export type DeadlineResult =
  | { status: "changed"; organizations: number; emails: number; closesAt: Date }
  | { status: "invalid"; errors: ConsultationFieldErrors }
  | { status: "not-found" };

export function changeDeadline(
  actor: CurrentUser,
  consultationId: number,
  input: DeadlineInput,
  origin: string,
  now = new Date(),
): DeadlineResult {
  const db = getDb();
  return db.transaction((tx) => {
    const row = tx.select().from(consultations).where(eq(consultations.id, consultationId)).get();
    if (!row) return { status: "not-found" as const };
    if (row.state !== "published") return { status: "invalid" as const, errors: { kind: "draft" } };
    const status = consultationStatus(row, now);

    let closesAt: Date;
    if (input.kind === "close-early") {
      if (status !== "open") return { status: "invalid" as const, errors: { kind: "notOpen" } };
      closesAt = now;
    } else {
      closesAt = input.closesAt!;
      if (closesAt <= now) return { status: "invalid" as const, errors: { closesDate: "inPast" } };
      if (input.kind === "extend" && closesAt <= row.closesAt) return { status: "invalid" as const, errors: { closesDate: "notLater" } };
      if (input.kind === "shorten" && closesAt >= row.closesAt) return { status: "invalid" as const, errors: { closesDate: "notEarlier" } };
      if (closesAt <= row.opensAt) return { status: "invalid" as const, errors: { closesDate: "closesBeforeOpens" } };
      if (overlapping(row, row.opensAt, closesAt).length > 0) return { status: "invalid" as const, errors: { closesDate: "overlap" } };
    }

    tx.update(consultations).set({ closesAt, updatedAt: now }).where(eq(consultations.id, row.id)).run();
    const change = tx
      .insert(deadlineChanges)
      .values({
        consultationId: row.id,
        kind: input.kind,
        previousClosesAt: row.closesAt,
        closesAt,
        reasonEn: input.reasonEn,
        reasonFr: input.reasonFr,
        actorUserId: actor.id,
        createdAt: now,
      })
      .returning({ id: deadlineChanges.id })
      .get();

    const organizationIds = participatingOrganizationIds(row.id, tx);
    const contacts =
      organizationIds.length === 0
        ? []
        : tx
            .select({ email: users.email, name: users.name, language: users.language, organization: organizations.name })
            .from(users)
            .innerJoin(organizations, eq(organizations.id, users.organizationId))
            .where(and(inArray(users.organizationId, organizationIds), eq(users.role, "respondent")))
            .all();
    const stillOpen = consultationStatus({ opensAt: row.opensAt, closesAt }, now) !== "closed";
    for (const contact of contacts) {
      const lang = contact.language;
      enqueueEmail(
        tx,
        {
          to: contact.email,
          lang,
          kind: "deadline-changed",
          idempotencyKey: `deadline-changed-${change.id}-${contact.email}`,
          ...deadlineChangedEmail({
            lang,
            kind: input.kind,
            contactName: contact.name,
            organizationName: contact.organization,
            consultationTitle: lang === "en" ? row.titleEn : row.titleFr,
            closesAt,
            reason: lang === "en" ? input.reasonEn : input.reasonFr,
            stillOpen,
            dashboardUrl: `${origin}/${lang}/respond/${row.clusterId}`,
          }),
        },
        now,
      );
    }

    audit(
      tx,
      {
        actorUserId: actor.id,
        action: `consultation.deadline.${input.kind}`,
        entityType: "consultation",
        entityId: row.id,
        before: { closesAt: row.closesAt.toISOString() },
        after: {
          closesAt: closesAt.toISOString(),
          reasonEn: input.reasonEn,
          reasonFr: input.reasonFr,
          organizationsEmailed: organizationIds.length,
          emails: contacts.length,
        },
      },
      now,
    );
    return { status: "changed" as const, organizations: organizationIds.length, emails: contacts.length, closesAt };
  });
}
