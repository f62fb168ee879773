/// <reference types="vite/client" />
// Who may reach what: every route module with a loader or an action, found
// from the route files, × anonymous, a respondent of organization A, a
// respondent of organization B, a moderator and an admin. Each cell's outcome
// is written down once, in EXPECTED; a route file missing from the table (a
// new route) or a table entry without a file fails the suite.
//
// Organization A has a submitted answer, a receipt and a team; everything A
// typed carries a marker string. Whatever B (or a visitor) is shown by any
// loader or action must never contain one of those markers.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { emailOutbox, reportVersions, responses, submissions, users } from "~db/schema";
import { and, eq } from "drizzle-orm";
import { buildReportDocument, consultationForCluster } from "~/models/report/document.server";
import { cookieFor, createOrganization, createUser, openConsultation, routeArgs, run, seedContent } from "../support/fixtures";

type Handler = (args: ReturnType<typeof routeArgs>) => unknown;
interface RouteModule {
  loader?: Handler;
  action?: Handler;
}

const modules = import.meta.glob<RouteModule>("../../app/routes/*.tsx", { eager: true });

const ROLES = ["anonymous", "respondentA", "respondentB", "moderator", "admin"] as const;
type Role = (typeof ROLES)[number];

/**
 * - ok: the loader or action ran and answered (data, a form result, or a 2xx file)
 * - sign-in: 302 to /en/sign-in (signed out)
 * - forbidden: 403 (signed in without the role)
 * - not-found: 404
 * - redirect: another redirect (already signed in, a landing page…)
 * - local-only: 404 from any other machine, answered only to a loopback client (the local mailbox)
 */
type Outcome = "ok" | "sign-in" | "forbidden" | "not-found" | "redirect" | "local-only";
type Row = Record<Role, Outcome>;

const all = (outcome: Outcome): Row => ({
  anonymous: outcome,
  respondentA: outcome,
  respondentB: outcome,
  moderator: outcome,
  admin: outcome,
});
const PUBLIC = all("ok");
const RESPONDENT: Row = { anonymous: "sign-in", respondentA: "ok", respondentB: "ok", moderator: "forbidden", admin: "forbidden" };
const STAFF: Row = { anonymous: "sign-in", respondentA: "forbidden", respondentB: "forbidden", moderator: "ok", admin: "ok" };
const ADMIN: Row = { anonymous: "sign-in", respondentA: "forbidden", respondentB: "forbidden", moderator: "forbidden", admin: "ok" };
const SIGNED_IN: Row = { anonymous: "sign-in", respondentA: "ok", respondentB: "ok", moderator: "ok", admin: "ok" };
const SIGNED_OUT_ONLY: Row = {
  anonymous: "ok",
  respondentA: "redirect",
  respondentB: "redirect",
  moderator: "redirect",
  admin: "redirect",
};

