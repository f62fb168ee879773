// `npm run db:generate -- --answers 1000000 [--orgs N] [--database FILE] [--seed 1] [--publish] [--force]`
//
// Fills a fresh database with synthetic, realistic data for the benchmark
// (scripts/bench.ts): organizations of every type and region with a contact
// each, their answers to the Cluster 1 questions in English (~70%) and French
// (~30%, with accents) composed from phrase banks about the UNTOC topics
// (scripts/bench/phrases.ts), 20–400 words, log-normal, capped at each
// question's word limit; a revision per answer; submissions with receipt
// numbers; moderation (~50% approved, ~5% rejected, the rest pending: no row,
// as for an answer staff have not touched); 1–2 themes on approved answers,
// related to what the answer talks about; ~3% of answers in campaigns of
// 20–2000 near-identical copies. Deterministic for a given --seed.
//
// Options:
//   --answers M     answers to generate (default 10000)
//   --orgs N        organizations (default M/8, at least M/20: one answer per
//                   organization and question, 20 questions)
//   --database F    the file (default DATABASE_URL, else data/generated.db);
//                   a file this script did not generate is never overwritten
//                   without --force
//   --seed S        the PRNG seed (mulberry32), default 1
//   --publish       also publish version 1 of the report (built by
//                   buildReportDocument, as publishing would) so the public
//                   report page has something to show
//
// The search index's triggers are off during the bulk insert: the order of
// submission (responses.submitted_seq, migration 0018) is given once at the
// end, by submitted time, and the index is rebuilt once from it. Measured at
// 200k answers on the 2-core machine: 12.6 s in all (3.4 s of it the
// rebuild), against 37.8 s inserting into the index row by row.
//
// Shortcuts, on purpose (a real database built through the portal differs):
// - Near-duplicate signatures: app/models/moderate/campaigns.server.ts computes one per
//   submitted answer (recordSignatures), far too slow for a million answers.
//   Here only campaign members get a row: every member of a generated
//   campaign shares the signature of the campaign's first copy (computed once
//   with app/lib/near-duplicates.ts) and the group id of that first copy,
//   the smallest member id, as the portal would record them. Answers outside
//   campaigns have no signature row (the portal would store one per submitted
//   answer of 20 words or more, ~1 KB each), so queries joining
//   response_signatures read fewer rows than in production.
// - Foreign keys are off during the bulk insert (the ids are generated
//   consistently); `--check` runs PRAGMA foreign_key_check at the end.
// - journal_mode is OFF (not WAL) and synchronous OFF during generation: a WAL
//   would write every page twice, and a file that fails halfway is thrown
//   away (it is only marked as generated once complete). The file is put back
//   in WAL mode at the end, as openDatabase leaves it.
// - No audit rows, outbox emails or sign-in tokens: nobody acted.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import type { Sentence } from "./bench/phrases";

