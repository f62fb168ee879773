// Privacy (Privacy Act): contact names and email addresses never reach a
// public page, a report download or the staff export; an organization can
// download everything we hold about it, and only it can; and it can delete
// its account, with exactly the effects the privacy notice describes
// (docs/decisions/004-organization-data-and-deletion.md).
import { eq, inArray } from "drizzle-orm";
import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import {
  auditLog,
  emailOutbox,
  organizations,
  quotes,
  reportQuotes,
  rateLimits,
  reportVersions,
  responseRevisions,
  responses,
  sessions,
  signInTokens,
  submissions,
  users,
} from "~db/schema";
import { DELETED_CONTACT_NAME, type OrganizationData } from "~/models/accounts/privacy.server";
import { answersCsv } from "~/models/moderate/answers-export.server";
import type { CurrentUser } from "~/models/accounts/auth.server";
import { addNote, addQuote, decide } from "~/models/moderate/moderation.server";
import { buildReportDocument, consultationForCluster } from "~/models/report/document.server";
import { clearDownloadCache } from "~/models/report/outputs/downloads.server";
import { reportCsv } from "~/models/report/outputs/csv.server";
import { reportDocx } from "~/models/report/outputs/docx.server";
import { governmentInputDocx } from "~/models/report/outputs/government-input.server";
import { reportJson } from "~/models/report/outputs/json.server";
import { reportPdf } from "~/models/report/outputs/pdf.server";
import { pickQuote, publishReport } from "~/models/report/publishing.server";
import { loader as accountLoader } from "~/routes/$lang.account._index";
import { loader as dataLoader } from "~/routes/$lang.account.data[.]json";
import { action as deleteAction, loader as deleteLoader } from "~/routes/$lang.account.delete";
import { loader as deletedLoader } from "~/routes/$lang.account.deleted";
import { loader as clusterLoader } from "~/routes/$lang.clusters.$cluster._index";
import { loader as questionLoader } from "~/routes/$lang.clusters.$cluster.questions.$number";
import { loader as homeLoader } from "~/routes/$lang._index";
import { loader as latestLoader } from "~/routes/$lang.reports.$slug._index";
import { loader as versionLoader } from "~/routes/$lang.reports.$slug.v.$version";
import { loader as csvLoader } from "~/routes/$lang.reports.$slug.v.$version[.]csv";
import { loader as docxLoader } from "~/routes/$lang.reports.$slug.v.$version[.]docx";
import { loader as jsonLoader } from "~/routes/$lang.reports.$slug.v.$version[.]json";
import { loader as pdfLoader } from "~/routes/$lang.reports.$slug.v.$version[.]pdf";
import { loader as reportsLoader } from "~/routes/$lang.reports._index";
import {
  answerOf,
  cookieFor,
  createOrganization,
  createSubmittedAnswer,
  createUser,
  openConsultation,
  routeArgs,
  run,
  seedContent,
} from "../support/fixtures";

const ALPHA = "Alpha Privacy Alliance";
const BRAVO = "Bravo Quiet Collective";
/** Contact people, with names and addresses nobody else could produce by chance. */
const PEOPLE = {
  alphaLead: { name: "Zebulon Quixotic-Aardvark", email: "zebulon.quixotic@alpha-privacy.example", language: "en" as const },
  alphaColleague: { name: "Philomène Ysengrin-Barbapapa", email: "philomene.ysengrin@alpha-privacy.example", language: "fr" as const },
  bravoLead: { name: "Octavius Wobblethorpe", email: "octavius.wobblethorpe@bravo-quiet.example", language: "en" as const },
};
const CONTACT_SECRETS = Object.values(PEOPLE).flatMap((p) => [p.name, p.email, p.email.split("@")[0]!]);
const ALPHA_QUOTE = "Specialized police units need stable funding across provinces";
const ALPHA_TEXT = `Our shelters see the gaps every week. ${ALPHA_QUOTE}, and victims need interpreters. Kumquatville pilot ended.`;
const BRAVO_TEXT = "Cross-border cooperation with financial intelligence units works well.";
const STAFF_NOTE = "INTERNAL-NOTE: check with the regional office before quoting";

