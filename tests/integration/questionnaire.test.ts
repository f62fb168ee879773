// The question editor, its import and export, and what an edit does to
// answers already given: as an admin, a moderator, a respondent and a
// signed-out visitor would meet it, against the real database.
import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { auditLog, emailOutbox, questions, questionVersions, responses } from "~db/schema";
import { cluster1QuestionnaireJson } from "~db/seed/cluster1-questions";
import { getAnswerContext } from "~/models/moderate/answer-context.server";
import { getQuestionPage } from "~/models/consultations/public.server";
import { answersCsv, EXPORT_COLUMNS } from "~/models/moderate/answers-export.server";
import { parseCsv } from "~/lib/csv";
import { parseCsvQuestionnaire, parseJson, parseQuestionnaire, templateCsv, toCsv, toJson } from "~/models/questionnaire/format";
import { questionnaireProblems } from "~/models/questionnaire/problems.server";
import { exportQuestionnaire, listQuestions } from "~/models/questionnaire/questions.server";
import { getAnswerPage, getDashboard, saveAnswer } from "~/models/respond/responses.server";
import { seed } from "~db/seed";
import * as editRoute from "~/routes/$lang.admin.consultations_.$id_.questions.$questionId";
import * as listRoute from "~/routes/$lang.admin.consultations_.$id_.questions._index";
import * as importRoute from "~/routes/$lang.admin.consultations_.$id_.questions.import";
import * as newRoute from "~/routes/$lang.admin.consultations_.$id_.questions.new";
import * as previewRoute from "~/routes/$lang.admin.consultations_.$id_.questions.preview";
import * as jsonRoute from "~/routes/$lang.admin.consultations_.$id_.questions[.]json";
import {
  answerOf,
  cookieFor,
  createConsultation,
  createRespondent,
  createUser,
  openConsultation,
  routeArgs,
  run,
  seedContent,
} from "../support/fixtures";

type Handler = (args: ReturnType<typeof routeArgs>) => unknown;

/** Status and payload of what a loader or action gave back (data(), a Response or plain data). */
async function call(handler: Handler, path: string, params: Record<string, string>, init: Parameters<typeof routeArgs>[2] = {}) {
  const result = (await run(() => handler(routeArgs(path, params, init)))) as unknown;
  return { ...answerOf<never>(result), response: result instanceof Response ? result : null };
}

const CLUSTER1 = 1;
let admin: string;
let adminId: number;
let moderator: string;
let respondent: string;
let draftId: number;

function questionByNumber(consultationId: number, number: number) {
  return getDb()
    .select()
    .from(questions)
    .where(and(eq(questions.consultationId, consultationId), eq(questions.number, number)))
    .get()!;
}

function editForm(q: typeof questions.$inferSelect, changes: Record<string, string> = {}): Record<string, string> {
  return {
    instrument: q.instrumentId,
    article: q.article,
    articleTitleEn: q.articleTitleEn,
    articleTitleFr: q.articleTitleFr,
    promptEn: q.promptEn,
    promptFr: q.promptFr,
    guidanceEn: q.guidanceEn,
    guidanceFr: q.guidanceFr,
    answerType: q.answerType,
    wordLimit: String(q.wordLimit),
    askCitation: q.askCitation ? "yes" : "no",
    ...changes,
  };
}

beforeAll(async () => {
  seedContent();
  openConsultation();
  const a = createUser({ role: "admin" });
  adminId = a.id;
  admin = await cookieFor(a.id);
  moderator = await cookieFor(createUser({ role: "moderator" }).id);
  respondent = await cookieFor(createRespondent().user.id);
  draftId = createConsultation().id;
});

