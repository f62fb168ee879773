// Backups: an online backup taken while answers are being saved is a sound,
// consistent snapshot; restoring it into a new place gives back the same
// rows; a damaged backup, an existing target without --force and a target a
// server still has open are all refused, leaving the target as it was.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, openDatabase } from "~db/client.server";
import { saveAnswer } from "~/models/respond/responses.server";
import { enqueueEmail } from "~/models/email/outbox.server";
import { backupDatabase, BackupError, defaultBackupPath, fileProblems, restoreDatabase } from "../../scripts/lib/backup";
import { createRespondent, openConsultation, seedContent } from "../support/fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));
const live = () => process.env.DATABASE_URL!;
const file = (name: string) => path.join(dir, name);

/** The tables whose every row is compared, not only counted. */
const KEY_TABLES = ["consultations", "questions", "organizations", "users", "responses", "response_revisions", "email_outbox"];

const respondents: ReturnType<typeof createRespondent>[] = [];
const versions = new Map<string, number>();
let saves = 0;

/** Saves a new version of one answer through the domain function the save route uses. */
function save(marker: string): void {
  const who = respondents[saves % respondents.length]!;
  const questionNumber = (saves % 20) + 1;
  saves += 1;
  const key = `${who.organization.id}:${questionNumber}`;
  const result = saveAnswer({
    organizationId: who.organization.id,
    userId: who.user.id,
    clusterId: 1,
    questionNumber,
    baseVersion: versions.get(key) ?? 0,
    closedAnswer: null,
    text: `Our answer ${marker}: survivors need safe housing and legal aid. ${"Detail. ".repeat(40)}`,
    language: "en",
  });
  if (result.status !== "saved") throw new Error(`save ${marker}: ${result.status}`);
  versions.set(key, result.version);
}

