// The report on a seeded set with known answers: every figure, the quotes'
// consent and redaction rules, and publishing with versions.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import {
  auditLog,
  emailOutbox,
  moderation,
  quotes,
  reportVersions,
  responseSignatures,
  responseThemes,
  submissions,
  themes,
} from "~db/schema";
import { buildReportDocument } from "~/models/report/document.server";
import { pickQuote, unpublishReport } from "~/models/report/publishing.server";
import { latestReportVersion, reportVersion } from "~/models/report/versions.server";
import {
  answerOf,
  bodyOf,
  cookieFor,
  createOrganization,
  createSubmittedAnswer,
  createUser,
  routeArgs,
  run,
  seedContent,
} from "../support/fixtures";
import { action as builderAction } from "~/routes/$lang.admin.report._index";
import { action as summaryAction } from "~/routes/$lang.admin.report.questions.$number";
import { getUser } from "~/models/accounts/auth.server";

let admin: NonNullable<Awaited<ReturnType<typeof getUser>>>;
let adminCookie: string;
const orgs: Record<string, ReturnType<typeof createOrganization>> = {};

function approve(responseId: number, redactedText: string | null = null) {
  getDb().insert(moderation).values({ responseId, state: "approved", redactedText, updatedAt: new Date() }).run();
}

function submit(organizationId: number) {
  getDb()
    .insert(submissions)
    .values({
      organizationId,
      consultationId: 1,
      receiptNumber: `C1-TEST-${String(organizationId).padStart(4, "2")}`,
      firstSubmittedAt: new Date(),
      lastSubmittedAt: new Date(),
    })
    .run();
}

beforeAll(async () => {
  seedContent();
  const user = createUser({ role: "admin", name: "Ada Admin" });
  adminCookie = await cookieFor(user.id);
  admin = (await getUser(new Request("http://localhost/", { headers: { Cookie: adminCookie } })))!;

  // Five organizations; question 2 (closed) and question 3 (open).
  orgs.named = createOrganization({ name: "Named Ngo", type: "ngo", region: "ON", consentPublishName: true, consentQuote: "named" });
  orgs.anonymous = createOrganization({
    name: "Anonymous Academics",
    type: "academic",
    region: "QC",
    consentPublishName: true,
    consentQuote: "anonymous",
  });
  orgs.secret = createOrganization({
    name: "Secret Society For Privacy",
    type: "ngo",
    region: "ON",
    consentPublishName: false,
    consentQuote: "none",
  });
  orgs.union = createOrganization({
    name: "Labour Union Local",
    type: "labour",
    region: "BC",
    consentPublishName: true,
    consentQuote: "named",
  });
  orgs.rejected = createOrganization({
    name: "Off Topic Org",
    type: "other",
    region: "AB",
    consentPublishName: true,
    consentQuote: "named",
  });
  for (const org of Object.values(orgs)) submit(org.id);
  createUser({ organizationId: orgs.named.id, language: "fr", name: "Nadia Contact" });

  const a = {
    named2: createSubmittedAnswer(orgs.named.id, 2, "Yes, the offences exist.", { closedAnswer: "yes" }),
    anon2: createSubmittedAnswer(orgs.anonymous.id, 2, "Partly: the definition is narrow.", { closedAnswer: "partly", language: "fr" }),
    secret2: createSubmittedAnswer(orgs.secret.id, 2, "No. Call Jane Roe at 613-555-0100.", { closedAnswer: "no" }),
    union2: createSubmittedAnswer(orgs.union.id, 2, "Yes, mostly.", { closedAnswer: "yes" }),
    rejected2: createSubmittedAnswer(orgs.rejected.id, 2, "Buy cheap watches.", { closedAnswer: "yes" }),
    named3: createSubmittedAnswer(orgs.named.id, 3, "Prosecutors rarely use the participation offence. Contact Sam Poe for details."),
    anon3: createSubmittedAnswer(orgs.anonymous.id, 3, "Les poursuites sont rares et lentes.", { language: "fr" }),
    secret3: createSubmittedAnswer(orgs.secret.id, 3, "Secret text that must never be published."),
  };
  approve(a.named2.id);
  approve(a.anon2.id);
  approve(a.union2.id);
  approve(a.named3.id, "Prosecutors rarely use the participation offence. Contact [removed] for details.");
  approve(a.anon3.id);
  getDb().insert(moderation).values({ responseId: a.rejected2.id, state: "rejected", reason: "off-topic", updatedAt: new Date() }).run();
  // secret2, secret3 stay pending: counted in figures, never quoted.

  const theme = getDb().select().from(themes).where(eq(themes.key, "enforcement-prosecution")).get()!;
  for (const r of [a.named3, a.anon3])
    getDb().insert(responseThemes).values({ responseId: r.id, themeId: theme.id, source: "manual", taggedAt: new Date() }).run();
  // named2 and union2 are one near-duplicate group (campaign) on question 2.
  for (const r of [a.named2, a.union2]) {
    getDb().insert(responseSignatures).values({ responseId: r.id, questionId: r.questionId, signature: "x", groupId: a.named2.id }).run();
  }

  const q = (responseId: number, text: string) => getDb().insert(quotes).values({ responseId, text }).returning().get();
  pickQuote(admin, q(a.named3.id, "Prosecutors rarely use the participation offence.").id);
  pickQuote(admin, q(a.anon3.id, "Les poursuites sont rares").id);
  // Marked before a later redaction removed the name: dropped from the report.
  pickQuote(admin, q(a.named3.id, "Contact Sam Poe for details.").id);
});

