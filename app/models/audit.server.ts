// The one way to record a staff action: who, what, which record, before and
// after. Call it inside the transaction that makes the change, so the log and
// the change are written together or not at all. The table is append-only
// (triggers refuse UPDATE and DELETE).
import { getDb } from "~db/client.server";
import { auditLog } from "~db/schema";
import type { Tx } from "./outbox.server";

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
