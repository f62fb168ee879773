// Staff accounts: the first admin (from the command line), invitations and
// role changes (admins only, audited). Staff accounts belong to no organization,
// and a respondent's account never becomes a staff account.
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { sessions, users } from "~db/schema";
import { staffInvitationEmail } from "../../../emails/staff-invitation";
import type { Lang } from "~/i18n/lang";
import { audit } from "../audit.server";
import { normalizeEmail, publicOrigin, type CurrentUser } from "./auth.server";
import { enqueueEmail } from "../email/outbox.server";

export type StaffRole = "moderator" | "admin";

export function listStaff() {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, lastSignInAt: users.lastSignInAt })
    .from(users)
    .where(and(inArray(users.role, ["moderator", "admin"]), isNull(users.removedAt)))
    .orderBy(asc(users.name))
    .all();
}

export type CreateAdminResult = { status: "created" | "promoted" | "already-admin"; id: number } | { status: "respondent" };

/** `npm run admin:create`: the first admin, or an existing staff member made admin. */
export function createAdmin(input: { email: string; name: string; language: Lang }): CreateAdminResult {
  const email = normalizeEmail(input.email);
  const db = getDb();
  const existing = db.select().from(users).where(eq(users.email, email)).get();
  if (existing?.role === "respondent") return { status: "respondent" };
  if (existing?.role === "admin") return { status: "already-admin", id: existing.id };
  if (existing) {
    db.update(users).set({ role: "admin" }).where(eq(users.id, existing.id)).run();
    return { status: "promoted", id: existing.id };
  }
  const user = db
    .insert(users)
    .values({ email, name: input.name, role: "admin", language: input.language, organizationId: null })
    .returning()
    .get();
  return { status: "created", id: user.id };
}

export type InviteStaffResult = { status: "invited"; id: number } | { status: "taken" };

export function inviteStaff(
  actor: CurrentUser,
  input: { name: string; email: string; role: StaffRole; language: Lang },
  now = new Date(),
): InviteStaffResult {
  const email = normalizeEmail(input.email);
  const db = getDb();
  const existing = db.select().from(users).where(eq(users.email, email)).get();
  // A removed staff member can be invited back; any other account is taken.
  const returning = existing && existing.removedAt && existing.role !== "respondent" ? existing : null;
  if (existing && !returning) return { status: "taken" };
  return db.transaction((tx) => {
    const user = returning
      ? tx
          .update(users)
          .set({ name: input.name, role: input.role, language: input.language, removedAt: null })
          .where(eq(users.id, returning.id))
          .returning()
          .get()
      : tx
          .insert(users)
          .values({ email, name: input.name, role: input.role, language: input.language, organizationId: null, createdAt: now })
          .returning()
          .get();
    const signInUrl = new URL(`${publicOrigin()}/${input.language}/sign-in`);
    enqueueEmail(
      tx,
      {
        to: email,
        lang: input.language,
        kind: "staff-invitation",
        ...staffInvitationEmail({ lang: input.language, inviterName: actor.name, role: input.role, signInUrl: signInUrl.toString() }),
      },
      now,
    );
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "staff.invite",
        entityType: "user",
        entityId: user.id,
        before: returning ? { name: returning.name, role: returning.role, removed: true } : undefined,
        after: { name: input.name, email, role: input.role },
      },
      now,
    );
    return { status: "invited", id: user.id } as const;
  });
}

export type SetRoleResult = { status: "changed" | "unchanged" } | { status: "self" | "not-staff" };

/** Changes a staff member's role. An admin cannot change their own (no lock-out by mistake). */
export function setStaffRole(actor: CurrentUser, userId: number, role: StaffRole, now = new Date()): SetRoleResult {
  if (actor.id === userId) return { status: "self" };
  return getDb().transaction((tx) => {
    const before = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!before || before.role === "respondent" || before.removedAt) return { status: "not-staff" } as const;
    if (before.role === role) return { status: "unchanged" } as const;
    tx.update(users).set({ role }).where(eq(users.id, userId)).run();
    audit(
      tx,
      { actorUserId: actor.id, action: "staff.role", entityType: "user", entityId: userId, before: { role: before.role }, after: { role } },
      now,
    );
    return { status: "changed" } as const;
  });
}

export type RemoveStaffResult = { status: "removed"; name: string } | { status: "self" | "not-staff" };

/**
 * Removes a staff member: they can no longer sign in, their open sessions
 * end now, and their unused sign-in links stop working. The account row
 * stays, because the audit log names it as the actor of past actions; an
 * admin can invite the address back. An admin cannot remove themselves.
 */
export function removeStaff(actor: CurrentUser, userId: number, now = new Date()): RemoveStaffResult {
  if (actor.id === userId) return { status: "self" };
  return getDb().transaction((tx): RemoveStaffResult => {
    const before = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!before || before.role === "respondent" || before.removedAt) return { status: "not-staff" };
    tx.update(users).set({ removedAt: now }).where(eq(users.id, userId)).run();
    tx.update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
      .run();
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "staff.remove",
        entityType: "user",
        entityId: userId,
        before: { name: before.name, role: before.role },
        after: { removed: true },
      },
      now,
    );
    return { status: "removed", name: before.name };
  });
}
