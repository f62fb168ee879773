// The real migrations on a real SQLite file, and the seed.
import { count, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { auditLog, clusters, consultations, questions, themes } from "~db/schema";
import { seed, seedIfEmpty } from "~db/seed";
import { cluster1Questions, cluster1Themes } from "~db/seed/cluster1-questions";

describe("the database", () => {
  it("is a WAL-mode file with foreign keys enforced", () => {
    const client = getDb().$client;
    expect(client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(client.name).toBe(process.env.DATABASE_URL);
  });

  it("refuses a question in a consultation that does not exist", () => {
    expect(() =>
      getDb().$client.exec(
        `insert into questions (consultation_id, key, instrument_id, article, article_title_en, article_title_fr, number, prompt_en, prompt_fr, guidance_en, guidance_fr, answer_type, word_limit)
            values (9999, 'k', 'untoc', '5', 'a', 'a', 1, 'p', 'p', 'g', 'g', 'open', 100)`,
      ),
    ).toThrow(/FOREIGN KEY/);
  });

  it("keeps the audit log append-only", () => {
    const db = getDb();
    db.insert(auditLog).values({ action: "test", entityType: "test", entityId: "1" }).run();
    expect(() => db.update(auditLog).set({ action: "changed" }).run()).toThrow(/append-only/);
    expect(() => db.delete(auditLog).run()).toThrow(/append-only/);
  });
});

describe("the seed", () => {
  it("fills an empty database with the four clusters and the Cluster 1 questions", () => {
    const db = getDb();
    expect(seedIfEmpty(db)).toBeDefined();
    expect(db.select({ n: count() }).from(clusters).get()?.n).toBe(4);
    expect(db.select({ n: count() }).from(questions).get()?.n).toBe(cluster1Questions.length);
    expect(db.select({ n: count() }).from(themes).get()?.n).toBe(cluster1Themes.length);
    const consultation = db.select().from(consultations).get();
    expect(consultation?.state).toBe("published");
  });

  it("changes nothing when run again, and never overwrites an edit", () => {
    const db = getDb();
    db.update(questions)
      .set({ promptEn: "Edited by staff" })
      .where(sql`number = 1`)
      .run();
    expect(seedIfEmpty(db)).toBeUndefined();
    expect(seed(db).inserted).toBe(0);
    expect(db.select({ n: count() }).from(questions).get()?.n).toBe(cluster1Questions.length);
    expect(
      db
        .select()
        .from(questions)
        .where(sql`number = 1`)
        .get()?.promptEn,
    ).toBe("Edited by staff");
  });

  it("numbers the questions 1..N in questionnaire order", () => {
    const rows = getDb().select().from(questions).orderBy(questions.number).all();
    expect(rows.map((r) => r.number)).toEqual(cluster1Questions.map((_, i) => i + 1));
    expect(rows.map((r) => r.key)).toEqual(cluster1Questions.map((q) => q.key));
  });
});