let slug: string;
let admin: CurrentUser;
let alpha: { id: number };
let bravo: { id: number };
const ids: Record<keyof typeof PEOPLE, number> = { alphaLead: 0, alphaColleague: 0, bravoLead: 0 };
const cookies: Record<keyof typeof PEOPLE, string> = { alphaLead: "", alphaColleague: "", bravoLead: "" };
let alphaAnswerId: number;

function contact(organizationId: number, person: (typeof PEOPLE)[keyof typeof PEOPLE]) {
  return getDb()
    .insert(users)
    .values({ ...person, role: "respondent", organizationId, lastSignInAt: new Date() })
    .returning()
    .get();
}

function submit(organizationId: number, receiptNumber: string, byUserId: number) {
  const now = new Date();
  getDb()
    .insert(submissions)
    .values({
      organizationId,
      consultationId: consultationForCluster(1)!.id,
      receiptNumber,
      submittedByUserId: byUserId,
      firstSubmittedAt: now,
      lastSubmittedAt: now,
    })
    .run();
}

function revision(responseId: number, version: number, text: string, savedByUserId: number, state: "draft" | "submitted") {
  getDb().insert(responseRevisions).values({ responseId, version, text, language: "en", state, savedByUserId, savedAt: new Date() }).run();
}

async function pdfText(response: Response | Buffer): Promise<string> {
  const bytes = response instanceof Response ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array(response);
  const parser = new PDFParse({ data: bytes });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

async function docxText(response: Response | Buffer): Promise<string> {
  const bytes = response instanceof Response ? await response.arrayBuffer() : response;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => name.endsWith(".xml"))
      .map((name) => zip.file(name)!.async("string")),
  );
  // Word splits text into runs: keep only what is between tags.
  return parts.join(" ") + " " + parts.join("").replace(/<[^>]+>/g, "");
}

async function streamText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

function loaderResult<T>(value: T | Response): T {
  if (value instanceof Response) throw new Error(`unexpected response ${value.status}`);
  return value;
}

/**
 * Everything the public can read or download, and the staff export, as text
 * by source: pages (loader data), each download of each published version,
 * the outputs of the report being prepared, the government input.
 */
async function everythingPublic(): Promise<Record<string, string>> {
  clearDownloadCache();
  const out: Record<string, string> = {};
  for (const lang of ["en", "fr"] as const) {
    out[`home ${lang}`] = JSON.stringify(homeLoader(routeArgs(`/${lang}`, { lang })));
    out[`cluster ${lang}`] = JSON.stringify(clusterLoader(routeArgs(`/${lang}/clusters/1`, { lang, cluster: "1" })));
    for (let number = 1; number <= 20; number += 1) {
      out[`question ${number} ${lang}`] = JSON.stringify(
        await run(() =>
          questionLoader(routeArgs(`/${lang}/clusters/1/questions/${number}`, { lang, cluster: "1", number: String(number) })),
        ),
      );
    }
    out[`reports ${lang}`] = JSON.stringify(reportsLoader(routeArgs(`/${lang}/reports`, { lang })));
    out[`latest report ${lang}`] = JSON.stringify(await run(() => latestLoader(routeArgs(`/${lang}/reports/${slug}`, { lang, slug }))));
    const versions = getDb().select({ version: reportVersions.version }).from(reportVersions).all();
    for (const { version } of versions) {
      const params = { lang, slug, version: String(version) };
      const path = `/${lang}/reports/${slug}/v/${version}`;
      out[`version ${version} page ${lang}`] = JSON.stringify(await run(() => versionLoader(routeArgs(path, params))));
      out[`version ${version} csv ${lang}`] = await (await csvLoader(routeArgs(`${path}.csv`, params))).text();
      out[`version ${version} json ${lang}`] = await (await jsonLoader(routeArgs(`${path}.json`, params))).text();
      out[`version ${version} docx ${lang}`] = await docxText(await docxLoader(routeArgs(`${path}.docx`, params)));
      out[`version ${version} pdf ${lang}`] = await pdfText(await pdfLoader(routeArgs(`${path}.pdf`, params)));
    }
    const draft = buildReportDocument(1)!;
    out[`draft json`] = reportJson(draft);
    out[`draft csv ${lang}`] = reportCsv(draft, lang);
    out[`draft docx ${lang}`] = await docxText(await reportDocx(draft, lang));
    out[`draft pdf ${lang}`] = await pdfText(await reportPdf(draft, lang));
    out[`government input ${lang}`] = await docxText(await governmentInputDocx(draft, lang, { includeNonParty: true }));
    out[`staff answers csv ${lang}`] = await streamText(answersCsv({ lang, cluster: null }));
  }
  return out;
}

