// db/statements.server.ts: preparedSql's iterate() reads rows as all() does,
// on() prepares on another connection, and preparedSqlShapes keeps one
// statement per shape (the staff queue and the CSV export rely on all three).
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { organizations, responses } from "~db/schema";
import { preparedSql, preparedSqlShapes } from "~db/statements.server";
import { createOrganization, createSubmittedAnswer, seedContent } from "../support/fixtures";

const submittedAt = new Date("2026-10-01T12:00:00.000Z");

beforeAll(() => {
  seedContent();
  const org = createOrganization();
  createSubmittedAnswer(org.id, 3, "First answer.", { submittedAt });
  createSubmittedAnswer(org.id, 7, "Second answer.", { submittedAt });
});

const answers = preparedSql(
  { id: responses.id, submittedAt: responses.submittedAt, named: organizations.consentPublishName },
  (select) => sql`SELECT ${select} FROM ${responses} JOIN ${organizations} ON ${organizations.id} = ${responses.organizationId}
    WHERE ${responses.state} = ${sql.placeholder("state")} ORDER BY ${responses.id}`,
);

describe("preparedSql", () => {
  it("iterates the rows all() gives, decoded the same way", () => {
    const all = answers.all({ state: "submitted" });
    expect(all).toHaveLength(2);
    expect(all[0]!.submittedAt).toEqual(submittedAt);
    expect(typeof all[0]!.named).toBe("boolean");
    expect([...answers.iterate({ state: "submitted" })]).toEqual(all);
  });

  it("ends the statement's iteration on return(), so the statement can run again", () => {
    const iterator = answers.iterate({ state: "submitted" });
    expect(iterator.next().done).toBe(false);
    iterator.return?.();
    expect(iterator.next().done).toBe(true);
    expect(answers.all({ state: "submitted" })).toHaveLength(2);
  });

  it("runs on another connection with on()", () => {
    const main = getDb().$client;
    const reader = new Database(main.name, { readonly: true, fileMustExist: true });
    try {
      expect([...answers.on(reader).iterate({ state: "submitted" })]).toEqual(answers.all({ state: "submitted" }));
    } finally {
      reader.close();
    }
  });
});

describe("preparedSqlShapes", () => {
  it("keeps one statement per shape", () => {
    const byColumn = preparedSqlShapes({ n: sql<number>`count(*)` }, (withState: boolean, select) =>
      withState
        ? sql`SELECT ${select} FROM ${responses} WHERE ${responses.state} = ${sql.placeholder("state")}`
        : sql`SELECT ${select} FROM ${responses}`,
    );
    expect(byColumn(true)).toBe(byColumn(true));
    expect(byColumn(false)).not.toBe(byColumn(true));
    expect(byColumn(true).get({ state: "submitted" })!.n).toBe(2);
    expect(byColumn(false).get()!.n).toBeGreaterThanOrEqual(2);
  });
});