/** The one table: route file → loader/action → role → outcome. */
const EXPECTED: Record<string, Partial<Record<"loader" | "action", Row>>> = {
  "$.tsx": { loader: all("not-found") },
  "_index.tsx": { loader: all("redirect") },
  "healthz.tsx": { loader: PUBLIC },
  "$lang._index.tsx": { loader: PUBLIC },
  "$lang.accessibility.tsx": { loader: PUBLIC },
  "$lang.privacy.tsx": { loader: PUBLIC },
  "$lang.clusters.$cluster._index.tsx": { loader: PUBLIC },
  "$lang.clusters.$cluster.questions.$number.tsx": { loader: PUBLIC },
  "$lang.reports._index.tsx": { loader: PUBLIC },
  "$lang.reports.$slug._index.tsx": { loader: PUBLIC },
  "$lang.reports.$slug.v.$version.tsx": { loader: PUBLIC },
  "$lang.reports.$slug.v.$version[.]csv.tsx": { loader: PUBLIC },
  "$lang.reports.$slug.v.$version[.]docx.tsx": { loader: PUBLIC },
  "$lang.reports.$slug.v.$version[.]json.tsx": { loader: PUBLIC },
  "$lang.reports.$slug.v.$version[.]pdf.tsx": { loader: PUBLIC },
  "$lang.register.tsx": { loader: SIGNED_OUT_ONLY, action: PUBLIC },
  "$lang.sign-in._index.tsx": { loader: SIGNED_OUT_ONLY, action: PUBLIC },
  "$lang.sign-in.sent.tsx": { loader: PUBLIC },
  "$lang.sign-in.verify.tsx": { loader: PUBLIC, action: PUBLIC },
  "$lang.sign-out.tsx": { loader: all("redirect"), action: all("redirect") },
  // Whoever holds the emailed link; opening it changes nothing.
  "$lang.invitation.tsx": { loader: PUBLIC, action: PUBLIC },
  "$lang.sessions.tsx": { loader: SIGNED_IN, action: SIGNED_IN },
  "$lang.mailbox._index.tsx": { loader: all("local-only") },
  "$lang.mailbox.$id.tsx": { loader: all("local-only") },
  "$lang.account._index.tsx": { loader: RESPONDENT },
  "$lang.account.team.tsx": { loader: RESPONDENT, action: RESPONDENT },
  "$lang.account.data[.]json.tsx": { loader: RESPONDENT },
  // The probe posts no name: the form answers "required" and deletes nothing.
  "$lang.account.delete.tsx": { loader: RESPONDENT, action: RESPONDENT },
  "$lang.account.deleted.tsx": { loader: PUBLIC },
  "$lang.respond.$cluster._index.tsx": { loader: RESPONDENT },
  "$lang.respond.$cluster.questions.$number.tsx": { loader: RESPONDENT, action: RESPONDENT },
  "$lang.respond.$cluster.review.tsx": { loader: RESPONDENT, action: RESPONDENT },
  // Only A has submitted: B has no receipt to see.
  "$lang.respond.$cluster.receipt.tsx": { loader: { ...RESPONDENT, respondentB: "not-found" } },
  "$lang.admin.tsx": { loader: STAFF },
  "$lang.admin._index.tsx": { loader: { ...STAFF, moderator: "redirect", admin: "redirect" } },
  "$lang.admin.queue.tsx": { loader: STAFF, action: STAFF },
  "$lang.admin.answers.$id.tsx": { loader: STAFF, action: STAFF },
  "$lang.admin.answers[.]csv.tsx": { loader: STAFF },
  "$lang.admin.campaigns.tsx": { loader: STAFF, action: STAFF },
  "$lang.admin.themes.tsx": { loader: STAFF, action: ADMIN },
  "$lang.admin.staff.tsx": { loader: ADMIN, action: ADMIN },
  "$lang.admin.audit.tsx": { loader: ADMIN },
  "$lang.admin.report._index.tsx": { loader: ADMIN, action: ADMIN },
  "$lang.admin.report.questions.$number.tsx": { loader: ADMIN, action: ADMIN },
  "$lang.admin.report.preview.tsx": { loader: ADMIN },
  "$lang.admin.report.government[.]docx.tsx": { loader: ADMIN },
  // Moderators read consultations, drafts included; admins author. The probe's
  // empty forms are refused (400, nothing saved): an answered form is "ok".
  "$lang.admin.consultations._index.tsx": { loader: STAFF },
  "$lang.admin.consultations.new.tsx": { loader: ADMIN, action: ADMIN },
  "$lang.admin.consultations.$id._index.tsx": { loader: STAFF, action: ADMIN },
  "$lang.admin.consultations.$id.deadline.tsx": { loader: ADMIN, action: ADMIN },
  // The probe names no instrument: 404 once the role is checked.
  "$lang.admin.consultations.instruments.tsx": { loader: STAFF, action: { ...ADMIN, admin: "not-found" } },
  // The question editor (issue 12): moderators read the list, the preview and the files; admins change.
  "$lang.admin.consultations_.$id_.questions._index.tsx": { loader: STAFF, action: ADMIN },
  "$lang.admin.consultations_.$id_.questions.new.tsx": { loader: ADMIN, action: ADMIN },
  "$lang.admin.consultations_.$id_.questions.$questionId.tsx": { loader: ADMIN, action: ADMIN },
  "$lang.admin.consultations_.$id_.questions.import.tsx": { loader: ADMIN, action: ADMIN },
  "$lang.admin.consultations_.$id_.questions.preview.tsx": { loader: STAFF },
  "$lang.admin.consultations_.$id_.questions[.]json.tsx": { loader: STAFF },
  "$lang.admin.consultations_.$id_.questions[.]csv.tsx": { loader: STAFF },
  "$lang.admin.questionnaire-template[.]csv.tsx": { loader: STAFF },
};