beforeAll(() => {
  seedContent();
  openConsultation();
  for (let i = 0; i < 6; i++) respondents.push(createRespondent());
  // Enough rows for the backup to take many steps.
  for (let i = 0; i < 300; i++) save(`before-${i}`);
  enqueueEmail(getDb(), { to: "a@example.org", lang: "fr", kind: "receipt", subject: "Reçu", html: "<p>Reçu</p>", text: "Reçu" });
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((t) => t.name);
}

/** Row counts of every table, and every row of the key tables. */
function dump(dbFile: string) {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const counts = Object.fromEntries(
      tables(db).map((name) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
    );
    const rows = Object.fromEntries(KEY_TABLES.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
    return { counts, rows };
  } finally {
    db.close();
  }
}

function markersIn(dbFile: string): string[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const texts = db.prepare("SELECT text FROM response_revisions").all() as { text: string }[];
    return texts.map((r) => /Our answer (\S+):/.exec(r.text)?.[1] ?? "");
  } finally {
    db.close();
  }
}

describe("npm run db:backup", () => {
  it("takes a consistent backup while answers are being saved", async () => {
    // The portal's connection writes, as the running server would, on every
    // turn of the event loop while the backup, on its own connection, copies
    // a few pages per step (each write makes it start over on a fresh snapshot).
    let writing = true;
    let during = 0;
    const writer = (async () => {
      while (writing && during < 150) {
        save(`during-${during}`);
        during += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const result = await backupDatabase(live(), file("during.db"), { pagesPerStep: 16 });
    writing = false;
    await writer;

    expect(during).toBeGreaterThan(0);
    expect(result.pages).toBeGreaterThan(16); // it really took several steps
    expect(fs.statSync(result.file).size).toBe(result.bytes);
    // One file: no write-ahead log beside it, no leftover partial copy.
    expect(fs.existsSync(`${result.file}-wal`)).toBe(false);
    expect(fs.existsSync(`${result.file}.partial`)).toBe(false);
    expect(fileProblems(result.file)).toEqual([]);

    // A snapshot: every save before it and a prefix of those made during it, nothing half-written.
    const markers = new Set(markersIn(result.file));
    for (let i = 0; i < 300; i++) expect(markers.has(`before-${i}`)).toBe(true);
    const kept = [...Array(during).keys()].filter((i) => markers.has(`during-${i}`));
    expect(kept).toEqual([...Array(kept.length).keys()]);
    const db = new Database(result.file, { readonly: true });
    try {
      // Each answer's version is its newest revision's.
      const mismatched = db
        .prepare(
          `SELECT r.id FROM responses r
           WHERE r.version <> (SELECT max(version) FROM response_revisions v WHERE v.response_id = r.id)`,
        )
        .all();
      expect(mismatched).toEqual([]);
    } finally {
      db.close();
    }
  });

  it("names backups after the time, and never overwrites one", async () => {
    expect(defaultBackupPath("backups", new Date("2026-03-02T14:05:09.123Z"))).toBe(path.join("backups", "portal-20260302-140509.db"));
    fs.writeFileSync(file("taken.db"), "keep me");
    await expect(backupDatabase(live(), file("taken.db"))).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(file("taken.db"), "utf8")).toBe("keep me");
    await expect(backupDatabase(file("missing.db"), file("x.db"))).rejects.toThrow(BackupError);
  });
});

describe("npm run db:restore", () => {
  it("restores a backup into a new place with the same rows", async () => {
    // Half of the answers submitted (saving makes an answer a draft again): the search index holds those only.
    getDb().$client.prepare("UPDATE responses SET state = 'submitted', submitted_at = ? WHERE id % 2 = 0").run(Date.now());
    const backup = await backupDatabase(live(), file("quiet.db"));
    const before = dump(live());
    const target = file("restored/portal.db");

    const result = restoreDatabase(backup.file, target);
    expect(result).toMatchObject({ target, replaced: false });
    expect(result.warning).toBeUndefined();

    const restored = dump(target);
    expect(restored.counts).toEqual(before.counts);
    expect(restored.rows).toEqual(before.rows);
    expect(restored.counts.response_revisions).toBeGreaterThanOrEqual(300);
    expect(fs.readdirSync(path.dirname(target))).toEqual(["portal.db"]); // no temporary file left

    // The portal opens it (migrations are up to date) and full-text search works on it.
    const reopened = openDatabase(target);
    try {
      const hits = reopened.$client.prepare("SELECT rowid FROM responses_fts WHERE responses_fts MATCH 'housing'").all();
      const submitted = reopened.$client.prepare("SELECT count(*) AS n FROM responses WHERE state = 'submitted'").get() as { n: number };
      expect(submitted.n).toBeGreaterThan(0);
      expect(hits.length).toBe(submitted.n);
    } finally {
      reopened.$client.close();
    }
    expect(fileProblems(target)).toEqual([]);
  });

  it("replaces an existing database only with --force, and never one a server has open", async () => {
    const backup = await backupDatabase(live(), file("for-replace.db"));
    const target = file("replace/portal.db");
    fs.mkdirSync(path.dirname(target));
    const server = openDatabase(target); // an empty portal database, open as a running server would hold it
    try {
      expect(() => restoreDatabase(backup.file, target)).toThrow(/already exists\. Pass --force/);
      expect(() => restoreDatabase(backup.file, target, { force: true })).toThrow(/in use by another process/);
      expect(server.$client.prepare("SELECT count(*) AS n FROM responses").get()).toEqual({ n: 0 });
    } finally {
      server.$client.close();
    }
    // Stopped: now it is replaced, and a stale -wal of the old file is not read into the new one.
    fs.writeFileSync(`${target}-wal`, "stale");
    const result = restoreDatabase(backup.file, target, { force: true });
    expect(result.replaced).toBe(true);
    expect(fs.existsSync(`${target}-wal`)).toBe(false);
    expect(dump(target).rows).toEqual(dump(backup.file).rows);
  });

  it("refuses a damaged backup and leaves the target as it was", async () => {
    const good = await backupDatabase(live(), file("good.db"));
    const target = file("kept/portal.db");
    restoreDatabase(good.file, target);
    const before = fs.readFileSync(target);

    // Not a database at all.
    fs.writeFileSync(file("garbage.db"), Buffer.alloc(64 * 1024, 7));
    // A real backup with one page overwritten: the first page of the
    // questions, which holds rows (the page in the middle of the file may be
    // an empty table's, which can be overwritten unnoticed).
    const bytes = fs.readFileSync(good.file);
    const pageSize = bytes.readUInt16BE(16);
    const reader = new Database(good.file, { readonly: true });
    const rootPage = reader
      .prepare("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'questions'")
      .pluck()
      .get() as number;
    reader.close();
    const page = rootPage - 1; // pages are numbered from 1
    bytes.fill(0x5a, page * pageSize + 8, (page + 1) * pageSize);
    fs.writeFileSync(file("damaged.db"), bytes);
    // A real backup cut short.
    fs.writeFileSync(file("truncated.db"), fs.readFileSync(good.file).subarray(0, 3 * pageSize));

    for (const bad of ["garbage.db", "damaged.db", "truncated.db"]) {
      expect(fileProblems(file(bad)).length, bad).toBeGreaterThan(0);
      expect(() => restoreDatabase(file(bad), target, { force: true }), bad).toThrow(/not a sound database, so nothing was restored/);
      expect(fs.readFileSync(target).equals(before), bad).toBe(true);
      expect(fs.readdirSync(path.dirname(target))).toEqual(["portal.db"]);
    }
    // A copy whose write-ahead log lives beside it is not a whole database on its own.
    fs.writeFileSync(file("good.db-wal"), "frames");
    expect(() => restoreDatabase(good.file, target, { force: true })).toThrow(/write-ahead log/);
    expect(() => restoreDatabase(file("nowhere.db"), target, { force: true })).toThrow(/There is no backup/);
  });
});
