// Registering an organization and its first contact, without duplicates.
import { eq, or } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { organizations, users } from "~db/schema";
import { invitationRequestEmail } from "../../../emails/invitation-request";
import { normalizeEmail, publicOrigin, queueSignInLink } from "./auth.server";
import { enqueueEmail } from "../email/outbox.server";
import { allowMailTo, hitRateLimit, LIMITS } from "../../platform/rate-limit.server";
import type { RegistrationInput } from "./registration-schema";
import { organizationNameKey, websiteDomain } from "~/lib/organization-keys";

export function findDuplicateOrganization(name: string, website: string | null) {
  const domain = websiteDomain(website);
  const nameMatch = eq(organizations.nameKey, organizationNameKey(name));
  return getDb()
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(domain ? or(nameMatch, eq(organizations.websiteDomain, domain)) : nameMatch)
    .get();
}

export type RegistrationResult =
  | { status: "sent" }
  | { status: "duplicate"; organizationName: string }
  | { status: "rate-limited"; retryAfterSeconds: number }
  | { status: "mail-limited"; retryAfterSeconds: number };

interface RequestMeta {
  clientKey: string;
  /** The browser's key, so its sign-in link is recognized there (auth.server.ts). */
  browserKey?: string;
  now?: Date;
}

/**
 * Creates the organization and its first contact and emails a sign-in link.
 * What the form answers never depends on whether the email address has an
 * account, so it cannot be used to find out who is registered:
 * - an organization that exists (same name or website) is answered
 *   "already registered, ask to be invited" for every address;
 * - for a new organization, an address that already has an account gets a
 *   sign-in link and "check your email", like a new one. Its account is
 *   left where it is (one address answers for one organization).
 * A pending invitation to the address never decides anything here: the
 * person registers their own organization (invitations wait for acceptance).
 */
export function registerOrganization(input: RegistrationInput, meta: RequestMeta): RegistrationResult {
  const now = meta.now ?? new Date();
  const rule = LIMITS.registerPerClient;
  const limited = hitRateLimit(`register:client:${meta.clientKey}`, rule.limit, rule.windowMs, now);
  if (!limited.allowed) return { status: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };

  const duplicate = findDuplicateOrganization(input.organizationName, input.website);
  if (duplicate) return { status: "duplicate", organizationName: duplicate.name };

  const email = normalizeEmail(input.email);
  // The sign-in link counts against the address's emails like any other.
  const mail = allowMailTo(email, now);
  if (!mail.allowed) return { status: "mail-limited", retryAfterSeconds: mail.retryAfterSeconds };

  const db = getDb();
  db.transaction((tx) => {
    const existingUser = tx.select().from(users).where(eq(users.email, email)).get();
    if (existingUser) {
      // A removed staff member's address gets no link: the same note as an unknown one.
      if (!existingUser.removedAt) queueSignInLink(tx, existingUser, { browserKey: meta.browserKey, now });
      return;
    }
    const organization = tx
      .insert(organizations)
      .values({
        name: input.organizationName,
        nameKey: organizationNameKey(input.organizationName),
        type: input.organizationType,
        region: input.region,
        country: input.region === "outside" ? input.country : null,
        website: input.website,
        websiteDomain: websiteDomain(input.website),
        mandate: input.mandate,
        createdAt: now,
      })
      .returning({ id: organizations.id })
      .get();
    const user = tx
      .insert(users)
      .values({
        email,
        name: input.contactName,
        role: "respondent",
        organizationId: organization.id,
        language: input.language,
        createdAt: now,
      })
      .returning()
      .get();
    queueSignInLink(tx, user, { browserKey: meta.browserKey, now });
  });
  return { status: "sent" };
}

export type InvitationRequestResult =
  { status: "requested"; organizationName: string } | { status: "not-found" } | { status: "rate-limited"; retryAfterSeconds: number };

/** Asks the contacts of an already-registered organization to invite this person. */
export function requestInvitation(input: RegistrationInput, meta: RequestMeta): InvitationRequestResult {
  const now = meta.now ?? new Date();
  const rule = LIMITS.registerPerClient;
  const limited = hitRateLimit(`register:client:${meta.clientKey}`, rule.limit, rule.windowMs, now);
  if (!limited.allowed) return { status: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };

  const organization = findDuplicateOrganization(input.organizationName, input.website);
  if (!organization) return { status: "not-found" };
  const db = getDb();
  // Each contact's address has its own budget of account emails: a flood of
  // requests stops reaching them once it is spent (nothing tells the requester).
  const contacts = db.select().from(users).where(eq(users.organizationId, organization.id)).all();
  const reachable = contacts.filter((contact) => allowMailTo(contact.email, now).allowed);
  db.transaction((tx) => {
    for (const contact of reachable) {
      enqueueEmail(
        tx,
        {
          to: contact.email,
          lang: contact.language,
          kind: "invitation-request",
          ...invitationRequestEmail({
            lang: contact.language,
            organizationName: organization.name,
            requesterName: input.contactName,
            requesterEmail: input.email.toLowerCase(),
            teamUrl: `${publicOrigin()}/${contact.language}/account/team`,
          }),
        },
        now,
      );
    }
  });
  return { status: "requested", organizationName: organization.name };
}
