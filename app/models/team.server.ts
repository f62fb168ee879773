// Co-drafting: the people who answer on behalf of one organization.
import { asc, eq } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { organizations, users } from "~db/schema";
import { invitationEmail } from "../../emails/invitation";
import type { Respondent } from "./auth.server";
import { enqueueEmail } from "./outbox.server";
import { hitRateLimit, LIMITS } from "./rate-limit.server";
import type { z } from "zod";
import type { contactSchema } from "./registration-schema";

export function getOrganizationProfile(organizationId: number) {
  const db = getDb();
  const organization = db.select().from(organizations).where(eq(organizations.id, organizationId)).get();
  if (!organization) return null;
  const members = db
    .select({ name: users.name, email: users.email, language: users.language, lastSignInAt: users.lastSignInAt })
    .from(users)
    .where(eq(users.organizationId, organizationId))
    .orderBy(asc(users.createdAt))
    .all();
  return { organization, members };
}

export type InviteResult =
  | { status: "invited" }
  | { status: "exists" }
  | { status: "rate-limited"; retryAfterSeconds: number };

/** Adds a colleague to the inviter's organization and emails them how to sign in. */
export function inviteColleague(
  inviter: Respondent,
  input: z.infer<typeof contactSchema>,
  origin: string,
  now = new Date(),
): InviteResult {
  const rule = LIMITS.invitePerOrganization;
  const limited = hitRateLimit(`invite:org:${inviter.organization.id}`, rule.limit, rule.windowMs, now);
  if (!limited.allowed) return { status: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };
  const email = input.email.toLowerCase();
  const db = getDb();
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) return { status: "exists" };
  db.transaction((tx) => {
    tx.insert(users)
      .values({
        email,
        name: input.contactName,
        role: "respondent",
        organizationId: inviter.organization.id,
        language: input.language,
        createdAt: now,
      })
      .run();
    const signInUrl = new URL(`${origin}/${input.language}/sign-in`);
    signInUrl.searchParams.set("email", email);
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
          signInUrl: signInUrl.toString(),
        }),
      },
      now,
    );
  });
  return { status: "invited" };
}
