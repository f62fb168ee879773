// The demo's fictional data, on top of the real content (db/seed/index.ts):
// organizations and answers midway through moderation, their near-duplicate
// groups, a published report, and an upcoming Cluster 2 draft. Only when
// DEMO_DATA is on (`npm start`).
import { asc, eq } from "drizzle-orm";
import type { Db } from "../client.server";
import { responses } from "../schema";
import { recordSignatures } from "~/models/moderate/campaigns.server";
import { seedDemoAnswers } from "./demo-answers";
import { seedDemoConsultations } from "./demo-consultations";
import { seedDemoReport } from "./demo-report";

export function seedDemo(db: Db, now = new Date()): number {
  const inserted = seedDemoAnswers(db, now);
  if (inserted > 0) {
    // Answers submitted through the portal are grouped as they arrive; the
    // seeded ones are grouped here, the same way.
    const ids = db
      .select({ id: responses.id })
      .from(responses)
      .where(eq(responses.state, "submitted"))
      .orderBy(asc(responses.id))
      .all()
      .map((r) => r.id);
    db.transaction((tx) => recordSignatures(tx, ids));
  }
  // After the grouping, so the frozen report counts the campaign as one argument.
  return inserted + seedDemoReport(db, now) + seedDemoConsultations(db, now);
}