/** Query strings some routes need to answer at all (resource routes with a required filter). */
const QUERY: Record<string, string> = {
  "$lang.admin.answers[.]csv.tsx": "?consultation=1",
  "$lang.admin.report.government[.]docx.tsx": "?language=en&annex=1&cluster=1",
};

/** Everything organization A typed: none of it may reach B or a visitor. */
const A = {
  organization: "Alpha Marker Organization QX7",
  mandate: "ALPHA-MANDATE-QX7 protects survivors",
  website: "https://alpha-marker-qx7.example",
  contact: "Alice Alphamarker-QX7",
  email: "alice.qx7@alpha-marker.example",
  colleague: "Colin Alphacolleague-QX7",
  answer: "ALPHA-ANSWER-QX7 our confidential answer text",
};
const A_MARKERS = ["QX7", "alpha-marker", "Alphamarker", "Alphacolleague"];
const B = { organization: "Bravo Organization", contact: "Bob Bravo" };

const cookies: Partial<Record<Role, string>> = {};
const userIds: Partial<Record<Role, number>> = {};
/** A fresh session per cell: the sign-out cells revoke the one they are given. */
async function freshCookie(role: Role): Promise<string | undefined> {
  const id = userIds[role];
  return id === undefined ? undefined : cookieFor(id);
}
let answerOfA: number;
let receiptEmailOfA: number;
let userOfA: number;
let organizationOfA: number;

const routes = Object.entries(modules)
  .map(([path, module]) => ({ file: path.split("/").at(-1)!, module }))
  .filter(({ module }) => module.loader || module.action);

function paramsFor(file: string): Record<string, string> {
  const params: Record<string, string> = { lang: "en", cluster: "1", number: "1", slug: "cluster-1", version: "1" };
  // `$id` is an answer of organization A in the staff workspace, an email to A in the mailbox.
  if (file.includes("answers.$id")) params.id = String(answerOfA);
  if (file.includes("mailbox.$id")) params.id = String(receiptEmailOfA);
  // `$id` of a consultation: Cluster 1's, published.
  if (file.includes("consultations.$id")) params.id = String(consultationForCluster(1)!.id);
  if (file === "$.tsx") params["*"] = "nowhere";
  // `$id` of a consultation (Cluster 1's, seeded first) and one of its questions.
  if (file.includes("consultations_.$id_")) {
    params.id = "1";
    params.questionId = "1";
  }
  return params;
}

/** The URL a route file answers, with its parameters filled in. */
function pathFor(file: string, params: Record<string, string>): string {
  const segments = file
    .replace(/\.tsx$/, "")
    .replace(/\[\.\]/g, "\u0000")
    .split(".")
    .filter((s) => s !== "_index")
    // A trailing underscore opts out of a parent layout; it is not in the URL.
    .map((s) => s.replace(/_$/, ""))
    .map((s) =>
      s
        .split("\u0000")
        .map((part) => (part === "$" ? params["*"]! : part.startsWith("$") ? params[part.slice(1)]! : part))
        .join("."),
    );
  return `/${segments.join("/")}${QUERY[file] ?? ""}`;
}

