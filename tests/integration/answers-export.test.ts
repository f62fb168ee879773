// Staff download every submitted answer as CSV: one line per answer with its
// moderation and themes, safe to open in a spreadsheet, refused to anyone
// else, and streamed so a large consultation does not sit in memory.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { consultations, organizations, questions, themes } from "~db/schema";
import { exportEn, exportFr } from "~/i18n/admin-export";
import { answersCsv, answersCsvPlan, EXPORT_COLUMNS } from "~/models/moderate/answers-export.server";
import type { CurrentUser } from "~/models/accounts/auth.server";
import { parseCsv } from "~/lib/csv";
import { decide, redact, tag } from "~/models/moderate/moderation.server";
import { loader } from "~/routes/$lang.admin.answers[.]csv";
import {
  cookieFor,
  createOrganization,
  createRespondent,
  createSubmittedAnswer,
  createUser,
  routeArgs,
  run,
  seedContent,
} from "../support/fixtures";

let moderatorCookie: string;
let respondentCookie: string;
let actor: CurrentUser;
const ids = { tagged: 0, formula: 0, plain: 0, draft: 0 };
let victimsThemeKey: string;

/** Runs the loader as the moderator, or as `as` (null: signed out). */
async function download(path: string, lang = "en", as: string | null = moderatorCookie) {
  return run(() => loader(routeArgs(path, { lang }, { cookie: as ?? undefined })));
}

/** The CSV as rows of cells, each row an object keyed by column. */
async function rowsOf(response: Response) {
  const [header, ...lines] = parseCsv(await response.text());
  return { header: header!, rows: lines.map((cells) => Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c, cells[i]]))) };
}

beforeAll(async () => {
  seedContent();
  const moderator = createUser({ role: "moderator" });
  actor = { id: moderator.id, email: moderator.email, name: moderator.name, role: "moderator", language: "en", organization: null };
  moderatorCookie = await cookieFor(moderator.id);
  respondentCookie = await cookieFor(createRespondent().user.id);

  const consultationId = getDb().select().from(consultations).where(eq(consultations.clusterId, 1)).get()!.id;
  const clusterThemes = getDb().select().from(themes).where(eq(themes.consultationId, consultationId)).all();
  const [first, second] = [...clusterThemes].sort((a, b) => a.key.localeCompare(b.key));
  victimsThemeKey = first!.key;

  const abroad = createOrganization({
    name: "Réseau d'aide, Montréal",
    type: "academic",
    region: "outside",
    country: "France",
    consentQuote: "named",
    consentPublishName: true,
  });
  ids.tagged = createSubmittedAnswer(abroad.id, 1, 'Les refuges sont "pleins",\nles victimes attendent. Call Ana at 555-0100.', {
    language: "fr",
    closedAnswer: "partly",
    submittedAt: new Date("2025-03-04T05:06:07.000Z"),
  }).id;
  ids.draft = createSubmittedAnswer(abroad.id, 2, "Not finished yet", { state: "draft", submittedAt: null }).id;
  // Tagged out of key order: the export lists themes by key.
  tag(actor, [ids.tagged], second!.id, "suggested");
  tag(actor, [ids.tagged], first!.id, "manual");
  redact(actor, ids.tagged, 'Les refuges sont "pleins",\nles victimes attendent. Call [name] at [phone].');
  decide(actor, [ids.tagged], { kind: "approve" });

  const local = createOrganization({ name: "Local Shelter", region: "QC" });
  ids.formula = createSubmittedAnswer(local.id, 3, '=HYPERLINK("http://evil.example","click")').id;
  decide(actor, [ids.formula], { kind: "reject", reason: "off-topic", note: "" });
  ids.plain = createSubmittedAnswer(local.id, 4, "Training for police is short.", { closedAnswer: "no" }).id;
});

