// The audit log: the one way to record a staff action (who, what, which
// record, before and after), and the admins' filtered reading of it. Call
// audit() inside the transaction that makes the change, so the log and the
// change are written together or not at all. The table is append-only
// (triggers refuse UPDATE and DELETE).
import { and, count, desc, eq, like, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "~db/client.server";
import { auditLog, users } from "~db/schema";

export interface AuditEntry {
  actorUserId: number;
  /** Verb-like and stable, e.g. "moderation.approve", "theme.merge", "staff.invite". */
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

export function audit(tx: Tx | ReturnType<typeof getDb>, entry: AuditEntry, now = new Date()): void {
  tx.insert(auditLog)
    .values({
      actorUserId: entry.actorUserId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
      createdAt: now,
    })
    .run();
}

// Reading the log (admins): filtered, newest first, paginated.
export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  action?: string;
  actor?: number;
  entityType?: string;
  entityId?: string;
  page: number;
}

export function listAudit(filters: AuditFilters) {
  const db = getDb();
  const conditions: SQL[] = [];
  if (filters.action) conditions.push(like(auditLog.action, `%${filters.action.replace(/[%_\\]/g, "")}%`));
  if (filters.actor) conditions.push(eq(auditLog.actorUserId, filters.actor));
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) conditions.push(eq(auditLog.entityId, filters.entityId));
  const where = conditions.length ? and(...conditions) : undefined;
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const entries = db
    .select({ entry: auditLog, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  const actors = db
    .selectDistinct({ id: users.id, name: users.name })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorUserId))
    .all();
  return { entries, total, page, pageCount, actors };
}