interface Observed {
  status: number;
  location: string | null;
  /** What the caller was shown, as text (data as JSON, a text file's body). */
  shown: string;
}

async function observe(handler: Handler, file: string, role: Role, method: "GET" | "POST", clientIp?: string): Promise<Observed> {
  const params = paramsFor(file);
  const cookie = await freshCookie(role);
  const result = await run(() =>
    handler(
      routeArgs(pathFor(file, params), params, {
        method,
        cookie,
        clientIp,
        form: method === "POST" ? { intent: "matrix-probe" } : undefined,
      }),
    ),
  );
  if (result instanceof Response) {
    const type = result.headers.get("Content-Type") ?? "";
    const shown = /text|json/.test(type) ? await result.text() : "";
    return { status: result.status, location: result.headers.get("Location"), shown };
  }
  // Loaders that set headers return data(…, init): judge by the payload.
  return { status: 200, location: null, shown: JSON.stringify(result) ?? "" };
}

function classify({ status, location }: Observed): Outcome | `status ${number}` {
  if (status >= 200 && status < 300) return "ok";
  // Sent to sign in (and back here afterwards), not the sign-out's "you are signed out".
  if (status >= 300 && status < 400) return /^\/en\/sign-in(\?next=|$)/.test(location ?? "") ? "sign-in" : "redirect";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  return `status ${status}`;
}

beforeAll(async () => {
  seedContent();
  openConsultation();
  const db = getDb();

  // Organization A: no consent to be named or quoted, so nothing of it is public.
  const orgA = createOrganization({
    name: A.organization,
    mandate: A.mandate,
    website: A.website,
    consentPublishName: false,
    consentQuote: "none",
  });
  const alice = createUser({ organizationId: orgA.id, name: A.contact });
  db.update(users).set({ email: A.email }).where(eq(users.id, alice.id)).run();
  createUser({ organizationId: orgA.id, name: A.colleague });
  userOfA = alice.id;
  organizationOfA = orgA.id;
  const orgB = createOrganization({ name: B.organization });
  const bob = createUser({ organizationId: orgB.id, name: B.contact });

  userIds.respondentA = alice.id;
  userIds.respondentB = bob.id;
  userIds.moderator = createUser({ role: "moderator" }).id;
  userIds.admin = createUser({ role: "admin" }).id;
  for (const role of ROLES) cookies[role] = await freshCookie(role);

  // A answers question 1 and submits, through the real actions.
  const { action: answer } = await import("~/routes/$lang.respond.$cluster.questions.$number");
  const { action: review } = await import("~/routes/$lang.respond.$cluster.review");
  const saved = await run(() =>
    answer(
      routeArgs(
        "/en/respond/1/questions/1",
        { lang: "en", cluster: "1", number: "1" },
        {
          cookie: cookies.respondentA,
          form: { intent: "save", baseVersion: "0", closedAnswer: "yes", text: A.answer, language: "en" },
        },
      ) as never,
    ),
  );
  expect(saved).toMatchObject({ kind: "saved" });
  const submitted = await run(() =>
    review(
      routeArgs(
        "/en/respond/1/review",
        { lang: "en", cluster: "1" },
        {
          cookie: cookies.respondentA,
          form: { consentPublishName: "no", consentQuote: "none", declaration: "yes" },
        },
      ) as never,
    ),
  );
  expect(submitted).toBeInstanceOf(Response);
  expect((submitted as Response).headers.get("Location")).toBe("/en/respond/1/receipt");
  answerOfA = db.select().from(responses).where(eq(responses.organizationId, orgA.id)).get()!.id;
  receiptEmailOfA = db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, A.email), eq(emailOutbox.kind, "receipt")))
    .get()!.id;
  // B has a draft of its own, not submitted.
  const { action: answerB } = await import("~/routes/$lang.respond.$cluster.questions.$number");
  await run(() =>
    answerB(
      routeArgs(
        "/en/respond/1/questions/1",
        { lang: "en", cluster: "1", number: "1" },
        {
          cookie: cookies.respondentB,
          form: { intent: "save", baseVersion: "0", closedAnswer: "no", text: "Bravo's own draft", language: "en" },
        },
      ) as never,
    ),
  );

  // A published version of the report (built now, with A's answer counted but never quoted).
  const document = buildReportDocument(1)!;
  document.version = 1;
  document.publishedAt = new Date().toISOString();
  db.insert(reportVersions)
    .values({ consultationId: consultationForCluster(1)!.id, version: 1, snapshot: JSON.stringify(document), publishedAt: new Date() })
    .run();
});