describe("the answers CSV", () => {
  it("is a UTF-8 CSV download that is never cached", async () => {
    const response = (await download("/en/admin/answers.csv")) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="answers-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The BOM, so Excel reads French accents as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("has one line per submitted answer, headed in the page's language, drafts left out", async () => {
    const en = await rowsOf((await download("/en/admin/answers.csv")) as Response);
    expect(en.header).toEqual(EXPORT_COLUMNS.map((c) => exportEn[c]));
    expect(en.rows.map((r) => Number(r.responseId))).toEqual([ids.tagged, ids.formula, ids.plain]);
    expect(en.rows.some((r) => r.originalText === "Not finished yet")).toBe(false);

    const fr = await rowsOf((await download("/fr/admin/answers.csv", "fr")) as Response);
    expect(fr.header).toEqual(EXPORT_COLUMNS.map((c) => exportFr[c]));
    // Cells are codes, the same in both languages.
    expect(fr.rows).toEqual(en.rows);
  });

  it("carries the answer, its organization, moderation and themes", async () => {
    const { rows } = await rowsOf((await download("/en/admin/answers.csv")) as Response);
    const tagged = rows.find((r) => Number(r.responseId) === ids.tagged)!;
    const question1 = getDb().select().from(questions).where(eq(questions.number, 1)).get()!;
    expect(tagged).toMatchObject({
      cluster: "1",
      // Which cycle's consultation of the cluster it answered.
      consultation: "cluster-1",
      questionNumber: "1",
      instrument: question1.instrumentId,
      article: question1.article,
      organizationName: "Réseau d'aide, Montréal",
      organizationType: "academic",
      region: "outside: France",
      language: "fr",
      closedAnswer: "partly",
      originalText: 'Les refuges sont "pleins",\nles victimes attendent. Call Ana at 555-0100.',
      publicText: 'Les refuges sont "pleins",\nles victimes attendent. Call [name] at [phone].',
      moderationState: "approved",
      rejectionReason: "",
      consentQuote: "named",
      consentPublishName: "yes",
      submittedAt: "2025-03-04T05:06:07.000Z",
      version: "1",
    });
    expect(tagged.moderatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(tagged.themes!.split(";")[0]).toBe(victimsThemeKey);
    expect(tagged.themes!.split(";")).toHaveLength(2);
    expect(tagged.themeSources).toBe("manual;suggested");

    const plain = rows.find((r) => Number(r.responseId) === ids.plain)!;
    expect(plain).toMatchObject({
      region: "QC",
      moderationState: "pending",
      publicText: "Training for police is short.",
      themes: "",
      moderatedAt: "",
    });
  });

  it("never exports contact names or emails", async () => {
    const text = await ((await download("/en/admin/answers.csv")) as Response).text();
    for (const user of getDb().query.users.findMany().sync()) {
      expect(text).not.toContain(user.email);
    }
  });

  it("neutralises an answer a spreadsheet would run as a formula", async () => {
    const { rows } = await rowsOf((await download("/en/admin/answers.csv")) as Response);
    const formula = rows.find((r) => Number(r.responseId) === ids.formula)!;
    expect(formula.originalText).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(formula.publicText).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(formula).toMatchObject({ moderationState: "rejected", rejectionReason: "off-topic" });
  });

  it("filters by cluster number, and refuses a filter it does not understand", async () => {
    const one = (await download("/en/admin/answers.csv?consultation=1")) as Response;
    expect(one.headers.get("Content-Disposition")).toMatch(/filename="answers-cluster-1-\d{4}-\d{2}-\d{2}\.csv"/);
    expect((await rowsOf(one)).rows).toHaveLength(3);
    expect((await rowsOf((await download("/en/admin/answers.csv?consultation=2")) as Response)).rows).toEqual([]);
    // A mistyped filter is refused, in the language of the link, rather than handing over everything.
    const mistyped = (await download("/en/admin/answers.csv?consultation=abc")) as Response;
    expect(mistyped.status).toBe(400);
    expect(await mistyped.text()).toContain("?consultation= takes the number of a cluster");
    const mistypedFr = (await download("/fr/admin/answers.csv?consultation=abc", "fr")) as Response;
    expect(mistypedFr.status).toBe(400);
    expect(mistypedFr.headers.get("Content-Language")).toBe("fr");
    expect(await mistypedFr.text()).toContain("prend le numéro d’un groupe thématique");
    expect(((await download("/en/admin/answers.csv?consultation=")) as Response).status).toBe(200);
  });

  it("sends a signed-out visitor to sign in and refuses a respondent", async () => {
    const anonymous = (await download("/en/admin/answers.csv", "en", null)) as Response;
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/en\/sign-in/);
    expect(((await download("/en/admin/answers.csv", "en", respondentCookie)) as Response).status).toBe(403);
  });
});