describe("who may use the question editor", () => {
  const params = () => ({ lang: "en", id: String(draftId) });
  it("sends a signed-out visitor to sign in", async () => {
    const result = await call(listRoute.loader as Handler, `/en/admin/consultations/${draftId}/questions`, params());
    expect(result.status).toBe(302);
    expect(result.location).toMatch(/^\/en\/sign-in/);
  });

  it("refuses respondents, even the drafts' preview", async () => {
    for (const handler of [listRoute.loader, previewRoute.loader, jsonRoute.loader]) {
      expect((await call(handler as Handler, "/en/x", params(), { cookie: respondent })).status).toBe(403);
    }
  });

  it("lets a moderator read the list and the preview, but not change anything", async () => {
    expect((await call(listRoute.loader as Handler, "/en/x", params(), { cookie: moderator })).status).toBe(200);
    expect((await call(previewRoute.loader as Handler, "/en/x", params(), { cookie: moderator })).status).toBe(200);
    expect((await call(newRoute.loader as Handler, "/en/x", params(), { cookie: moderator })).status).toBe(403);
    const post = await call(importRoute.action as Handler, "/en/x", params(), { cookie: moderator, form: { content: templateCsv() } });
    expect(post.status).toBe(403);
    expect(listQuestions(draftId)).toHaveLength(0);
  });

  it("answers 404 for a consultation that does not exist", async () => {
    expect((await call(listRoute.loader as Handler, "/en/x", { lang: "en", id: "999" }, { cookie: admin })).status).toBe(404);
  });
});

describe("importing a questionnaire", () => {
  it("imports the template file into an empty consultation, with version 1 and an audit row", async () => {
    const result = await call(
      importRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(draftId) },
      { cookie: admin, form: { content: templateCsv() } },
    );
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ kind: "imported", summary: { created: 1, updated: 0 } });
    const [row] = listQuestions(draftId);
    expect(row!.question).toMatchObject({ number: 1, key: "untoc-5-participation", version: 1 });
    expect(getDb().select().from(questionVersions).where(eq(questionVersions.questionId, row!.question.id)).all()).toHaveLength(1);
    const logged = getDb().select().from(auditLog).where(eq(auditLog.action, "questionnaire.import")).all();
    expect(logged.at(-1)?.entityId).toBe(String(draftId));
  });

  it("lists every problem of every row, with row and field, in French on the French page, and changes nothing", async () => {
    const before = exportQuestionnaire(draftId);
    const good = templateCsv().split("\r\n");
    const header = good[1 - 1]!;
    const example = good[1]!;
    const bad1 = example
      .replace("untoc-5-participation", "second-question")
      .replace(",500,", ",5,")
      .replace(/^second-question,untoc,/, "second-question,nowhere,");
    const bad2 = example.replace("untoc-5-participation", "Third Question");
    const csv = [header, example.replace("untoc-5-participation", "first-question"), bad1, bad2].join("\r\n");
    const result = await call(
      importRoute.action as Handler,
      "/fr/x",
      { lang: "fr", id: String(draftId) },
      { cookie: admin, form: { content: csv } },
    );
    expect(result.status).toBe(400);
    const body = result.body as { kind: string; problems: { row: number; field: string; code: string }[]; content: string };
    expect(body).toMatchObject({ kind: "refused", intent: "import", message: "problems", values: { content: csv } });
    expect(body.problems).toEqual([
      { row: 3, field: "instrument", code: "instrument" },
      { row: 3, field: "word_limit", code: "wordLimit" },
      { row: 4, field: "key", code: "key" },
    ]);
    // What was sent comes back, so a fix is one edit away.
    expect(body.content).toBe(csv);
    expect(exportQuestionnaire(draftId)).toEqual(before);
  });

  it("names an empty French text, a missing column, a file that is not JSON, and a duplicate key", () => {
    const one = parseJson(cluster1QuestionnaireJson);
    if (!one.ok) throw new Error("seed file invalid");
    const first = { ...one.questions[0]!, prompt: { en: "A question?", fr: " " } };
    const json = toJson([first, one.questions[0]!, one.questions[0]!]);
    const problems = parseJson(json);
    expect(problems).toEqual({
      ok: false,
      problems: [
        { row: 1, field: "prompt.fr", code: "required" },
        { row: 3, field: "key", code: "duplicateKey" },
      ],
    });
    expect(parseCsvQuestionnaire("key,instrument\r\nabc,untoc\r\n")).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([{ row: 1, field: "prompt_fr", code: "columns" }]),
    });
    expect(parseQuestionnaire("{ not json")).toEqual({ ok: false, problems: [{ row: null, field: null, code: "notJson" }] });
  });

  it("refuses an empty form with a message, not a 500", async () => {
    const result = await call(
      importRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(draftId) },
      { cookie: admin, form: { content: "" } },
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ kind: "invalid", intent: "import", errors: { file: "required" }, values: { content: "" } });
  });

  it("round-trips exactly: export, import, export (JSON and CSV)", async () => {
    const parsed = parseJson(cluster1QuestionnaireJson);
    if (!parsed.ok) throw new Error("seed file invalid");
    // The shipped file is byte for byte what the exporter writes.
    expect(toJson(parsed.questions)).toBe(readFileSync(new URL("../../db/seed/cluster1-questions.json", import.meta.url), "utf8"));
    const csv = toCsv(parsed.questions);
    const back = parseCsvQuestionnaire(csv);
    expect(back).toEqual({ ok: true, questions: parsed.questions });
    // Formula-looking text survives the spreadsheet guard.
    const tricky = [
      { ...parsed.questions[0]!, guidance: { en: "=not a formula\n\nsecond paragraph, with “quotes”", fr: "-tiret, « guillemets »" } },
    ];
    expect(parseCsvQuestionnaire(toCsv(tricky))).toEqual({ ok: true, questions: tricky });

    // Through the database: Cluster 1's export imported into a new consultation exports the same.
    const exported = exportQuestionnaire(1);
    const target = createConsultation({ clusterId: 3, slug: "cluster-3-roundtrip" });
    const result = await call(
      importRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(target.id) },
      { cookie: admin, form: { content: toCsv(exported) } },
    );
    expect(result.body).toMatchObject({ kind: "imported", summary: { created: exported.length } });
    expect(toJson(exportQuestionnaire(target.id))).toBe(toJson(exported));
    const file = await call(jsonRoute.loader as Handler, "/en/x", { lang: "en", id: String(target.id) }, { cookie: moderator });
    expect(await file.response!.text()).toBe(toJson(exported));
  });

  it("ships the Cluster 1 questions as the seed file, seeded through the importer and never overwritten", () => {
    const parsed = parseJson(cluster1QuestionnaireJson);
    if (!parsed.ok) throw new Error("seed file invalid");
    expect(toJson(exportQuestionnaire(1).map((q) => ({ ...q, retired: false })))).toBe(toJson(parsed.questions));
    const q1 = questionByNumber(1, 1);
    getDb().update(questions).set({ promptEn: "Edited by staff?" }).where(eq(questions.id, q1.id)).run();
    expect(seed(getDb()).inserted).toBe(0);
    expect(questionByNumber(1, 1).promptEn).toBe("Edited by staff?");
    getDb().update(questions).set({ promptEn: q1.promptEn }).where(eq(questions.id, q1.id)).run();
  });
});