function leaks(sources: Record<string, string>, secrets: string[]): string[] {
  return Object.entries(sources).flatMap(([source, text]) =>
    secrets.filter((secret) => text.toLowerCase().includes(secret.toLowerCase())).map((secret) => `${source}: ${secret}`),
  );
}

async function download(cookie?: string, lang: "en" | "fr" = "en") {
  return run(() => dataLoader(routeArgs(`/${lang}/account/data.json`, { lang }, { cookie })));
}

beforeAll(async () => {
  seedContent();
  openConsultation();
  slug = consultationForCluster(1)!.slug;
  const adminUser = createUser({ role: "admin" });
  admin = { id: adminUser.id, email: adminUser.email, name: adminUser.name, role: "admin", language: "en", organization: null };

  alpha = createOrganization({ name: ALPHA, consentPublishName: true, consentQuote: "named" });
  bravo = createOrganization({ name: BRAVO, consentPublishName: false, consentQuote: "anonymous" });
  for (const key of Object.keys(PEOPLE) as (keyof typeof PEOPLE)[]) {
    const user = contact(key.startsWith("alpha") ? alpha.id : bravo.id, PEOPLE[key]);
    ids[key] = user.id;
    cookies[key] = await cookieFor(user.id);
  }

  const a = createSubmittedAnswer(alpha.id, 3, ALPHA_TEXT, { updatedByUserId: ids.alphaColleague, version: 2 });
  alphaAnswerId = a.id;
  revision(a.id, 1, "First draft about shelters.", ids.alphaLead, "draft");
  revision(a.id, 2, ALPHA_TEXT, ids.alphaColleague, "submitted");
  const aDraft = createSubmittedAnswer(alpha.id, 4, "An unfinished thought.", { state: "draft", submittedAt: null });
  revision(aDraft.id, 1, "An unfinished thought.", ids.alphaLead, "draft");
  const b = createSubmittedAnswer(bravo.id, 3, BRAVO_TEXT, { updatedByUserId: ids.bravoLead });
  submit(alpha.id, "C1-ALPH-A001", ids.alphaLead);
  submit(bravo.id, "C1-BRAV-O001", ids.bravoLead);

  expect(decide(admin, [a.id, b.id], { kind: "approve" })).toBe(2);
  addNote(admin, a.id, STAFF_NOTE);
  for (const [responseId, text] of [
    [a.id, ALPHA_QUOTE],
    [b.id, "financial intelligence units works well"],
  ] as const) {
    const quote = addQuote(admin, responseId, text);
    if (quote.status !== "added") throw new Error(`quote not added: ${quote.status}`);
    pickQuote(admin, quote.id);
  }
  expect(publishReport(admin, 1, "https://consultation.example")).toEqual({ version: 1 });
});

describe("contact names and email addresses", () => {
  it("appear in no public page, no report download, no report output and not in the staff export", async () => {
    const sources = await everythingPublic();
    // Not vacuous: the published report does carry Alpha's consented name and quote.
    expect(sources["version 1 json en"]).toContain(ALPHA);
    expect(sources["version 1 pdf en"]).toContain(ALPHA_QUOTE);
    expect(sources["staff answers csv en"]).toContain(ALPHA_TEXT);
    expect(leaks(sources, CONTACT_SECRETS)).toEqual([]);
  }, 60_000);
});