describe("the authorization matrix covers every route", () => {
  it("lists every route module with a loader or an action, and nothing else", () => {
    const files = routes.map((r) => r.file).sort();
    expect(
      files.filter((f) => !(f in EXPECTED)),
      "route files missing from EXPECTED",
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((f) => !files.includes(f)),
      "EXPECTED entries without a route file",
    ).toEqual([]);
  });

  it("has a row for exactly the handlers each module exports", () => {
    for (const { file, module } of routes) {
      expect(Object.keys(EXPECTED[file] ?? {}).sort(), file).toEqual((["loader", "action"] as const).filter((kind) => module[kind]).sort());
    }
  });
});

describe.each(routes.filter(({ file }) => file in EXPECTED))("$file", ({ file, module }) => {
  for (const kind of ["loader", "action"] as const) {
    const handler = module[kind];
    const row = EXPECTED[file]?.[kind];
    if (!handler || !row) continue;
    const method = kind === "loader" ? "GET" : "POST";
    it.each(ROLES)(`${kind} as %s → ${JSON.stringify(row)}`, async (role) => {
      const expected = row[role];
      const seen = await observe(handler, file, role, method);
      if (expected === "local-only") {
        expect(classify(seen)).toBe("not-found");
        // From the machine itself (and only then) the mailbox answers, to anyone.
        expect(classify(await observe(handler, file, role, method, "127.0.0.1"))).toBe("ok");
      } else {
        expect(classify(seen)).toBe(expected);
      }
      if (role !== "respondentA" && role !== "moderator" && role !== "admin") {
        for (const marker of A_MARKERS) expect(seen.shown, `${file} ${kind} shows ${role} "${marker}"`).not.toContain(marker);
      }
    });
  }
});

describe("the markers are there to find (so their absence means something)", () => {
  it("A sees its own organization, team and answer; staff see A's answer", async () => {
    const seen = async (file: string, role: Role) => (await observe(modules[`../../app/routes/${file}`]!.loader!, file, role, "GET")).shown;
    expect(await seen("$lang.account._index.tsx", "respondentA")).toContain(A.organization);
    expect(await seen("$lang.account.team.tsx", "respondentA")).toContain(A.colleague);
    expect(await seen("$lang.respond.$cluster.questions.$number.tsx", "respondentA")).toContain(A.answer);
    expect(await seen("$lang.admin.answers.$id.tsx", "moderator")).toContain(A.answer);
    expect(await seen("$lang.admin.answers[.]csv.tsx", "moderator")).toContain(A.answer);
  });
});

