// The content counter the public page cache depends on (migration 0009,
// app/platform/page-cache.server.ts): every change to what the public pages show
// moves it, whoever makes the change, and the day-to-day writes (answers,
// sessions, moderation) do not, or the cache would never hold a page.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { seed } from "~db/seed";
import { databaseClock } from "~/platform/page-cache.server";

const clock = databaseClock();
const sql = (text: string, ...params: unknown[]) =>
  getDb()
    .$client.prepare(text)
    .run(...params);

beforeAll(() => {
  seed(getDb(), new Date());
});

describe("content_version", () => {
  it("moves on every insert, update and delete of the content tables", () => {
    const changes: [string, () => void][] = [
      ["clusters", () => sql("UPDATE clusters SET summary_en = summary_en || ' ' WHERE id = 1")],
      ["instruments", () => sql("UPDATE instruments SET short_name_fr = short_name_fr WHERE id = 'untoc'")],
      ["consultations", () => sql("UPDATE consultations SET closes_at = closes_at + 1")],
      ["questions", () => sql("UPDATE questions SET guidance_en = guidance_en || '.' WHERE number = 1")],
      [
        "questions (insert)",
        () =>
          sql(
            `INSERT INTO questions (consultation_id, key, instrument_id, article, article_title_en, article_title_fr, number, prompt_en, prompt_fr, guidance_en, guidance_fr, answer_type, word_limit)
             SELECT consultation_id, 'test-extra', instrument_id, article, article_title_en, article_title_fr, 999, 'p', 'p', 'g', 'g', answer_type, word_limit FROM questions WHERE number = 1 LIMIT 1`,
          ),
      ],
      ["questions (delete)", () => sql("DELETE FROM questions WHERE key = 'test-extra'")],
      [
        "report_versions",
        () =>
          sql(
            "INSERT INTO report_versions (consultation_id, version, snapshot, published_at) SELECT id, 99, '{}', 0 FROM consultations LIMIT 1",
          ),
      ],
      ["report_versions (withdrawn)", () => sql("UPDATE report_versions SET unpublished_at = 1 WHERE version = 99")],
      [
        "deadline_changes (the notice on the cluster page)",
        () =>
          sql(
            `INSERT INTO deadline_changes (consultation_id, kind, previous_closes_at, closes_at, reason_en, reason_fr)
             SELECT id, 'extend', closes_at, closes_at + 1, 'More time', 'Plus de temps' FROM consultations LIMIT 1`,
          ),
      ],
    ];
    for (const [table, change] of changes) {
      const before = clock.version();
      change();
      expect(clock.version(), table).toBeGreaterThan(before);
    }
  });

  it("stays put when a table that is not content is written", () => {
    const before = clock.version();
    sql("INSERT INTO rate_limits (key, window_start, count) VALUES ('test', 0, 1)");
    expect(clock.version()).toBe(before);
  });

  it("gives the next opening or closing after a time", () => {
    const row = getDb().$client.prepare("SELECT min(opens_at) AS opens, min(closes_at) AS closes FROM consultations").get() as {
      opens: number;
      closes: number;
    };
    expect(clock.nextTransition(row.opens - 1)).toBe(row.opens);
    expect(clock.nextTransition(row.opens)).toBeGreaterThan(row.opens);
    expect(clock.nextTransition(Number.MAX_SAFE_INTEGER)).toBe(Infinity);
  });
});