describe("the report's figures", () => {
  it("counts the consultation: organizations, answers, languages, types, regions, rejected", () => {
    const doc = buildReportDocument(1)!;
    expect(doc.figures).toEqual({
      organizations: 4,
      answers: 7,
      byLanguage: { en: 5, fr: 2 },
      byType: { ngo: 2, academic: 1, labour: 1 },
      byRegion: { ON: 2, QC: 1, BC: 1 },
      rejected: 1,
    });
  });

  it("counts each question: organizations, closed answers, themes, campaigns as one argument", () => {
    const doc = buildReportDocument(1)!;
    const q2 = doc.questions.find((q) => q.number === 2)!;
    expect(q2.figures).toMatchObject({
      respondingOrganizations: 4,
      byType: { ngo: 2, academic: 1, labour: 1 },
      closed: { yes: 2, partly: 1, no: 1 },
      campaigns: [{ organizations: 2 }],
      distinctArguments: 3,
    });
    const q3 = doc.questions.find((q) => q.number === 3)!;
    expect(q3.figures).toMatchObject({ respondingOrganizations: 3, closed: null, campaigns: [], distinctArguments: 3 });
    expect(q3.figures.themes).toEqual([{ key: "enforcement-prosecution", label: expect.any(Object), answers: 2 }]);
    expect(doc.questions.find((q) => q.number === 20)!.figures.respondingOrganizations).toBe(0);
  });

  it("quotes only consenting organizations, from the redacted text, named only with consent", () => {
    const q3 = buildReportDocument(1)!.questions.find((q) => q.number === 3)!;
    expect(q3.quotes).toEqual([
      { text: "Prosecutors rarely use the participation offence.", language: "en", attribution: "Named Ngo", organizationType: "ngo" },
      { text: "Les poursuites sont rares", language: "fr", attribution: null, organizationType: "academic" },
    ]);
  });

  it("names only organizations that consented", () => {
    expect(buildReportDocument(1)!.organizations.map((o) => o.name)).toEqual(["Anonymous Academics", "Labour Union Local", "Named Ngo"]);
  });
});

