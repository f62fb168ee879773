// db/statements.server.ts: preparedSql's iterate() reads rows as all() does,
// on() prepares on another connection, and preparedSqlShapes keeps one
// statement per shape (the staff queue and the CSV export rely on all three);
// preparedTransaction (the save's) commits, rolls back on a throw, nests, and
// follows the database when it is closed and reopened.
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "~db/client.server";
import { organizations, responses } from "~db/schema";
import { preparedSql, preparedSqlShapes, preparedTransaction } from "~db/statements.server";
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

describe("preparedTransaction", () => {
  const nameOf = preparedSql(
    { name: organizations.name },
    (select) => sql`SELECT ${select} FROM ${organizations} WHERE ${organizations.id} = ${sql.placeholder("id")}`,
  );
  const rename = preparedSql(
    (_) =>
      sql`UPDATE ${organizations} SET ${sql.identifier(organizations.name.name)} = ${sql.placeholder("name")} WHERE ${organizations.id} = ${sql.placeholder("id")}`,
  );
  const renameThen = preparedTransaction((id: number, name: string, fail: boolean) => {
    rename.run({ id, name });
    if (fail) throw new Error("refused after the write");
    return nameOf.get({ id })!.name;
  });

  it("commits what the function wrote and returns its value", () => {
    const org = createOrganization();
    expect(renameThen(org.id, "Renamed in a transaction", false)).toBe("Renamed in a transaction");
    expect(nameOf.get({ id: org.id })!.name).toBe("Renamed in a transaction");
  });

  it("rolls the write back when the function throws", () => {
    const org = createOrganization();
    const before = nameOf.get({ id: org.id })!.name;
    expect(() => renameThen(org.id, "Never kept", true)).toThrow("refused after the write");
    expect(nameOf.get({ id: org.id })!.name).toBe(before);
  });

  it("runs as a savepoint inside another transaction, rolled back with it", () => {
    const org = createOrganization();
    const before = nameOf.get({ id: org.id })!.name;
    expect(() =>
      getDb().transaction(() => {
        renameThen(org.id, "Inside an outer transaction", false);
        throw new Error("the outer one fails");
      }),
    ).toThrow("the outer one fails");
    expect(nameOf.get({ id: org.id })!.name).toBe(before);
  });

  it("is made again on a reopened database", () => {
    const org = createOrganization();
    renameThen(org.id, "Before reopening", false);
    const first = getDb().$client;
    closeDb();
    expect(getDb().$client).not.toBe(first);
    expect(renameThen(org.id, "After reopening", false)).toBe("After reopening");
    expect(nameOf.get({ id: org.id })!.name).toBe("After reopening");
  });
});