describe("adding and editing a question", () => {
  it("adds a question with both languages, and keeps what was typed when a field is missing", async () => {
    const values = {
      key: "som-6-smuggling",
      instrument: "som",
      article: "6",
      articleTitleEn: "Criminalization",
      articleTitleFr: "Incrimination",
      promptEn: "Is smuggling of migrants a crime in Canadian law?",
      promptFr: "",
      guidanceEn: "Name the law.\n\nSee https://laws-lois.justice.gc.ca.",
      guidanceFr: "Indiquez la loi.",
      answerType: "closed",
      wordLimit: "400",
      askCitation: "yes",
    };
    const invalid = await call(newRoute.action as Handler, "/en/x", { lang: "en", id: String(draftId) }, { cookie: admin, form: values });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({
      kind: "invalid",
      intent: "create",
      errors: { promptFr: "required" },
      values: { promptEn: values.promptEn, promptFr: "" },
    });
    const tooShort = await call(
      newRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(draftId) },
      { cookie: admin, form: { ...values, promptFr: "Le trafic est-il un crime ?", wordLimit: "10" } },
    );
    expect(tooShort.body).toMatchObject({ errors: { wordLimit: "invalid" } });

    const created = await call(
      newRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(draftId) },
      { cookie: admin, form: { ...values, promptFr: "Le trafic est-il un crime ?" } },
    );
    expect(created.status).toBe(302);
    const taken = await call(
      newRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(draftId) },
      { cookie: admin, form: { ...values, promptFr: "Le trafic est-il un crime ?" } },
    );
    expect(taken.status).toBe(400);
    expect(taken.body).toMatchObject({ kind: "refused", intent: "create", message: "keyTaken" });
    expect(listQuestions(draftId).map(({ question }) => question.number)).toEqual([1, 2]);
  });

  it("answers an invalid edit 400 with the values typed, and changes nothing", async () => {
    const q = questionByNumber(draftId, 2);
    const result = await call(
      editRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(draftId), questionId: String(q.id) },
      { cookie: admin, form: editForm(q, { promptEn: "", wordLimit: "many" }) },
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      kind: "invalid",
      intent: "save",
      errors: { promptEn: "required" },
      values: { promptEn: "", wordLimit: "many" },
    });
    expect(questionByNumber(draftId, 2)).toEqual(q);
  });

  it("corrects the wording of an unanswered question in place: still version 1, no review marks in a draft", async () => {
    const q = questionByNumber(draftId, 2);
    const result = await call(
      editRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(draftId), questionId: String(q.id) },
      { cookie: admin, form: editForm(q, { promptEn: "Is the smuggling of migrants a crime in Canada?" }) },
    );
    expect(result.body).toMatchObject({ kind: "saved", newVersion: false });
    const after = questionByNumber(draftId, 2);
    expect(after).toMatchObject({ version: 1, needsReviewFr: false, promptEn: "Is the smuggling of migrants a crime in Canada?" });
    expect(getDb().select().from(questionVersions).where(eq(questionVersions.questionId, q.id)).get()?.promptEn).toBe(after.promptEn);
    const log = getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "question.update"), eq(auditLog.entityId, String(q.id))))
      .get();
    expect(log?.before).toMatchObject({ prompt: { en: q.promptEn } });
    expect(log?.after).toMatchObject({ prompt: { en: after.promptEn } });
  });

  it("reorders: the numbers follow, and a move is audited", async () => {
    const second = questionByNumber(draftId, 2);
    await call(
      listRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(draftId) },
      { cookie: admin, form: { intent: "move", questionId: String(second.id), direction: "up" } },
    );
    expect(questionByNumber(draftId, 1).id).toBe(second.id);
    const bad = await call(
      listRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(draftId) },
      { cookie: admin, form: { intent: "move", questionId: String(second.id), direction: "sideways" } },
    );
    expect(bad.status).toBe(400);
  });

  it("refuses to act on another consultation's question through this one's address", async () => {
    const other = questionByNumber(CLUSTER1, 1);
    const result = await call(
      listRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(draftId) },
      { cookie: admin, form: { intent: "retire", questionId: String(other.id) } },
    );
    expect(result.status).toBe(404);
    expect(questionByNumber(CLUSTER1, 1).retiredAt).toBeNull();
  });
});