describe("organization B cannot reach organization A", () => {
  async function asB(file: string, kind: "loader" | "action", form?: Record<string, string>, params?: Record<string, string>) {
    const handler = modules[`../../app/routes/${file}`]![kind]!;
    const p = params ?? paramsFor(file);
    // A fresh session: the matrix's "sign out everywhere else" cells end the older ones.
    const cookie = await freshCookie("respondentB");
    return run(() => handler(routeArgs(pathFor(file, p), p, { cookie, method: form ? "POST" : "GET", form })));
  }

  it("sees its own organization, answers and team, never A's", async () => {
    for (const file of [
      "$lang.account._index.tsx",
      "$lang.account.team.tsx",
      "$lang.respond.$cluster._index.tsx",
      "$lang.respond.$cluster.questions.$number.tsx",
      "$lang.respond.$cluster.review.tsx",
    ]) {
      const data = await asB(file, "loader");
      expect(data, file).not.toBeInstanceOf(Response);
      const json = JSON.stringify(data);
      expect(json, file).toContain(file.includes("questions") ? "Bravo's own draft" : "Bravo");
      for (const marker of A_MARKERS) expect(json, `${file}: ${marker}`).not.toContain(marker);
    }
  });

  it("cannot open A's answer by its id in the staff workspace, nor act on it", async () => {
    expect(((await asB("$lang.admin.answers.$id.tsx", "loader")) as Response).status).toBe(403);
    for (const intent of ["approve", "reject", "redact", "note", "quote"]) {
      const result = await asB("$lang.admin.answers.$id.tsx", "action", {
        intent,
        reason: "off-topic",
        redactedText: "x",
        body: "x",
        excerpt: "x",
      });
      expect((result as Response).status, intent).toBe(403);
    }
  });

  it("cannot read A's receipt email by its id in the mailbox from another machine", async () => {
    expect(((await asB("$lang.mailbox.$id.tsx", "loader")) as Response).status).toBe(404);
  });

  it("saving an answer writes to B's own organization, never over A's", async () => {
    const before = getDb().select().from(responses).where(eq(responses.id, answerOfA)).get()!;
    await asB("$lang.respond.$cluster.questions.$number.tsx", "action", {
      intent: "save",
      baseVersion: String(before.version),
      closedAnswer: "no",
      text: "Bravo overwrites?",
      language: "en",
    });
    const after = getDb().select().from(responses).where(eq(responses.id, answerOfA)).get()!;
    expect(after.text).toBe(A.answer);
    expect(after.version).toBe(before.version);
  });

  it("submitting submits B's own answers, and B's receipt is B's", async () => {
    const submissionsOfA = () => getDb().select().from(submissions).where(eq(submissions.organizationId, organizationOfA)).all();
    const before = submissionsOfA();
    const result = await asB("$lang.respond.$cluster.review.tsx", "action", {
      consentPublishName: "yes",
      consentQuote: "named",
      declaration: "yes",
    });
    expect((result as Response).headers.get("Location")).toBe("/en/respond/1/receipt");
    expect(submissionsOfA()).toEqual(before);
    const receipt = await asB("$lang.respond.$cluster.receipt.tsx", "loader");
    const json = JSON.stringify(receipt);
    expect(json).not.toContain(before[0]!.receiptNumber);
    for (const marker of A_MARKERS) expect(json).not.toContain(marker);
  });

  it("inviting a colleague adds them to B, and cannot take over A's contact", async () => {
    // The same answer as for any address (it tells B nothing), and nothing
    // changes for A: an invitation only waits for its addressee's answer.
    const result = await asB("$lang.account.team.tsx", "action", { contactName: "Eve", email: A.email, language: "en" });
    expect(result).toMatchObject({ kind: "invited" });
    expect(getDb().select().from(users).where(eq(users.id, userOfA)).get()!.organizationId).toBe(organizationOfA);
    // B's team page lists the invitation as B typed it (the address and
    // "Eve"), and nothing else of A's: not A's name, organization or answers.
    const team = JSON.stringify(await asB("$lang.account.team.tsx", "loader")).replaceAll(A.email, "");
    expect(team).toContain("Eve");
    for (const marker of A_MARKERS) expect(team).not.toContain(marker);
    // A, holding the emailed link, cannot be moved into B by accepting it.
    const mail = getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, A.email)).all().at(-1)!;
    const token = /invitation\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    const accept = modules["../../app/routes/$lang.invitation.tsx"]!.action!;
    const answer = await run(() => accept(routeArgs("/en/invitation", { lang: "en" }, { form: { token, intent: "accept" } })));
    expect(answer).toEqual({ kind: "has-account", intent: "accept" });
    expect(getDb().select().from(users).where(eq(users.id, userOfA)).get()!.organizationId).toBe(organizationOfA);
  });
});
