// Registering an organization and its first contact, without duplicates.
import { eq, or } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { organizations, users } from "~db/schema";
import { invitationRequestEmail } from "../../emails/invitation-request";
import { queueSignInLink } from "./auth.server";
import { enqueueEmail } from "./outbox.server";
import { hitRateLimit, LIMITS } from "./rate-limit.server";
import type { RegistrationInput } from "./registration-schema";

/** "L’Association des Juristes!" → "lassociation des juristes": finds the same name typed differently. */
export function organizationNameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** "https://www.example.org/about" → "example.org". */
export function websiteDomain(website: string | null): string | null {
  if (!website) return null;
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

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
  | { status: "rate-limited"; retryAfterSeconds: number };

interface RequestMeta {
  origin: string;
  clientKey: string;
  now?: Date;
}

/**
 * Creates the organization and its first contact and emails a sign-in link.
 * An address that already has an account gets a sign-in link instead, with the
 * same answer on screen, so the form does not reveal who is registered.
 */
export function registerOrganization(input: RegistrationInput, meta: RequestMeta): RegistrationResult {
  const now = meta.now ?? new Date();
  const rule = LIMITS.registerPerClient;
  const limited = hitRateLimit(`register:client:${meta.clientKey}`, rule.limit, rule.windowMs, now);
  if (!limited.allowed) return { status: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };

  const db = getDb();
  const existingUser = db.select().from(users).where(eq(users.email, input.email.toLowerCase())).get();
  if (existingUser) {
    db.transaction((tx) => queueSignInLink(tx, existingUser, meta.origin, undefined, now));
    return { status: "sent" };
  }

  const duplicate = findDuplicateOrganization(input.organizationName, input.website);
  if (duplicate) return { status: "duplicate", organizationName: duplicate.name };

  db.transaction((tx) => {
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
        email: input.email.toLowerCase(),
        name: input.contactName,
        role: "respondent",
        organizationId: organization.id,
        language: input.language,
        createdAt: now,
      })
      .returning()
      .get();
    queueSignInLink(tx, user, meta.origin, undefined, now);
  });
  return { status: "sent" };
}

export type InvitationRequestResult =
  | { status: "requested"; organizationName: string }
  | { status: "not-found" }
  | { status: "rate-limited"; retryAfterSeconds: number };

/** Asks the contacts of an already-registered organization to invite this person. */
export function requestInvitation(input: RegistrationInput, meta: RequestMeta): InvitationRequestResult {
  const now = meta.now ?? new Date();
  const rule = LIMITS.registerPerClient;
  const limited = hitRateLimit(`register:client:${meta.clientKey}`, rule.limit, rule.windowMs, now);
  if (!limited.allowed) return { status: "rate-limited", retryAfterSeconds: limited.retryAfterSeconds };

  const organization = findDuplicateOrganization(input.organizationName, input.website);
  if (!organization) return { status: "not-found" };
  const db = getDb();
  db.transaction((tx) => {
    const contacts = tx.select().from(users).where(eq(users.organizationId, organization.id)).all();
    for (const contact of contacts) {
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
            teamUrl: `${meta.origin}/${contact.language}/account/team`,
          }),
        },
        now,
      );
    }
  });
  return { status: "requested", organizationName: organization.name };
}