describe("streaming", () => {
  const BULK = 20_000;

  beforeAll(() => {
    // Written straight through SQLite: 20,000 answers with long texts spread
    // over organizations × the cluster's questions (one answer each).
    const db = getDb();
    const client = db.$client;
    const questionIds = db
      .select({ id: questions.id })
      .from(questions)
      .all()
      .map((q) => q.id);
    const long = "Shelters are full and victims wait for weeks; training is short. ".repeat(25);
    const addOrganization = client.prepare(
      "INSERT INTO organizations (name, name_key, type, region, mandate) VALUES (?, ?, 'ngo', 'ON', 'Bulk') RETURNING id",
    );
    const addAnswer = client.prepare(
      "INSERT INTO responses (organization_id, question_id, text, language, state, version, updated_at, submitted_at) VALUES (?, ?, ?, 'en', 'submitted', 1, ?, ?)",
    );
    client.transaction(() => {
      const now = Date.now();
      let made = 0;
      for (let o = 0; made < BULK; o++) {
        const { id } = addOrganization.get(`Bulk ${o}`, `bulk ${o}`) as { id: number };
        for (const questionId of questionIds) {
          if (made === BULK) break;
          addAnswer.run(id, questionId, `${made} ${long}`, now, now);
          made += 1;
        }
      }
    })();
  }, 120_000);

  it("starts from the first row: SQLite walks the answers in order instead of sorting them all first", () => {
    // With a sort, a million answers kept the download silent for 14 s and
    // its read worker from every other staff page meanwhile.
    for (const cluster of [null, 1]) {
      const plan = answersCsvPlan(cluster);
      expect(plan).not.toContain("USE TEMP B-TREE FOR ORDER BY");
      expect(plan[0]).toMatch(/^SCAN r\b/);
    }
  });

  it("reads rows from the database only as the download asks for them", async () => {
    let rowsRead = 0;
    const stream = answersCsv({ lang: "en", cluster: null, onBatch: (n) => (rowsRead = n) });
    const reader = stream.getReader();

    const first = await reader.read();
    expect(first.done).toBe(false);
    // The first chunk needs a batch, not the table: a batch or two are read
    // (one is kept ready ahead), far fewer than the 20,000 rows there are.
    expect(rowsRead).toBeGreaterThan(0);
    expect(rowsRead).toBeLessThanOrEqual(1_000);

    // While the download is open, the rest of the portal can still write.
    getDb().update(organizations).set({ mandate: "Changed during the export" }).where(eq(organizations.name, "Local Shelter")).run();

    let chunks = 1;
    let lines = new TextDecoder().decode(first.value).split("\r\n").length - 1;
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks += 1;
      lines += decoder.decode(value, { stream: true }).split("\r\n").length - 1;
    }
    // Header + the three answers above + the bulk ones, in many chunks.
    expect(rowsRead).toBe(BULK + 3);
    expect(lines).toBe(BULK + 4);
    expect(chunks).toBeGreaterThanOrEqual(BULK / 500);
  }, 120_000);

  it("stops reading and lets go of the database when the download is cancelled", async () => {
    let rowsRead = 0;
    const reader = answersCsv({ lang: "en", cluster: null, onBatch: (n) => (rowsRead = n) }).getReader();
    await reader.read();
    const before = rowsRead;
    await reader.cancel();
    expect(rowsRead).toBe(before);
    expect(rowsRead).toBeLessThan(BULK);
    // The shared connection was never held: writes go through.
    getDb().update(organizations).set({ mandate: "After cancel" }).where(eq(organizations.name, "Local Shelter")).run();
  });
});
