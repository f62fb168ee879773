// Co-drafting: the people who answer on behalf of one organization, and the
// invitations that bring colleagues in.
//
// An invitation creates nothing for the invited address until its owner
// opens the emailed link, sees which organization invites them and who, and
// accepts: so nobody can claim an address by inviting it before its owner
// registers (the owner's own registration is never swallowed by it). The
// inviter sees the same answer whether or not the address has an account.
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "~db/client.server";
import { invitations, organizations, users } from "~db/schema";
import { invitationEmail } from "../../../emails/invitation";
import type { Lang } from "~/i18n/lang";
import { hashToken, newToken, normalizeEmail, openSession, publicOrigin, type Respondent } from "./auth.server";
import { enqueueEmail } from "../email/outbox.server";
import { allowMailTo, hitRateLimit, LIMITS } from "../../platform/rate-limit.server";
import type { contactSchema } from "./registration-schema";

/** Two weeks: long enough for someone away from their desk. */
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60_000;

/** What the organization told us about itself, as its own account page and staff reading an answer show it. */
export function organizationSummary(organization: typeof organizations.$inferSelect) {
  const { name, type, region, country, website, mandate, consentPublishName, consentQuote } = organization;
  return { name, type, region, country, website, mandate, consentPublishName, consentQuote };
}

export function getOrganizationProfile(organizationId: number, now = new Date()) {
  const db = getDb();
  const organization = db.select().from(organizations).where(eq(organizations.id, organizationId)).get();
  if (!organization) return null;
  const members = db
    .select({ name: users.name, email: users.email, language: users.language, lastSignInAt: users.lastSignInAt })
    .from(users)
    .where(eq(users.organizationId, organizationId))
    .orderBy(asc(users.createdAt))
    .all();
  const pending = db
    .select({ id: invitations.id, name: invitations.name, email: invitations.email, createdAt: invitations.createdAt })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.declinedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(desc(invitations.createdAt))
    .all();
  return { organization, members, pending };
}

export type InviteResult = { status: "invited" } | { status: "rate-limited"; retryAfterSeconds: number };

/**
 * Emails a colleague an invitation to answer for the inviter's organization.
 * The same work and the same answer for any address: whether it has an
 * account, belongs to another organization or to this one is for its owner
 * to learn when they open the link, not for the inviter.
 */
export function inviteColleague(inviter: Respondent, input: z.infer<typeof contactSchema>, now = new Date()): InviteResult {
  const rule = LIMITS.invitePerOrganization;
  const limited = hitRateLimit(`invite:org:${inviter.organization.id}`, rule.limit, rule.windowMs, now);
  if (!limited.allowed) return { status: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };
  const email = normalizeEmail(input.email);
  const mail = allowMailTo(email, now);
  // Past the address's email budget the invitation is not sent; the inviter is
  // told as for the organization's own limit, which says nothing of the address.
  if (!mail.allowed) return { status: "rate-limited", retryAfterSeconds: mail.retryAfterSeconds };
  const token = newToken();
  getDb().transaction((tx) => {
    tx.insert(invitations)
      .values({
        organizationId: inviter.organization.id,
        email,
        name: input.contactName,
        language: input.language,
        invitedByUserId: inviter.id,
        tokenHash: hashToken(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      })
      .run();
    const url = new URL(`${publicOrigin()}/${input.language}/invitation`);
    url.searchParams.set("token", token);
    enqueueEmail(
      tx,
      {
        to: email,
        lang: input.language,
        kind: "invitation",
        ...invitationEmail({
          lang: input.language,
          inviterName: inviter.name,
          organizationName: inviter.organization.name,
          invitationUrl: url.toString(),
        }),
      },
      now,
    );
  });
  return { status: "invited" };
}

export type InvitationView =
  | { status: "pending"; organizationName: string; inviterName: string | null; email: string; name: string; language: Lang }
  | { status: "accepted" | "declined" | "expired" | "invalid" };

function findInvitation(token: string) {
  if (!token) return undefined;
  return getDb()
    .select({ invitation: invitations, organizationName: organizations.name, inviterName: users.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .get();
}

function statusOf(invitation: typeof invitations.$inferSelect, now: Date): "pending" | "accepted" | "declined" | "expired" {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.declinedAt) return "declined";
  return invitation.expiresAt <= now ? "expired" : "pending";
}

/** What the invitation page shows to whoever holds the link. Reading it changes nothing. */
export function viewInvitation(token: string, now = new Date()): InvitationView {
  const found = findInvitation(token);
  if (!found) return { status: "invalid" };
  const status = statusOf(found.invitation, now);
  if (status !== "pending") return { status };
  const { invitation } = found;
  return {
    status,
    organizationName: found.organizationName,
    inviterName: found.inviterName,
    email: invitation.email,
    name: invitation.name,
    language: invitation.language,
  };
}

export type InvitationAnswer =
  | { status: "accepted"; sessionToken: string; language: Lang }
  | { status: "declined" }
  /** The address already answers for another organization, or is a staff account. */
  | { status: "has-account" }
  /** Already answered, expired or unknown: the page shows which (viewInvitation). */
  | { status: "unavailable" };

/**
 * The invited person's answer. Accepting creates their account in the
 * inviting organization and signs them in (the link reached their inbox,
 * which is what a sign-in link proves too); an address that already has an
 * account elsewhere stays where it is: one address answers for one
 * organization. Declining only closes the invitation.
 */
export function answerInvitation(token: string, answer: "accept" | "decline", now = new Date()): InvitationAnswer {
  return getDb().transaction((tx): InvitationAnswer => {
    const found = findInvitation(token);
    if (!found) return { status: "unavailable" };
    const { invitation } = found;
    if (statusOf(invitation, now) !== "pending") return { status: "unavailable" };
    if (answer === "decline") {
      tx.update(invitations).set({ declinedAt: now }).where(eq(invitations.id, invitation.id)).run();
      return { status: "declined" };
    }
    const existing = tx.select().from(users).where(eq(users.email, invitation.email)).get();
    if (existing && (existing.organizationId !== invitation.organizationId || existing.removedAt)) return { status: "has-account" };
    const user =
      existing ??
      tx
        .insert(users)
        .values({
          email: invitation.email,
          name: invitation.name,
          role: "respondent",
          organizationId: invitation.organizationId,
          language: invitation.language,
          createdAt: now,
        })
        .returning()
        .get();
    tx.update(invitations).set({ acceptedAt: now }).where(eq(invitations.id, invitation.id)).run();
    return { status: "accepted", sessionToken: openSession(tx, user.id, now), language: user.language };
  });
}