describe("editing a question that organizations already answered", () => {
  let frenchOrg: ReturnType<typeof createRespondent>;
  let englishOrg: ReturnType<typeof createRespondent>;
  let question: typeof questions.$inferSelect;

  beforeAll(() => {
    question = questionByNumber(CLUSTER1, 3);
    frenchOrg = createRespondent("fr");
    englishOrg = createRespondent("en");
    for (const { organization, user } of [frenchOrg, englishOrg]) {
      const saved = saveAnswer({
        organizationId: organization.id,
        userId: user.id,
        clusterId: 1,
        questionNumber: 3,
        baseVersion: 0,
        closedAnswer: "partly",
        text: "Our answer to the first wording, in eight words here.",
        language: "en",
      });
      expect(saved.status).toBe("saved");
    }
    getDb()
      .update(responses)
      .set({ state: "submitted", submittedAt: new Date() })
      .where(eq(responses.organizationId, englishOrg.organization.id))
      .run();
  });

  it("refuses a change of answer type or instrument, with a message, and changes nothing", async () => {
    const params = { lang: "en", id: String(CLUSTER1), questionId: String(question.id) };
    const current = questionByNumber(CLUSTER1, 3);
    const other = current.answerType === "open" ? "closed" : "open";
    const type = await call(editRoute.action as Handler, "/en/x", params, {
      cookie: admin,
      form: editForm(current, { answerType: other }),
    });
    expect(type.status).toBe(400);
    expect(type.body).toMatchObject({ kind: "refused", message: "answerType", values: { answerType: other } });
    const instrument = await call(editRoute.action as Handler, "/en/x", params, {
      cookie: admin,
      form: editForm(current, { instrument: "tip" }),
    });
    expect(instrument.body).toMatchObject({ kind: "refused", message: "instrument" });
    expect(questionByNumber(CLUSTER1, 3)).toEqual(current);
  });

  it("refuses a word limit lower than the longest saved answer", async () => {
    const long = createRespondent();
    const text = Array.from({ length: 120 }, (_, i) => `word${i}`).join(" ");
    saveAnswer({
      organizationId: long.organization.id,
      userId: long.user.id,
      clusterId: 1,
      questionNumber: 3,
      baseVersion: 0,
      closedAnswer: "no",
      text,
      language: "en",
    });
    const current = questionByNumber(CLUSTER1, 3);
    const result = await call(
      editRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(CLUSTER1), questionId: String(question.id) },
      { cookie: admin, form: editForm(current, { wordLimit: "100" }) },
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ kind: "refused", message: "wordLimit", longest: 120 });
    expect(questionByNumber(CLUSTER1, 3).wordLimit).toBe(current.wordLimit);
  });

  it("makes a new version; answers keep version 1; each organization is emailed in its language; French needs review", async () => {
    const current = questionByNumber(CLUSTER1, 3);
    const promptEn = "In your view, does Canadian law criminalize the laundering of proceeds of crime as the Convention asks?";
    const result = await call(
      editRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(CLUSTER1), questionId: String(question.id) },
      { cookie: admin, form: editForm(current, { promptEn }) },
    );
    expect(result.body).toMatchObject({ kind: "saved", newVersion: true, notified: 3 });
    const after = questionByNumber(CLUSTER1, 3);
    expect(after).toMatchObject({ version: 2, promptEn, needsReviewFr: true, needsReviewEn: false });
    const versions = getDb().select().from(questionVersions).where(eq(questionVersions.questionId, question.id)).all();
    expect(versions.map((v) => [v.version, v.promptEn])).toEqual([
      [1, current.promptEn],
      [2, promptEn],
    ]);
    const answers = getDb().select().from(responses).where(eq(responses.questionId, question.id)).all();
    expect(answers.every((a) => a.questionVersion === 1)).toBe(true);

    const french = getDb()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.kind, "question-changed"))
      .all()
      .find((m) => m.toAddress === frenchOrg.user.email)!;
    expect(french.language).toBe("fr");
    expect(french.subject).toBe("La question 3 de la consultation a changé");
    expect(french.text).toContain("/fr/respond/1/questions/3");
    // Only the English changed: the French contact is shown that new wording, said to be in English,
    // never the old French text as if it were the new question.
    expect(french.text).toContain("La question se lit maintenant ainsi en anglais");
    expect(french.text).toContain(promptEn);
    expect(french.text).not.toContain(current.promptFr);
    const english = getDb()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, englishOrg.user.email))
      .all()
      .find((m) => m.kind === "question-changed")!;
    expect(english.subject).toBe("Question 3 of the consultation has changed");
    expect(english.text).toContain(`The question now reads:\n\n${promptEn}`);

    // Publishing is refused while the French text waits for review.
    expect(questionnaireProblems(CLUSTER1)).toEqual([{ kind: "needs-review", questionId: question.id, number: 3, lang: "fr" }]);
  });

  it("tells the organization on its dashboard and answer page, showing the wording it answered", () => {
    const dashboard = getDashboard(frenchOrg.organization.id, 1, "en")!;
    expect(dashboard.questions.find((q) => q.number === 3)?.questionChanged).toBe(true);
    expect(dashboard.questions.filter((q) => q.questionChanged)).toHaveLength(1);
    const page = getAnswerPage(frenchOrg.organization.id, 1, 3, "en")!;
    expect(page.answer?.questionVersion).toBe(1);
    expect(page.question.version).toBe(2);
  });

  it("shows staff the text the organization actually answered, on the answer page and in the CSV", async () => {
    const answer = getDb()
      .select()
      .from(responses)
      .where(and(eq(responses.questionId, question.id), eq(responses.organizationId, englishOrg.organization.id)))
      .get()!;
    const context = getAnswerContext(answer.id, "en")!;
    expect(context.question.prompt).toBe(question.promptEn);
    expect(context.question.answeredVersion).toBe(1);
    expect(context.question.currentPrompt).toMatch(/^In your view/);

    // The staff CSV says which wording each answer replied to.
    const csv = parseCsv(await new Response(answersCsv({ lang: "en", cluster: 1 })).text());
    const row = csv.find((cells) => cells[0] === String(answer.id))!;
    expect(row[EXPORT_COLUMNS.indexOf("questionVersion")]).toBe("1");
  });

  it("records the new version when the organization revises, even with the same text", () => {
    const before = getDb()
      .select()
      .from(responses)
      .where(and(eq(responses.questionId, question.id), eq(responses.organizationId, frenchOrg.organization.id)))
      .get()!;
    const saved = saveAnswer({
      organizationId: frenchOrg.organization.id,
      userId: frenchOrg.user.id,
      clusterId: 1,
      questionNumber: 3,
      baseVersion: before.version,
      closedAnswer: before.closedAnswer,
      text: before.text,
      language: before.language,
    });
    expect(saved.status).toBe("saved");
    const after = getDb().select().from(responses).where(eq(responses.id, before.id)).get()!;
    expect(after.questionVersion).toBe(2);
    expect(getDashboard(frenchOrg.organization.id, 1, "en")!.questions.find((q) => q.number === 3)?.questionChanged).toBe(false);
  });

  it("clears the review mark when a translator confirms; then nothing blocks publishing", async () => {
    const result = await call(
      listRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(CLUSTER1) },
      { cookie: admin, form: { intent: "confirm", questionId: String(question.id), lang: "fr" } },
    );
    expect(result.body).toMatchObject({ done: "confirmed" });
    expect(questionnaireProblems(CLUSTER1)).toEqual([]);
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, "question.confirm-translation")).all()).toHaveLength(1);
  });

  it("marks the English for review when only the French changes, and editing both clears both", async () => {
    const current = questionByNumber(CLUSTER1, 3);
    const params = { lang: "en", id: String(CLUSTER1), questionId: String(question.id) };
    await call(editRoute.action as Handler, "/en/x", params, {
      cookie: admin,
      form: editForm(current, { guidanceFr: current.guidanceFr + " Précision." }),
    });
    expect(questionByNumber(CLUSTER1, 3)).toMatchObject({ needsReviewEn: true, needsReviewFr: false, version: 3 });
    const now = questionByNumber(CLUSTER1, 3);
    await call(editRoute.action as Handler, "/en/x", params, {
      cookie: admin,
      form: editForm(now, { guidanceEn: now.guidanceEn + " More.", guidanceFr: now.guidanceFr + " Plus." }),
    });
    expect(questionByNumber(CLUSTER1, 3)).toMatchObject({ needsReviewEn: false, needsReviewFr: false });
  });

  it("cannot delete a question with answers, only retire it: hidden from new respondents, kept for those who answered", async () => {
    const params = { lang: "en", id: String(CLUSTER1) };
    const del = await call(listRoute.action as Handler, "/en/x", params, {
      cookie: admin,
      form: { intent: "delete", questionId: String(question.id) },
    });
    expect(del.status).toBe(400);
    expect(del.body).toMatchObject({ done: "has-answers" });
    await call(listRoute.action as Handler, "/en/x", params, {
      cookie: admin,
      form: { intent: "retire", questionId: String(question.id) },
    });
    const newcomer = createRespondent();
    expect(getDashboard(newcomer.organization.id, 1, "en")!.questions.map((q) => q.number)).not.toContain(3);
    expect(getAnswerPage(newcomer.organization.id, 1, 3, "en")).toBeNull();
    expect(
      saveAnswer({
        organizationId: newcomer.organization.id,
        userId: newcomer.user.id,
        clusterId: 1,
        questionNumber: 3,
        baseVersion: 0,
        closedAnswer: "yes",
        text: "x",
        language: "en",
      }).status,
    ).toBe("not-found");
    expect(getDashboard(frenchOrg.organization.id, 1, "en")!.questions.map((q) => q.number)).toContain(3);
    // The public no longer sees it either.
    expect(getQuestionPage(1, 3, "en")).toBeNull();
    expect(getQuestionPage(1, 2, "en")?.next).toBe(4);
    expect(getDb().select().from(responses).where(eq(responses.questionId, question.id)).all().length).toBeGreaterThan(0);
    // Retired questions are not published and block nothing.
    expect(questionnaireProblems(CLUSTER1)).toEqual([]);
    await call(listRoute.action as Handler, "/en/x", params, {
      cookie: admin,
      form: { intent: "restore", questionId: String(question.id) },
    });
    expect(questionByNumber(CLUSTER1, 3).retiredAt).toBeNull();
  });

  it("applies an import to answered questions with the same rules: refusals listed by row, all or nothing", async () => {
    const exported = exportQuestionnaire(CLUSTER1);
    const changed = exported.map((q, i) =>
      i === 2
        ? { ...q, answerType: q.answerType === "open" ? ("closed" as const) : ("open" as const) }
        : i === 0
          ? { ...q, prompt: { ...q.prompt, en: q.prompt.en + " (revised)" } }
          : q,
    );
    const result = await call(
      importRoute.action as Handler,
      "/en/x",
      { lang: "en", id: String(CLUSTER1) },
      { cookie: admin, form: { content: toJson(changed) } },
    );
    expect(result.status).toBe(400);
    expect((result.body as { problems: unknown[] }).problems).toEqual([{ row: 3, field: "answerType", code: "refused-answerType" }]);
    expect(exportQuestionnaire(CLUSTER1)).toEqual(exported);
  });

  it("asks for the Canadian law or provision where the question says so, saves it, and will not drop the field once used", async () => {
    const current = questionByNumber(CLUSTER1, 5);
    const params = { lang: "en", id: String(CLUSTER1), questionId: String(current.id) };
    const on = await call(editRoute.action as Handler, "/en/x", params, { cookie: admin, form: editForm(current, { askCitation: "yes" }) });
    expect(on.body).toMatchObject({ kind: "saved" });
    const citing = createRespondent();
    const saved = saveAnswer({
      organizationId: citing.organization.id,
      userId: citing.user.id,
      clusterId: 1,
      questionNumber: 5,
      baseVersion: 0,
      closedAnswer: null,
      text: "Covered in part.",
      citation: "Criminal Code, s. 467.11",
      language: "en",
    });
    expect(saved.status).toBe("saved");
    const page = getAnswerPage(citing.organization.id, 1, 5, "en")!;
    expect(page.question.askCitation).toBe(true);
    expect(page.answer?.citation).toBe("Criminal Code, s. 467.11");
    const off = await call(editRoute.action as Handler, "/en/x", params, {
      cookie: admin,
      form: editForm(questionByNumber(CLUSTER1, 5), { askCitation: "no" }),
    });
    expect(off.status).toBe(400);
    expect(off.body).toMatchObject({ kind: "refused", message: "citeLaw" });
    // A question that does not ask keeps no citation, whatever is posted.
    const other = createRespondent();
    saveAnswer({
      organizationId: other.organization.id,
      userId: other.user.id,
      clusterId: 1,
      questionNumber: 6,
      baseVersion: 0,
      closedAnswer: null,
      text: "Text.",
      citation: "ignored",
      language: "en",
    });
    expect(getAnswerPage(other.organization.id, 1, 6, "en")!.answer?.citation).toBe("");
    expect(exportQuestionnaire(CLUSTER1)[4]!.citeLaw).toBe(true);
  });

  it("lists what blocks publishing for an empty consultation", () => {
    const empty = createConsultation({ clusterId: 4, slug: "cluster-4-empty" });
    expect(questionnaireProblems(empty.id)).toEqual([{ kind: "no-questions" }]);
  });

  it("audits every change with the acting admin", () => {
    const rows = getDb()
      .select()
      .from(auditLog)
      .all()
      .filter((r) => r.action.startsWith("question"));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.actorUserId === adminId)).toBe(true);
  });
});