describe("downloading everything we hold about the organization", () => {
  it("sends a signed-out visitor to sign in, and back here afterwards", async () => {
    const response = await download(undefined);
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(302);
    expect((response as Response).headers.get("Location")).toBe(`/en/sign-in?next=${encodeURIComponent("/en/account/data.json")}`);
  });

  it("is refused to staff, who have no organization", async () => {
    const response = await download(await cookieFor(admin.id));
    expect((response as Response).status).toBe(403);
  });

  it("gives a contact their own organization's file: profile, consents, people, every answer and version, receipts, moderation, published quotes", async () => {
    const response = (await download(cookies.alphaColleague, "fr")) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Content-Disposition")).toMatch(
      new RegExp(`^attachment; filename="organization-${alpha.id}-data-\\d{4}-\\d{2}-\\d{2}\\.json"$`),
    );
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = await response.text();
    const file = JSON.parse(body) as OrganizationData;

    expect(file.language).toBe("fr");
    expect(file.notes.join(" ")).toMatch(/Loi sur l’accès à l’information/);
    expect(file.organization).toMatchObject({ id: alpha.id, name: ALPHA, consents: { publishName: true, quote: "named" } });
    expect(file.people.map((p) => p.email).sort()).toEqual([PEOPLE.alphaColleague.email, PEOPLE.alphaLead.email].sort());
    expect(file.people.every((p) => p.lastSignInAt !== null)).toBe(true);
    expect(file.submissions).toEqual([expect.objectContaining({ receiptNumber: "C1-ALPH-A001", lastSubmittedBy: PEOPLE.alphaLead.name })]);

    expect(file.answers.map((a) => [a.question.number, a.state])).toEqual([
      [3, "submitted"],
      [4, "draft"],
    ]);
    const [submitted, draft] = file.answers;
    expect(submitted!.revisions.map((r) => [r.version, r.text, r.savedBy])).toEqual([
      [1, "First draft about shelters.", PEOPLE.alphaLead.name],
      [2, ALPHA_TEXT, PEOPLE.alphaColleague.name],
    ]);
    expect(submitted!.moderation).toMatchObject({ state: "approved", reason: null, publicText: ALPHA_TEXT, redacted: false });
    expect(submitted!.quotations).toEqual([expect.objectContaining({ text: ALPHA_QUOTE, publishedIn: [1] })]);
    expect(draft!.moderation).toBeNull();
    expect(file.publishedReportVersions).toEqual([
      expect.objectContaining({
        version: 1,
        named: true,
        unpublishedAt: null,
        quotes: [{ questionNumber: 3, text: ALPHA_QUOTE, attributedByName: true }],
      }),
    ]);

    // Staff working records are left out (said so in `notes`); so is everyone else.
    expect(body).not.toContain("INTERNAL-NOTE");
    expect(body).not.toContain(admin.email);
    for (const secret of [BRAVO, BRAVO_TEXT, PEOPLE.bravoLead.name, PEOPLE.bravoLead.email]) expect(body).not.toContain(secret);
  });

  it("gives another organization's contact only theirs, whatever the address asks for", async () => {
    const response = (await run(() =>
      dataLoader(routeArgs(`/en/account/data.json?organization=${alpha.id}`, { lang: "en" }, { cookie: cookies.bravoLead })),
    )) as Response;
    const body = await response.text();
    const file = JSON.parse(body) as OrganizationData;
    expect(file.organization.name).toBe(BRAVO);
    expect(file.publishedReportVersions).toEqual([
      expect.objectContaining({ version: 1, named: false, quotes: [expect.objectContaining({ attributedByName: false })] }),
    ]);
    for (const secret of [ALPHA, ALPHA_TEXT, PEOPLE.alphaLead.email, PEOPLE.alphaColleague.name]) expect(body).not.toContain(secret);
  });

  it("is linked from the organization page", async () => {
    const data = loaderResult(await run(() => accountLoader(routeArgs("/en/account", { lang: "en" }, { cookie: cookies.alphaLead }))));
    expect(data.organization.name).toBe(ALPHA);
  });
});