const { values: args } = parseArgs({
  options: {
    answers: { type: "string", default: "10000" },
    orgs: { type: "string" },
    database: { type: "string" },
    seed: { type: "string", default: "1" },
    publish: { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  },
  allowPositionals: false,
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/[_,]/g, ""));
  if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a whole number, not "${value}".`);
  return n;
}

const QUESTIONS_PER_CONSULTATION = 20;
const answersWanted = count("answers", args.answers)!;
const orgsGiven = count("orgs", args.orgs);
const orgCount = orgsGiven ?? Math.max(1, Math.ceil(answersWanted / 8));
if (orgCount * QUESTIONS_PER_CONSULTATION < answersWanted) {
  fail(
    `${orgCount} organizations can give at most ${orgCount * QUESTIONS_PER_CONSULTATION} answers (one per question, ${QUESTIONS_PER_CONSULTATION} questions): ` +
      `use --orgs ${Math.ceil(answersWanted / QUESTIONS_PER_CONSULTATION)} or more, or leave --orgs out.`,
  );
}
const seedValue = count("seed", args.seed)!;
const file = path.resolve(args.database ?? (process.env.DATABASE_URL?.replace(/^file:/, "") || "data/generated.db"));
const log = args.quiet ? () => {} : (line: string) => console.log(line);

// --- Refuse to overwrite real data ---------------------------------------------

/** Table written last by this script: its presence marks a complete generated file. */
const MARK_TABLE = "_generated";

async function isGenerated(target: string): Promise<boolean> {
  const Database = (await import("better-sqlite3")).default;
  try {
    const db = new Database(target, { readonly: true, fileMustExist: true });
    try {
      return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MARK_TABLE);
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

// --- Deterministic randomness ---------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(seedValue);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
function weighted<T extends string>(table: readonly (readonly [T, number])[]): () => T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  return () => {
    let r = random() * total;
    for (const [value, w] of table) {
      r -= w;
      if (r < 0) return value;
    }
    return table[table.length - 1]![0];
  };
}
function normal(): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

// Roughly Canada's population by province, plus organizations from abroad.
const regionOf = weighted([
  ["ON", 34],
  ["QC", 21],
  ["BC", 13],
  ["AB", 11],
  ["MB", 3.5],
  ["SK", 3],
  ["NS", 2.6],
  ["NB", 2],
  ["NL", 1.4],
  ["PE", 0.5],
  ["NT", 0.4],
  ["YT", 0.4],
  ["NU", 0.4],
  ["outside", 5],
] as const);
const COUNTRIES = ["United States", "Mexico", "France", "United Kingdom", "Philippines", "Belgium", "Haiti", "India"];
const typeOf = weighted([
  ["ngo", 45],
  ["indigenous", 7],
  ["academic", 15],
  ["professional", 10],
  ["labour", 5],
  ["faith", 5],
  ["private", 8],
  ["other", 5],
] as const);
const consentQuoteOf = weighted([
  ["named", 40],
  ["anonymous", 30],
  ["none", 30],
] as const);
const closedOf = weighted([
  ["yes", 35],
  ["partly", 30],
  ["no", 20],
  ["dont_know", 15],
] as const);
const RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"; // as app/models/respond/receipt-number.server.ts

async function main() {
  const t0 = performance.now();
  const phases: Record<string, number> = {};
  let mark = t0;
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = (now - mark) / 1000;
    mark = now;
    log(`  ${name.padEnd(28)} ${phases[name]!.toFixed(2)} s`);
  };

  if (fs.existsSync(file)) {
    if (!(await isGenerated(file)) && !args.force) {
      fail(
        `${file} exists and was not made by this generator: it may hold real answers. Choose another --database, or add --force to replace it.`,
      );
    }
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  }
  log(
    `Generating ${answersWanted.toLocaleString("en")} answers from ${orgCount.toLocaleString("en")} organizations into ${file} (seed ${seedValue}).`,
  );

  // The app modules read DATABASE_URL when first asked for the database.
  process.env.DATABASE_URL = file;
  const { getDb, closeDb } = await import("../db/client.server");
  const { seed } = await import("../db/seed");
  const { organizationNameKey, websiteDomain } = await import("../app/lib/organization-keys");
  const { serialiseSignature, signatureOf } = await import("../app/lib/near-duplicates");
  const { buildBank, organizationName, MANDATES, THEME_KEYS } = await import("./bench/phrases");
  const { demoReportContent } = await import("../db/seed/demo-report-content");
  const { rebuildKeptCounts } = await import("../db/kept-counts.server");

  const now = new Date();
  const db = getDb();
  seed(db, now);
  const sqlite = db.$client;
  phase("migrate + seed");

  // better-sqlite3 opens connections in SQLite's defensive mode, which refuses
  // journal_mode=OFF (the pragma silently answers the old mode); leaving WAL
  // also needs a stop at DELETE. Unsafe mode is on for the bulk load only.
  sqlite.unsafeMode(true);
  sqlite.pragma("journal_mode = DELETE");
  const journal = (sqlite.pragma("journal_mode = OFF") as { journal_mode: string }[])[0]?.journal_mode;
  if (journal !== "off") log(`  (journal_mode stayed ${journal})`);
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("foreign_keys = OFF");
  sqlite.pragma("cache_size = -1000000"); // 1 GB of page cache
  sqlite.pragma("temp_store = MEMORY");

  const consultation = sqlite.prepare("SELECT id, opens_at AS opensAt FROM consultations WHERE slug = 'cluster-1'").get() as {
    id: number;
    opensAt: number;
  };
  const questionRows = sqlite
    .prepare(
      "SELECT id, number, answer_type AS answerType, word_limit AS wordLimit FROM questions WHERE consultation_id = ? ORDER BY number",
    )
    .all(consultation.id) as { id: number; number: number; answerType: "closed" | "open"; wordLimit: number }[];
  if (questionRows.length !== QUESTIONS_PER_CONSULTATION)
    fail(`Expected ${QUESTIONS_PER_CONSULTATION} Cluster 1 questions, found ${questionRows.length}.`);
  const themeRows = sqlite.prepare("SELECT id, key FROM themes WHERE consultation_id = ?").all(consultation.id) as {
    id: number;
    key: string;
  }[];
  const themeIdByKey = new Map(themeRows.map((t) => [t.key, t.id]));
  const themeKeys = THEME_KEYS.filter((key) => themeIdByKey.has(key));

  // FTS: keep the triggers' own SQL to put them back exactly as they were.
  const ftsTriggers = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'responses' AND name LIKE 'responses_fts_%'")
    .all() as { name: string; sql: string }[];
  for (const t of ftsTriggers) sqlite.exec(`DROP TRIGGER "${t.name}"`);
  // Kept counts (migration 0011): off during the bulk insert, counted once at
  // the end by the rebuild and put back as they were, as for the index.
  const keptTriggers = sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'kept_counts_*'").all() as {
    name: string;
    sql: string;
  }[];
  for (const t of keptTriggers) sqlite.exec(`DROP TRIGGER "${t.name}"`);

  // Staff: one admin, four moderators (they moderated and tagged).
  const insertUser = sqlite.prepare(
    "INSERT INTO users (id, email, name, role, organization_id, language, created_at, last_sign_in_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const staffIds: number[] = [];
  sqlite.transaction(() => {
    insertUser.run(1, "admin@consultation.example.ca", "Alex Admin", "admin", null, "en", consultation.opensAt, now.getTime());
    for (let i = 1; i <= 4; i++) {
      insertUser.run(
        1 + i,
        `moderator${i}@consultation.example.ca`,
        `Moderator ${i}`,
        "moderator",
        null,
        i % 2 ? "en" : "fr",
        consultation.opensAt,
        now.getTime(),
      );
      staffIds.push(1 + i);
    }
  })();

  const bank = buildBank(random);
  const insertOrg = sqlite.prepare(
    `INSERT INTO organizations (id, name, name_key, type, region, country, website, website_domain, mandate, consent_publish_name, consent_quote, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSubmission = sqlite.prepare(
    `INSERT INTO submissions (organization_id, consultation_id, receipt_number, submitted_by_user_id, first_submitted_at, last_submitted_at, submission_count)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertResponse = sqlite.prepare(
    `INSERT INTO responses (id, organization_id, question_id, closed_answer, text, language, state, version, updated_by_user_id, updated_at, submitted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const insertRevision = sqlite.prepare(
    `INSERT INTO response_revisions (response_id, version, closed_answer, text, language, state, saved_by_user_id, saved_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  const insertModeration = sqlite.prepare(
    "INSERT INTO moderation (response_id, state, reason, redacted_text, updated_by_user_id, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insertTheme = sqlite.prepare(
    "INSERT INTO response_themes (response_id, theme_id, source, tagged_by_user_id, tagged_at) VALUES (?, ?, 'manual', ?, ?)",
  );
  const insertSignature = sqlite.prepare(
    "INSERT INTO response_signatures (response_id, question_id, signature, group_id) VALUES (?, ?, ?, ?)",
  );

  // --- Text -------------------------------------------------------------------
  let composeMs = 0;
  /** Words composed, for the average printed at the end (counted here: splitting every answer again costs seconds). */
  let composedWords = 0;
  /** 20–400 words, log-normal around 70 (mean ~90), capped at the question's limit. */
  const lengthOf = (limit: number) => Math.min(limit, 400, Math.max(20, Math.round(Math.exp(Math.log(70) + 0.7 * normal()))));
  function compose(lang: "en" | "fr", themes: string[], targetWords: number): string {
    const started = performance.now();
    const general = bank[lang].get("general")!;
    const pools: Sentence[][] = themes.map((key) => bank[lang].get(key)!);
    const parts: string[] = [];
    let words = 0;
    while (words < targetWords) {
      // Mostly theme sentences, some general ones, a paragraph break now and then.
      const pool = pools.length && random() < 0.75 ? pools[int(pools.length)]! : general;
      const s = pool[int(pool.length)]!;
      parts.push(s.text);
      words += s.words;
      if (random() < 0.15) parts.push("\n\n");
    }
    composeMs += performance.now() - started;
    composedWords += words;
    return parts
      .join(" ")
      .replace(/ ?\n\n ?/g, "\n\n")
      .trim();
  }

  // --- Campaigns ----------------------------------------------------------------
  interface Campaign {
    groupId: number;
    signature: string | null;
    template: string;
    language: "en" | "fr";
    closed: string | null;
    remaining: number;
  }
  const CAMPAIGN_SHARE = 0.03;
  const campaignByQuestion = new Map<number, Campaign | undefined>();
  const campaignSize = () => Math.round(Math.exp(Math.log(20) + random() * (Math.log(2000) - Math.log(20))));
  const campaignTemplate = (lang: "en" | "fr") => {
    const themes = [pick(themeKeys), pick(themeKeys)];
    const opening =
      lang === "en"
        ? "We, {org}, join our partners in this common statement."
        : "Nous, {org}, nous joignons à nos partenaires pour cette déclaration commune.";
    return `${opening} ${compose(lang, themes, 60 + int(90))}`;
  };

  // --- The loop ---------------------------------------------------------------------
  const span = Math.max(1, now.getTime() - consultation.opensAt);
  const at = (from: number) => from + int(Math.max(1, now.getTime() - from));
  const nameCounts = new Map<string, number>();
  const receipts = new Set<string>();
  const questionOrder = questionRows.map((_, i) => i);
  let responseId = 0;
  let answersLeft = answersWanted;
  const stats = { submitted: 0, approved: 0, rejected: 0, pendingRows: 0, themes: 0, campaignAnswers: 0, campaigns: 0, french: 0 };
  const BATCH = 50_000;
  let rowsInBatch = 0;
  let insertMs = 0;
  let commitMs = 0;
  sqlite.exec("BEGIN");
  const tick = () => {
    if (++rowsInBatch >= BATCH) {
      const started = performance.now();
      sqlite.exec("COMMIT");
      commitMs += performance.now() - started;
      sqlite.exec("BEGIN");
      rowsInBatch = 0;
    }
  };

  for (let orgIndex = 0; orgIndex < orgCount; orgIndex++) {
    const orgId = orgIndex + 1;
    const orgsLeft = orgCount - orgIndex;
    // Spread what is left over the organizations left, with variation, never
    // more than 20 nor leaving more than the rest can take.
    const mean = answersLeft / orgsLeft;
    let k = Math.round(mean * (0.4 + 1.2 * random()));
    k = Math.max(k, answersLeft - QUESTIONS_PER_CONSULTATION * (orgsLeft - 1), 0);
    k = Math.min(k, QUESTIONS_PER_CONSULTATION, answersLeft);
    answersLeft -= k;

    const type = typeOf();
    const region = regionOf();
    const lang: "en" | "fr" = random() < (region === "QC" ? 0.8 : region === "NB" ? 0.35 : 0.15) ? "fr" : "en";
    // A few hundred base names: the second "Toronto Bar Association" becomes
    // "Toronto Bar Association (2)", numbered per base name (probing the
    // numbers one by one would be quadratic).
    const base = organizationName(lang, type, random);
    const baseKey = organizationNameKey(base);
    const n = (nameCounts.get(baseKey) ?? 0) + 1;
    nameCounts.set(baseKey, n);
    const name = n === 1 ? base : `${base} (${n})`;
    const nameKey = n === 1 ? baseKey : `${baseKey} ${n}`;
    const website = random() < 0.8 ? `https://www.org${orgId}.example.ca/` : null;
    const createdAt = consultation.opensAt + int(span / 2);
    const submittedOrg = k > 0 && random() < 0.92;
    const started = performance.now();
    insertOrg.run(
      orgId,
      name,
      nameKey,
      type,
      region,
      region === "outside" ? pick(COUNTRIES) : null,
      website,
      websiteDomain(website),
      pick(MANDATES[lang]),
      random() < 0.6 ? 1 : 0,
      consentQuoteOf(),
      createdAt,
    );
    const userId = 100 + orgId;
    insertUser.run(userId, `contact${orgId}@org${orgId}.example.ca`, `Contact ${orgId}`, "respondent", orgId, lang, createdAt, createdAt);
    insertMs += performance.now() - started;

    // Which questions: a random k of the 20 (partial shuffle), in order.
    for (let i = 0; i < k; i++) {
      const j = i + int(QUESTIONS_PER_CONSULTATION - i);
      [questionOrder[i], questionOrder[j]] = [questionOrder[j]!, questionOrder[i]!];
    }
    const chosen = questionOrder.slice(0, k).sort((a, b) => a - b);
    let lastSubmittedAt = 0;
    for (const qi of chosen) {
      const q = questionRows[qi]!;
      const id = ++responseId;
      const updatedAt = at(createdAt);
      const submittedAt = submittedOrg ? Math.min(now.getTime(), updatedAt + int(86_400_000)) : null;
      if (submittedAt) lastSubmittedAt = Math.max(lastSubmittedAt, submittedAt);

      let text: string;
      let language = lang;
      let closed: string | null = q.answerType === "closed" ? closedOf() : null;
      let themes: string[];
      let signature: { value: string | null; groupId: number } | null = null;
      let campaign = campaignByQuestion.get(q.id);
      if (submittedOrg && random() < CAMPAIGN_SHARE) {
        if (!campaign || campaign.remaining <= 0) {
          const campaignLang = random() < 0.3 ? "fr" : "en";
          campaign = {
            groupId: id,
            signature: null,
            template: campaignTemplate(campaignLang),
            language: campaignLang,
            closed,
            remaining: campaignSize(),
          };
          campaignByQuestion.set(q.id, campaign);
          stats.campaigns++;
        }
        campaign.remaining--;
        language = campaign.language;
        closed = q.answerType === "closed" ? campaign.closed : null;
        text = campaign.template.replace("{org}", name);
        // One copy in three fixes or changes a word: still near-identical.
        if (random() < 0.33) text = text.replace(language === "en" ? / should /i : / devrait /i, language === "en" ? " must " : " doit ");
        campaign.signature ??= (() => {
          const s = signatureOf(text);
          return s ? serialiseSignature(s) : null;
        })();
        signature = { value: campaign.signature, groupId: campaign.groupId };
        themes = [];
        stats.campaignAnswers++;
      } else {
        themes = random() < 0.5 ? [pick(themeKeys)] : [pick(themeKeys), pick(themeKeys)];
        // A closed question answered by the choice alone, now and then.
        text = closed && random() < 0.1 ? "" : compose(language, themes, lengthOf(q.wordLimit));
      }
      if (language === "fr") stats.french++;

      const begun = performance.now();
      const state = submittedAt ? "submitted" : "draft";
      insertResponse.run(id, orgId, q.id, closed, text, language, state, userId, updatedAt, submittedAt);
      insertRevision.run(id, closed, text, language, state, userId, updatedAt);
      if (signature?.value) insertSignature.run(id, q.id, signature.value, signature.groupId);
      if (submittedAt) {
        stats.submitted++;
        const r = random();
        const moderatedAt = Math.min(now.getTime(), submittedAt + int(3 * 86_400_000));
        const moderator = pick(staffIds);
        if (r < 0.5) {
          // Approved; one in twenty-five with personal information taken out.
          const redacted = text && random() < 0.04 ? text.replace(/^(\S+ \S+ \S+)/, "$1 [redacted]") : null;
          insertModeration.run(id, "approved", null, redacted, moderator, moderatedAt);
          stats.approved++;
          const tagged = themes.length ? [...new Set(themes)] : [pick(themeKeys)];
          for (const key of tagged) {
            insertTheme.run(id, themeIdByKey.get(key)!, moderator, moderatedAt);
            stats.themes++;
          }
        } else if (r < 0.55) {
          insertModeration.run(
            id,
            "rejected",
            signature ? "duplicate" : random() < 0.8 ? "off-topic" : "abusive",
            null,
            moderator,
            moderatedAt,
          );
          stats.rejected++;
        } else if (r < 0.57) {
          // A pending row (staff opened it, then left it): most pending answers have none.
          insertModeration.run(id, "pending", null, null, moderator, moderatedAt);
          stats.pendingRows++;
        }
      }
      insertMs += performance.now() - begun;
      tick();
    }

    if (submittedOrg) {
      let receipt: string;
      do {
        const block = () => Array.from({ length: 4 }, () => RECEIPT_ALPHABET[int(RECEIPT_ALPHABET.length)]).join("");
        receipt = `C1-${block()}-${block()}`;
      } while (receipts.has(receipt));
      receipts.add(receipt);
      const amended = random() < 0.1;
      insertSubmission.run(
        orgId,
        consultation.id,
        receipt,
        userId,
        amended ? lastSubmittedAt - int(86_400_000) : lastSubmittedAt,
        lastSubmittedAt,
        amended ? 2 : 1,
      );
    }
  }
  sqlite.exec("COMMIT");
  phase("rows (orgs, answers, …)");
  log(
    `    of which composing text ${(composeMs / 1000).toFixed(2)} s, inserting ${(insertMs / 1000).toFixed(2)} s, committing ${(commitMs / 1000).toFixed(2)} s`,
  );

  // The order of submission, as the triggers would have given it had the
  // answers been submitted through the portal one after another, then the
  // search index keyed by it. The indexes on the column are dropped
  // meanwhile and built once after, as migration 0018 does.
  const seqIndexes = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'responses' AND sql LIKE '%submitted_seq%'")
    .all() as { name: string; sql: string }[];
  for (const index of seqIndexes) sqlite.exec(`DROP INDEX "${index.name}"`);
  sqlite.exec(`UPDATE responses SET submitted_seq = ordered.n
    FROM (SELECT id, row_number() OVER (ORDER BY submitted_at, id) AS n FROM responses WHERE state = 'submitted') AS ordered
    WHERE ordered.id = responses.id`);
  for (const index of seqIndexes) sqlite.exec(index.sql);
  sqlite.exec("INSERT INTO responses_fts(responses_fts) VALUES('rebuild')");
  for (const t of ftsTriggers) sqlite.exec(t.sql);
  phase("order of submission, FTS rebuild + triggers");
  rebuildKeptCounts(sqlite);
  for (const t of keptTriggers) sqlite.exec(t.sql);
  phase("kept counts + triggers");

  // Report texts and picked quotes: the demo's texts, quotes from generated answers.
  sqlite.transaction(() => {
    const c = demoReportContent;
    sqlite
      .prepare(
        "INSERT INTO report_drafts (consultation_id, intro_en, intro_fr, acknowledgements_en, acknowledgements_fr, updated_by_user_id, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)",
      )
      .run(consultation.id, c.introEn, c.introFr, c.acknowledgementsEn, c.acknowledgementsFr, now.getTime());
    const summary = sqlite.prepare(
      "INSERT INTO question_summaries (question_id, summary_en, summary_fr, key_points_en, key_points_fr, updated_by_user_id, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)",
    );
    for (const s of c.summaries) {
      const q = questionRows.find((row) => row.number === s.question);
      if (q) summary.run(q.id, s.summaryEn, s.summaryFr, s.keyPointsEn.join("\n"), s.keyPointsFr.join("\n"), now.getTime());
    }
    const candidates = sqlite.prepare(
      `SELECT r.id, coalesce(m.redacted_text, r.text) AS text FROM responses r
       JOIN moderation m ON m.response_id = r.id AND m.state = 'approved'
       JOIN organizations o ON o.id = r.organization_id AND o.consent_quote <> 'none'
       WHERE r.question_id = ? AND r.state = 'submitted' AND r.text <> '' ORDER BY r.id LIMIT 3`,
    );
    const insertQuote = sqlite.prepare("INSERT INTO quotes (response_id, text, created_by_user_id, created_at) VALUES (?, ?, 2, ?)");
    const insertPick = sqlite.prepare("INSERT INTO report_quotes (quote_id, position, picked_by_user_id, picked_at) VALUES (?, ?, 1, ?)");
    let position = 0;
    for (const q of questionRows) {
      for (const row of candidates.all(q.id) as { id: number; text: string }[]) {
        const excerpt = row.text.split(/(?<=\.)\s/)[0]!;
        const quoteId = insertQuote.run(row.id, excerpt, now.getTime()).lastInsertRowid;
        insertPick.run(quoteId, ++position, now.getTime());
      }
    }
  })();
  phase("report texts + quotes");

  if (args.check) {
    const problems = sqlite.pragma("foreign_key_check") as unknown[];
    if (problems.length) fail(`Foreign key problems: ${JSON.stringify(problems.slice(0, 5))}`);
    phase("foreign key check");
  }

  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("journal_mode = WAL");
  sqlite.unsafeMode(false);
  sqlite.pragma("synchronous = NORMAL");

  let published = false;
  if (args.publish) {
    const { buildReportDocument } = await import("../app/models/report/document.server");
    const document = buildReportDocument(1, now);
    if (!document) fail("The Cluster 1 report could not be built.");
    // Written directly, as db/seed/demo-report.ts does: no publisher, audit rows or emails.
    const frozen = { ...document, version: 1, publishedAt: now.toISOString() };
    sqlite
      .prepare(
        "INSERT INTO report_versions (consultation_id, version, snapshot, published_by_user_id, published_at) VALUES (?, 1, ?, 1, ?)",
      )
      .run(consultation.id, JSON.stringify(frozen), now.getTime());
    published = true;
    phase("publish report v1");
  }

  const info = {
    answers: responseId,
    organizations: orgCount,
    seed: seedValue,
    published,
    generatedAt: now.toISOString(),
    stats,
    phases,
    seconds: (performance.now() - t0) / 1000,
  };
  sqlite.exec(`CREATE TABLE "${MARK_TABLE}" (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
  sqlite.prepare(`INSERT INTO "${MARK_TABLE}" (key, value) VALUES ('info', ?)`).run(JSON.stringify(info));
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  closeDb();

  const size = fs.statSync(file).size;
  log(
    `Done in ${info.seconds.toFixed(1)} s: ${responseId.toLocaleString("en")} answers (${stats.submitted.toLocaleString("en")} submitted, ` +
      `${stats.approved.toLocaleString("en")} approved, ${stats.rejected.toLocaleString("en")} rejected; ${((100 * stats.french) / Math.max(1, responseId)).toFixed(0)}% French; ` +
      `${stats.campaignAnswers.toLocaleString("en")} in ${stats.campaigns} campaigns; ~${Math.round(composedWords / Math.max(1, responseId))} words on average), ` +
      `${(size / 1e6).toFixed(0)} MB.`,
  );
  if (responseId !== answersWanted) fail(`Generated ${responseId} answers instead of ${answersWanted}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