describe("publishing", () => {
  function builder(form: Record<string, string>) {
    return run(() => builderAction(routeArgs("/en/admin/report", { lang: "en" }, { form, cookie: adminCookie }))).then(bodyOf);
  }

  it("freezes a numbered version, emails participants in their language, and audits it", async () => {
    expect(await builder({ intent: "publish" })).toMatchObject({ kind: "published", version: 1 });
    const v1 = latestReportVersion("cluster-1")!;
    expect(v1).toMatchObject({ version: 1, replacedAt: null });
    expect(v1.document.version).toBe(1);
    const mail = getDb().select().from(emailOutbox).where(eq(emailOutbox.kind, "report-published")).all();
    expect(mail.map((m) => [m.toAddress.startsWith("person"), m.language])).toEqual([[true, "fr"]]);
    expect(mail[0]!.text).toContain("/fr/reports/cluster-1/v/1");
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, "report.publish")).all()).toHaveLength(1);
  });

  it("keeps a version unchanged when the data changes, and a revision replaces it", async () => {
    const before = reportVersion("cluster-1", 1)!.document;
    createSubmittedAnswer(createOrganization().id, 3, "A late answer.");
    expect(reportVersion("cluster-1", 1)!.document.figures).toEqual(before.figures);
    expect(await builder({ intent: "publish" })).toMatchObject({ version: 2 });
    expect(reportVersion("cluster-1", 1)!.replacedAt).not.toBeNull();
    expect(latestReportVersion("cluster-1")!.document.figures.answers).toBe(before.figures.answers + 1);
  });

  it("answers a question summary that is too long with a 400 and the text typed, and an unknown intent with a 400", async () => {
    const summary = (form: Record<string, string>) =>
      run(() => summaryAction(routeArgs("/en/admin/report/questions/1", { lang: "en", number: "1" }, { form, cookie: adminCookie }))).then(
        answerOf,
      );
    const long = "x".repeat(20_001);
    expect(await summary({ intent: "summary", summaryEn: long, summaryFr: "", keyPointsEn: "Kept", keyPointsFr: "" })).toMatchObject({
      status: 400,
      body: { kind: "invalid", intent: "summary", errors: { summaryEn: "tooLong" }, values: { summaryEn: long, keyPointsEn: "Kept" } },
    });
    expect(await summary({ intent: "drop" })).toMatchObject({ status: 400, body: { kind: "invalid", errors: { intent: "invalid" } } });
    expect(await summary({ intent: "pick", quoteId: "not-a-quote" })).toMatchObject({ status: 404 });
  });

  it("unpublishes with a reason, and the previous version is current again", async () => {
    const v2 = getDb().select().from(reportVersions).where(eq(reportVersions.version, 2)).get()!;
    expect(await builder({ intent: "unpublish", versionId: String(v2.id), reason: "" })).toMatchObject({
      kind: "invalid",
      errors: { reason: "required" },
    });
    expect(
      answerOf(
        await run(() =>
          builderAction(
            routeArgs(
              "/en/admin/report",
              { lang: "en" },
              { form: { intent: "unpublish", versionId: String(v2.id), reason: " " }, cookie: adminCookie },
            ),
          ),
        ),
      ),
    ).toMatchObject({
      status: 400,
      body: { kind: "invalid", intent: "unpublish", values: { versionId: String(v2.id), reason: " " } },
    });
    expect(await builder({ intent: "unpublish", versionId: String(v2.id), reason: "A figure was wrong." })).toMatchObject({
      kind: "unpublished",
      version: 2,
    });
    expect(reportVersion("cluster-1", 2)).toMatchObject({ unpublishReason: "A figure was wrong." });
    expect(latestReportVersion("cluster-1")).toMatchObject({ version: 1, replacedAt: null });
    expect(unpublishReport(admin, v2.id, "again")).toEqual({ status: "already" });
  });

  it("refuses a moderator", async () => {
    const moderator = await cookieFor(createUser({ role: "moderator" }).id);
    const result = await run(() =>
      builderAction(routeArgs("/en/admin/report", { lang: "en" }, { form: { intent: "publish" }, cookie: moderator })),
    );
    expect((result as Response).status).toBe(403);
  });
});

describe("the report's texts", () => {
  it("saves the introduction and a question's summary, audited, and the document carries them", async () => {
    expect(
      await builderAction(
        routeArgs(
          "/en/admin/report",
          { lang: "en" },
          {
            form: { intent: "draft", introEn: "Intro **en**", introFr: "Intro fr", acknowledgementsEn: "", acknowledgementsFr: "" },
            cookie: adminCookie,
          },
        ),
      ),
    ).toMatchObject({ kind: "saved" });
    expect(buildReportDocument(1)!.intro).toEqual({ en: "Intro **en**", fr: "Intro fr" });
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, "report.draft")).get()).toMatchObject({
      after: { introEn: "Intro **en**" },
    });
  });
});