describe("deleting the organization's account", () => {
  let auditCountBefore: number;

  it("says what will happen, including the published version that keeps naming and quoting the organization", async () => {
    const data = loaderResult(
      await run(() => deleteLoader(routeArgs("/en/account/delete", { lang: "en" }, { cookie: cookies.alphaLead }))),
    );
    expect(data).toMatchObject({ organizationName: ALPHA, people: 2 });
    expect(data.published).toEqual([{ title: expect.any(String), version: 1, named: true, quotes: 1 }]);
  });

  it("changes nothing when the name typed is not the organization's, and keeps what was typed", async () => {
    const result = await run(() =>
      deleteAction(routeArgs("/en/account/delete", { lang: "en" }, { cookie: cookies.alphaLead, form: { confirmName: BRAVO } })),
    );
    // Invalid input: a 400 with this page's own error, and what was typed.
    expect(answerOf(result)).toEqual({
      status: 400,
      location: null,
      body: { kind: "invalid", intent: "", errors: { confirmName: "mismatch" }, values: { confirmName: BRAVO } },
    });
    const empty = await run(() =>
      deleteAction(routeArgs("/en/account/delete", { lang: "en" }, { cookie: cookies.alphaLead, form: { confirmName: "  " } })),
    );
    expect(answerOf(empty)).toMatchObject({
      status: 400,
      body: { kind: "invalid", errors: { confirmName: "required" }, values: { confirmName: "  " } },
    });
    expect(getDb().select().from(organizations).where(eq(organizations.id, alpha.id)).get()).toBeDefined();
  });

  it("deletes, signs the respondent out and shows the confirmation in their language", async () => {
    auditCountBefore = getDb().select().from(auditLog).all().length;
    // A sign-in counter keyed by an address (it would outlive the account otherwise).
    getDb()
      .insert(rateLimits)
      .values({ key: `sign-in:email:${PEOPLE.alphaLead.email}`, windowStart: new Date(), count: 1 })
      .run();
    // Case, accents and punctuation aside, the name is the name.
    const result = await run(() =>
      deleteAction(
        routeArgs("/fr/account/delete", { lang: "fr" }, { cookie: cookies.alphaLead, form: { confirmName: "alpha privacy ALLIANCE" } }),
      ),
    );
    expect(result).toBeInstanceOf(Response);
    const response = result as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/fr/account/deleted");
    expect(response.headers.get("Set-Cookie")).toMatch(/^__session=;.*Max-Age=0/);
    expect(deletedLoader(routeArgs("/fr/account/deleted", { lang: "fr" }))).toEqual({ lang: "fr" });
  });

  it("deletes the organization, its answers, every revision, submission, quote and its place in the report draft", () => {
    const db = getDb();
    expect(db.select().from(organizations).where(eq(organizations.id, alpha.id)).all()).toEqual([]);
    expect(db.select().from(responses).where(eq(responses.organizationId, alpha.id)).all()).toEqual([]);
    expect(db.select().from(responseRevisions).where(eq(responseRevisions.responseId, alphaAnswerId)).all()).toEqual([]);
    expect(db.select().from(submissions).where(eq(submissions.organizationId, alpha.id)).all()).toEqual([]);
    expect(db.select().from(quotes).where(eq(quotes.text, ALPHA_QUOTE)).all()).toEqual([]);
    expect(db.select().from(reportQuotes).all()).toHaveLength(1); // Bravo's only
    // The staff queue's full-text index forgot the text too.
    expect(db.$client.prepare("SELECT count(*) AS n FROM responses_fts WHERE responses_fts MATCH 'Kumquatville'").get()).toEqual({ n: 0 });

    const draft = JSON.stringify(buildReportDocument(1));
    expect(draft).not.toContain(ALPHA_QUOTE);
    expect(draft).not.toContain(ALPHA);
    // Bravo is untouched.
    expect(db.select().from(responses).where(eq(responses.organizationId, bravo.id)).all()).toHaveLength(1);
    expect(db.select().from(users).where(eq(users.id, ids.bravoLead)).get()?.email).toBe(PEOPLE.bravoLead.email);
  });

  it("keeps the published version as it was: a fixed public record, without contact details", () => {
    const snapshot = getDb().select().from(reportVersions).get()!.snapshot;
    expect(snapshot).toContain(ALPHA_QUOTE);
    expect(snapshot).toContain(ALPHA);
  });

  it("anonymizes every contact of the organization (the audit log keeps pointing at them) and ends their sessions and links", async () => {
    const db = getDb();
    const people = db
      .select()
      .from(users)
      .where(inArray(users.id, [ids.alphaLead, ids.alphaColleague]))
      .all();
    expect(people).toHaveLength(2);
    for (const person of people) {
      expect(person.name).toBe(DELETED_CONTACT_NAME);
      expect(person.email).toMatch(/^deleted-\d+-[0-9a-f]{16}@deleted\.invalid$/);
      expect(person.organizationId).toBeNull();
      expect(person.lastSignInAt).toBeNull();
    }
    const emails = [PEOPLE.alphaLead.email, PEOPLE.alphaColleague.email];
    expect(db.select().from(users).where(inArray(users.email, emails)).all()).toEqual([]);
    expect(
      db
        .select()
        .from(sessions)
        .where(inArray(sessions.userId, [ids.alphaLead, ids.alphaColleague]))
        .all(),
    ).toEqual([]);
    expect(
      db
        .select()
        .from(signInTokens)
        .where(inArray(signInTokens.userId, [ids.alphaLead, ids.alphaColleague]))
        .all(),
    ).toEqual([]);
    expect(
      db
        .select()
        .from(rateLimits)
        .all()
        .filter((r) => emails.some((e) => r.key.endsWith(e))),
    ).toEqual([]);

    // The colleague's cookie, from another browser, no longer opens anything.
    const again = await run(() => accountLoader(routeArgs("/en/account", { lang: "en" }, { cookie: cookies.alphaColleague })));
    expect((again as Response).status).toBe(302);
    expect((again as Response).headers.get("Location")).toMatch(/^\/en\/sign-in/);
  });

  it("emails each former contact a confirmation in their language, and keeps no other message to them", () => {
    const messages = getDb()
      .select()
      .from(emailOutbox)
      .where(inArray(emailOutbox.toAddress, [PEOPLE.alphaLead.email, PEOPLE.alphaColleague.email]))
      .all();
    expect(messages.map((m) => [m.toAddress, m.kind, m.language]).sort()).toEqual(
      [
        [PEOPLE.alphaLead.email, "account-deleted", "en"],
        [PEOPLE.alphaColleague.email, "account-deleted", "fr"],
      ].sort(),
    );
    const french = messages.find((m) => m.language === "fr")!;
    expect(french.subject).toBe(`Le compte de l’organisme « ${ALPHA} » a été supprimé`);
    expect(french.text).toContain(`Bonjour ${PEOPLE.alphaColleague.name}`);
    expect(french.text).toContain(PEOPLE.alphaLead.name); // who deleted it
    // Bravo's report-published message is still there.
    expect(getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, PEOPLE.bravoLead.email)).all()).not.toEqual([]);
  });

  it("is in the audit log once, by the respondent, without any name or address", () => {
    const rows = getDb().select().from(auditLog).all();
    expect(rows.length).toBe(auditCountBefore + 1);
    const row = rows.at(-1)!;
    expect(row).toMatchObject({
      actorUserId: ids.alphaLead,
      action: "account.delete",
      entityType: "organization",
      entityId: String(alpha.id),
    });
    expect(row.before).toMatchObject({
      contacts: 2,
      answers: 2,
      revisions: 3,
      quotes: 1,
      quotesInReportDraft: 1,
      receiptNumbers: ["C1-ALPH-A001"],
    });
    const json = JSON.stringify(row);
    for (const secret of [...CONTACT_SECRETS, ALPHA]) expect(json).not.toContain(secret);
  });

  it("still leaks no contact detail anywhere public afterwards", async () => {
    expect(leaks(await everythingPublic(), [...CONTACT_SECRETS, DELETED_CONTACT_NAME])).toEqual([]);
  }, 60_000);
});
