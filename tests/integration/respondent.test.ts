// Every respondent action against a real SQLite file: valid input, each kind of
// invalid input (with the message code the page turns into a sentence),
// someone from another organization, someone signed out, after the deadline.
import { and, count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { emailOutbox, organizations, responseRevisions, responses, sessions, submissions, users } from "~db/schema";
import { getUser } from "~/models/accounts/auth.server";
import { RECEIPT_NUMBER_PATTERN } from "~/models/respond/receipt-number.server";
import { action as answerAction, loader as answerLoader } from "~/routes/$lang.respond.$cluster.questions.$number";
import { loader as dashboardLoader } from "~/routes/$lang.respond.$cluster._index";
import { action as registerAction } from "~/routes/$lang.register";
import { action as reviewAction } from "~/routes/$lang.respond.$cluster.review";
import { action as signInAction } from "~/routes/$lang.sign-in._index";
import { action as verifyAction } from "~/routes/$lang.sign-in.verify";
import { action as signOutAction } from "~/routes/$lang.sign-out";
import { action as teamAction } from "~/routes/$lang.account.team";
import { action as invitationAction } from "~/routes/$lang.invitation";
import {
  answerOf,
  bodyOf,
  cookieFor,
  createOrganization,
  createRespondent,
  createUser,
  openConsultation,
  outboxTo,
  routeArgs,
  run,
  seedContent,
  setConsultationDates,
} from "../support/fixtures";

const DAY = 24 * 3600_000;
let ipCounter = 0;
/** A fresh client address per test, so rate limits of one test do not leak into another. */
const freshIp = () => `198.51.100.${++ipCounter}`;

beforeAll(() => seedContent());
beforeEach(() => openConsultation());

function location(result: unknown): string | null {
  return result instanceof Response ? result.headers.get("Location") : null;
}

const validRegistration = (overrides: Record<string, string> = {}) => ({
  organizationName: `Réseau d’entraide ${Math.random().toString(36).slice(2, 8)}`,
  organizationType: "ngo",
  region: "QC",
  country: "",
  website: "",
  mandate: "Nous accompagnons les personnes victimes de la traite.",
  contactName: "Ana Tremblay",
  email: `ana.${Math.random().toString(36).slice(2, 8)}@example.org`,
  language: "fr",
  ...overrides,
});

describe("registration", () => {
  it("creates the organization and its contact, and emails a sign-in link in the contact's language", async () => {
    const form = validRegistration();
    const result = await run(() => registerAction(routeArgs("/fr/register", { lang: "fr" }, { form, clientIp: freshIp() })));
    expect(location(result)).toBe("/fr/sign-in/sent");
    const user = getDb().select().from(users).where(eq(users.email, form.email)).get();
    expect(user?.organizationId).toBeTypeOf("number");
    const [mail] = outboxTo(form.email);
    expect(mail?.kind).toBe("sign-in");
    expect(mail?.language).toBe("fr");
    expect(mail?.text).toMatch(/\/fr\/sign-in\/verify\?token=/);
  });

  it("returns each problem as a code and keeps what was typed", async () => {
    const form = validRegistration({
      organizationName: "",
      email: "not-an-email",
      website: "nope",
      region: "outside",
      mandate: "word ".repeat(151),
    });
    const result = answerOf(await run(() => registerAction(routeArgs("/en/register", { lang: "en" }, { form, clientIp: freshIp() }))));
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      kind: "invalid",
      errors: { organizationName: "required", email: "email", website: "url", mandate: "tooManyWords" },
    });
    expect((result.body as { values: Record<string, string> }).values.email).toBe("not-an-email");
    // Everything typed comes back, so the page loses nothing.
    expect(result.body).toMatchObject({ values: form });
    const abroad = validRegistration({ region: "outside", country: "" });
    expect(
      bodyOf(await run(() => registerAction(routeArgs("/en/register", { lang: "en" }, { form: abroad, clientIp: freshIp() })))),
    ).toMatchObject({
      kind: "invalid",
      errors: { country: "country" },
    });
  });

  it("tells of an existing organization (same name typed differently, or same website) and creates nothing", async () => {
    createOrganization({
      name: "Canadian Centre to End Human Trafficking",
      website: "https://www.ccteht.example/",
      websiteDomain: "ccteht.example",
    });
    const before = getDb().select({ n: count() }).from(organizations).get()?.n;
    const attempts: Record<string, string>[] = [
      { organizationName: "canadian centre to end human-trafficking" },
      { organizationName: "CCEHT", website: "ccteht.example/about" },
    ];
    for (const overrides of attempts) {
      const result = await run(() =>
        registerAction(routeArgs("/en/register", { lang: "en" }, { form: validRegistration(overrides), clientIp: freshIp() })),
      );
      expect(result).toMatchObject({ kind: "duplicate", organizationName: "Canadian Centre to End Human Trafficking" });
    }
    expect(getDb().select({ n: count() }).from(organizations).get()?.n).toBe(before);
  });

  it("asks the existing organization's contacts to invite the person", async () => {
    const organization = createOrganization({ name: "Legal Aid Collective" });
    const contact = createUser({ organizationId: organization.id, language: "fr" });
    const form = {
      ...validRegistration({ organizationName: "Legal Aid Collective", contactName: "Sam Lee" }),
      intent: "request-invitation",
    };
    const result = await run(() => registerAction(routeArgs("/en/register", { lang: "en" }, { form, clientIp: freshIp() })));
    expect(result).toMatchObject({ kind: "invitation-requested" });
    const [mail] = outboxTo(contact.email);
    expect(mail?.kind).toBe("invitation-request");
    expect(mail?.text).toContain("Sam Lee");
  });

  it("answers an address that already has an account like any other, and sends it a sign-in link", async () => {
    const { user } = createRespondent();
    const result = await run(() =>
      registerAction(routeArgs("/en/register", { lang: "en" }, { form: validRegistration({ email: user.email }), clientIp: freshIp() })),
    );
    expect(location(result)).toBe("/en/sign-in/sent");
    expect(outboxTo(user.email).map((m) => m.kind)).toEqual(["sign-in"]);
  });

  it("slows down a client that registers again and again", async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++)
      await run(() => registerAction(routeArgs("/en/register", { lang: "en" }, { form: validRegistration(), clientIp: ip })));
    const result = await run(() => registerAction(routeArgs("/en/register", { lang: "en" }, { form: validRegistration(), clientIp: ip })));
    expect(result).toMatchObject({ kind: "rate-limited" });
  });
});

describe("sign-in by emailed link", () => {
  async function requestLink(email: string, ip = freshIp()) {
    return run(() => signInAction(routeArgs("/en/sign-in", { lang: "en" }, { form: { email }, clientIp: ip }))).then(bodyOf);
  }

  function tokenFrom(text: string): string {
    const match = /token=([A-Za-z0-9_-]+)/.exec(text);
    if (!match?.[1]) throw new Error("no token in the email");
    return match[1];
  }

  it("gives the same answer, and does the same work, for a known and an unknown address", async () => {
    const { user } = createRespondent();
    expect(location(await requestLink(user.email.toUpperCase()))).toBe("/en/sign-in/sent");
    expect(location(await requestLink("nobody@example.org"))).toBe("/en/sign-in/sent");
    // One email each: a link for the account, a "no account" note without one for the other.
    const [link] = outboxTo(user.email);
    const [note] = outboxTo("nobody@example.org");
    expect(link).toMatchObject({ kind: "sign-in" });
    expect(tokenFrom(link!.text)).toBeTruthy();
    expect(note).toMatchObject({ kind: "sign-in-no-account", language: "en" });
    expect(note!.text).not.toMatch(/token=/);
    expect(note!.text).toContain("http://localhost:3000/en/register");
  });

  it("refuses an address that is not an email address", async () => {
    expect(await requestLink("ana at example")).toMatchObject({ errors: { email: "email" } });
    expect(await requestLink("")).toMatchObject({ errors: { email: "required" } });
    const answer = answerOf(
      await run(() => signInAction(routeArgs("/en/sign-in", { lang: "en" }, { form: { email: "ana at example" }, clientIp: freshIp() }))),
    );
    expect(answer).toMatchObject({
      status: 400,
      body: { kind: "invalid", errors: { email: "email" }, values: { email: "ana at example" } },
    });
  });

  it("limits the emails sent to one address, and the links already sent keep working", async () => {
    const { user } = createRespondent();
    for (let i = 0; i < 5; i++) expect(location(await requestLink(user.email))).toBe("/en/sign-in/sent");
    const result = await requestLink(user.email);
    expect(result).toMatchObject({ retryAfterMinutes: expect.any(Number), mailLimited: true });
    expect(outboxTo(user.email)).toHaveLength(5);
    // Whoever spent the address's budget, its owner signs in with a link already sent.
    const token = tokenFrom(outboxTo(user.email)[0]!.text);
    expect(location(await run(() => verifyAction(routeArgs("/en/sign-in/verify", { lang: "en" }, { form: { token } }))))).toBe(
      "/en/account",
    );
  });

  it("signs in once with the link, then refuses it", async () => {
    const { user } = createRespondent();
    await requestLink(user.email);
    const token = tokenFrom(outboxTo(user.email)[0]!.text);
    const first = await run(() => verifyAction(routeArgs("/en/sign-in/verify", { lang: "en" }, { form: { token } })));
    expect(location(first)).toBe("/en/account");
    const cookie = (first as Response).headers.get("Set-Cookie")!.split(";")[0]!;
    const signedIn = await getUser(new Request("http://localhost/", { headers: { Cookie: cookie } }));
    expect(signedIn?.id).toBe(user.id);
    const again = await run(() => verifyAction(routeArgs("/en/sign-in/verify", { lang: "en" }, { form: { token } })));
    expect(again).toEqual({ kind: "refused", intent: "", reason: "used" });
  });

  it("refuses an expired link and a made-up one", async () => {
    const { user } = createRespondent();
    await requestLink(user.email);
    const token = tokenFrom(outboxTo(user.email)[0]!.text);
    getDb()
      .$client.prepare("update sign_in_tokens set expires_at = ? where user_id = ?")
      .run(Date.now() - 1, user.id);
    expect(await run(() => verifyAction(routeArgs("/en/sign-in/verify", { lang: "en" }, { form: { token } })))).toEqual({
      kind: "refused",
      intent: "",
      reason: "expired",
    });
    expect(await run(() => verifyAction(routeArgs("/en/sign-in/verify", { lang: "en" }, { form: { token: "made-up" } })))).toEqual({
      kind: "refused",
      intent: "",
      reason: "invalid",
    });
  });

  it("signing out revokes the session", async () => {
    const { user } = createRespondent();
    const cookie = await cookieFor(user.id);
    await run(() => signOutAction(routeArgs("/en/sign-out", { lang: "en" }, { method: "POST", cookie })));
    expect(await getUser(new Request("http://localhost/", { headers: { Cookie: cookie } }))).toBeNull();
    expect(getDb().select().from(sessions).where(eq(sessions.userId, user.id)).get()?.revokedAt).toBeInstanceOf(Date);
  });
});

describe("answering a question", () => {
  const params = { lang: "en", cluster: "1", number: "2" };
  const save = (cookie: string | undefined, form: Record<string, string>) =>
    run(() => answerAction(routeArgs("/en/respond/1/questions/2", params, { form: { language: "en", ...form }, cookie }))).then(bodyOf);

  it("saves a draft as version 1 and keeps every version as a revision", async () => {
    const { user, organization } = createRespondent();
    const cookie = await cookieFor(user.id);
    expect(await save(cookie, { baseVersion: "0", closedAnswer: "partly", text: "First thoughts." })).toMatchObject({
      kind: "saved",
      version: 1,
    });
    expect(await save(cookie, { baseVersion: "1", closedAnswer: "partly", text: "Second thoughts." })).toMatchObject({
      kind: "saved",
      version: 2,
    });
    const response = getDb().select().from(responses).where(eq(responses.organizationId, organization.id)).get()!;
    expect(response).toMatchObject({
      text: "Second thoughts.",
      closedAnswer: "partly",
      language: "en",
      state: "draft",
      updatedByUserId: user.id,
    });
    const revisions = getDb().select().from(responseRevisions).where(eq(responseRevisions.responseId, response.id)).all();
    expect(revisions.map((r) => r.text)).toEqual(["First thoughts.", "Second thoughts."]);
  });

  it('goes on to the next question after "Save and go to the next question", and back to the list after the last one', async () => {
    const { user } = createRespondent();
    const cookie = await cookieFor(user.id);
    const saveNext = (number: string) =>
      run(() =>
        answerAction(
          routeArgs(
            `/en/respond/1/questions/${number}`,
            { lang: "en", cluster: "1", number },
            { form: { baseVersion: "0", text: "An answer.", language: "en", intent: "save-next" }, cookie },
          ),
        ),
      );
    expect(location(await saveNext("1"))).toBe("/en/respond/1/questions/2");
    expect(location(await saveNext("20"))).toBe("/en/respond/1");
  });

  it("does not overwrite a colleague's save: it returns both texts", async () => {
    const { user, organization } = createRespondent();
    const colleague = createUser({ organizationId: organization.id, name: "Colleague" });
    await save(await cookieFor(colleague.id), { baseVersion: "0", text: "Colleague's text" });
    const result = await save(await cookieFor(user.id), { baseVersion: "0", text: "My text" });
    expect(result).toMatchObject({
      kind: "conflict",
      theirs: { text: "Colleague's text", savedBy: "Colleague", version: 1 },
      mine: { text: "My text" },
    });
    expect(getDb().select().from(responses).where(eq(responses.organizationId, organization.id)).get()?.text).toBe("Colleague's text");
    // Choosing "save my version" sends the version it now knows about.
    expect(await save(await cookieFor(user.id), { baseVersion: "1", text: "My text" })).toMatchObject({ kind: "saved", version: 2 });
  });

  it("enforces the word limit on the server and keeps the text", async () => {
    const { user, organization } = createRespondent();
    const tooLong = "word ".repeat(2000);
    const cookie = await cookieFor(user.id);
    const result = await save(cookie, { baseVersion: "0", text: tooLong });
    expect(result).toMatchObject({ kind: "invalid", errors: { text: "tooManyWords" }, mine: { text: tooLong } });
    const answer = answerOf(
      await run(() =>
        answerAction(routeArgs("/en/respond/1/questions/2", params, { form: { language: "en", baseVersion: "0", text: tooLong }, cookie })),
      ),
    );
    expect(answer).toMatchObject({
      status: 400,
      body: { kind: "invalid", errors: { text: "tooManyWords" }, values: { text: tooLong, baseVersion: "0" } },
    });
    expect(getDb().select().from(responses).where(eq(responses.organizationId, organization.id)).get()).toBeUndefined();
  });

  it("refuses an answer choice that does not exist or a language that is not official", async () => {
    const { user } = createRespondent();
    const cookie = await cookieFor(user.id);
    expect(await save(cookie, { baseVersion: "0", closedAnswer: "maybe", text: "x" })).toMatchObject({
      kind: "invalid",
      errors: { closedAnswer: "invalid" },
    });
    expect(await save(cookie, { baseVersion: "0", language: "de", text: "x" })).toMatchObject({
      kind: "invalid",
      errors: { language: "choose" },
    });
    const answer = answerOf(
      await run(() =>
        answerAction(
          routeArgs("/en/respond/1/questions/2", params, {
            form: { baseVersion: "0", language: "de", closedAnswer: "yes", text: "Kept text" },
            cookie,
          }),
        ),
      ),
    );
    expect(answer).toMatchObject({
      status: 400,
      body: {
        kind: "invalid",
        errors: { language: "choose" },
        values: { language: "de", closedAnswer: "yes", text: "Kept text" },
        mine: { text: "Kept text", closedAnswer: "yes" },
      },
    });
  });

  it("keeps organizations apart: another organization's save and page never show this one's answer", async () => {
    const a = createRespondent();
    const b = createRespondent();
    await save(await cookieFor(a.user.id), { baseVersion: "0", text: "A's confidential answer" });
    const cookieB = await cookieFor(b.user.id);
    const page = (await run(() => answerLoader(routeArgs("/en/respond/1/questions/2", params, { cookie: cookieB })))) as {
      answer: unknown;
    };
    expect(page.answer).toBeNull();
    expect(await save(cookieB, { baseVersion: "0", text: "B's answer" })).toMatchObject({ kind: "saved", version: 1 });
    const rows = getDb().select().from(responses).where(eq(responses.organizationId, a.organization.id)).all();
    expect(rows.map((r) => r.text)).toEqual(["A's confidential answer"]);
  });

  it("sends someone signed out to sign in, and refuses staff with a 403", async () => {
    const result = await save(undefined, { baseVersion: "0", text: "x" });
    expect(location(result)).toBe("/en/sign-in?next=%2Fen%2Frespond%2F1%2Fquestions%2F2");
    const moderator = createUser({ role: "moderator" });
    const refused = await save(await cookieFor(moderator.id), { baseVersion: "0", text: "x" });
    expect((refused as Response).status).toBe(403);
  });

  it("refuses saves after the deadline and before the opening, and touches nothing", async () => {
    const { user, organization } = createRespondent();
    const cookie = await cookieFor(user.id);
    await save(cookie, { baseVersion: "0", text: "Saved in time" });
    setConsultationDates(new Date(Date.now() - 30 * DAY), new Date(Date.now() - DAY));
    expect(await save(cookie, { baseVersion: "1", text: "Too late" })).toMatchObject({
      kind: "refused",
      problem: "closed",
      mine: { text: "Too late" },
    });
    setConsultationDates(new Date(Date.now() + DAY), new Date(Date.now() + 30 * DAY));
    expect(await save(cookie, { baseVersion: "1", text: "Too early" })).toMatchObject({ kind: "refused", problem: "not-open" });
    const row = getDb().select().from(responses).where(eq(responses.organizationId, organization.id)).get();
    expect(row).toMatchObject({ text: "Saved in time", version: 1 });
  });

  it("shows progress on the dashboard: answered, draft, not started, and who saved last", async () => {
    const { user } = createRespondent();
    const cookie = await cookieFor(user.id);
    await save(cookie, { baseVersion: "0", closedAnswer: "yes", text: "Criminal Code s. 467.11" });
    await run(() =>
      answerAction(
        routeArgs(
          "/en/respond/1/questions/3",
          { lang: "en", cluster: "1", number: "3" },
          { form: { baseVersion: "0", text: "", language: "en", closedAnswer: "" }, cookie },
        ),
      ),
    );
    const dashboard = (await run(() => dashboardLoader(routeArgs("/en/respond/1", { lang: "en", cluster: "1" }, { cookie })))) as Awaited<
      ReturnType<typeof dashboardLoader>
    >;
    expect(dashboard.counts).toEqual({ answered: 1, draft: 0, "not-started": 19 });
    expect(dashboard.questions[1]).toMatchObject({ progress: "answered", savedBy: user.name });
  });
});

describe("submitting", () => {
  const submit = (cookie: string | undefined, form: Record<string, string>) =>
    run(() => reviewAction(routeArgs("/en/respond/1/review", { lang: "en", cluster: "1" }, { form, cookie }))).then(bodyOf);
  const consent = { consentPublishName: "yes", consentQuote: "anonymous", declaration: "yes" };

  async function answered() {
    const respondent = createRespondent("fr");
    const cookie = await cookieFor(respondent.user.id);
    for (const [number, text] of [
      ["1", "Réponse un"],
      ["5", "Réponse <b>cinq</b>"],
    ] as const) {
      await run(() =>
        answerAction(
          routeArgs(
            `/en/respond/1/questions/${number}`,
            { lang: "en", cluster: "1", number },
            {
              form: { baseVersion: "0", text, language: "fr", closedAnswer: number === "1" ? "no" : "" },
              cookie,
            },
          ),
        ),
      );
    }
    return { ...respondent, cookie };
  }

  it("needs the declaration and both consent choices", async () => {
    const { cookie } = await answered();
    expect(await submit(cookie, {})).toMatchObject({
      kind: "invalid",
      errors: { consentPublishName: "choose", consentQuote: "choose", declaration: "declaration" },
    });
    const answer = answerOf(
      await run(() =>
        reviewAction(
          routeArgs(
            "/en/respond/1/review",
            { lang: "en", cluster: "1" },
            { form: { consentPublishName: "no", consentQuote: "named" }, cookie },
          ),
        ),
      ),
    );
    expect(answer).toEqual({
      status: 400,
      location: null,
      body: {
        kind: "invalid",
        intent: "",
        errors: { declaration: "declaration" },
        values: { consentPublishName: "no", consentQuote: "named" },
      },
    });
  });

  it("submits, records the consents, gives a receipt number and emails a copy of every answer", async () => {
    const { cookie, organization, user } = await answered();
    const result = await submit(cookie, consent);
    expect(location(result)).toBe("/en/respond/1/receipt");
    const submission = getDb().select().from(submissions).where(eq(submissions.organizationId, organization.id)).get()!;
    expect(submission.receiptNumber).toMatch(RECEIPT_NUMBER_PATTERN);
    expect(getDb().select().from(organizations).where(eq(organizations.id, organization.id)).get()).toMatchObject({
      consentPublishName: true,
      consentQuote: "anonymous",
    });
    const states = getDb().select({ state: responses.state }).from(responses).where(eq(responses.organizationId, organization.id)).all();
    expect(states.every((s) => s.state === "submitted")).toBe(true);
    const receipt = outboxTo(user.email).find((m) => m.kind === "receipt")!;
    expect(receipt.language).toBe("fr");
    for (const part of [submission.receiptNumber, "Réponse un", "Réponse <b>cinq</b>", "Non"]) expect(receipt.text).toContain(part);
    expect(receipt.html).toContain("Réponse &lt;b&gt;cinq&lt;/b&gt;");
  });

  it("lets the organization amend and resubmit, keeping the receipt number and sending an updated receipt", async () => {
    const { cookie, organization, user } = await answered();
    await submit(cookie, consent);
    await run(() =>
      answerAction(
        routeArgs(
          "/en/respond/1/questions/1",
          { lang: "en", cluster: "1", number: "1" },
          {
            form: { baseVersion: "1", text: "Réponse un, modifiée", language: "fr", closedAnswer: "partly" },
            cookie,
          },
        ),
      ),
    );
    await submit(cookie, consent);
    const rows = getDb().select().from(submissions).where(eq(submissions.organizationId, organization.id)).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.submissionCount).toBe(2);
    const receipts = outboxTo(user.email).filter((m) => m.kind === "receipt");
    expect(receipts).toHaveLength(2);
    expect(receipts[1]?.text).toContain("Réponse un, modifiée");
    expect(receipts[1]?.text).toContain(rows[0]!.receiptNumber);
  });

  it("has nothing to submit without a saved answer", async () => {
    const { user } = createRespondent();
    expect(await submit(await cookieFor(user.id), consent)).toMatchObject({ kind: "nothing-to-submit" });
  });

  it("refuses after the deadline and sends no email", async () => {
    const { cookie, user } = await answered();
    setConsultationDates(new Date(Date.now() - 30 * DAY), new Date(Date.now() - DAY));
    expect(await submit(cookie, consent)).toMatchObject({ kind: "refused", problem: "closed" });
    expect(outboxTo(user.email).filter((m) => m.kind === "receipt")).toHaveLength(0);
  });

  it("sends someone signed out to sign in", async () => {
    expect(location(await submit(undefined, consent))).toMatch(/^\/en\/sign-in/);
  });
});

describe("inviting a colleague", () => {
  const invite = (cookie: string | undefined, form: Record<string, string>) =>
    run(() => teamAction(routeArgs("/en/account/team", { lang: "en" }, { form, cookie }))).then(bodyOf);

  it("emails an invitation in their language, and adds the colleague only once they accept", async () => {
    const { user, organization } = createRespondent();
    const result = await invite(await cookieFor(user.id), { contactName: "Léa Roy", email: "lea.roy@example.org", language: "fr" });
    expect(result).toMatchObject({ kind: "invited", name: "Léa Roy" });
    expect(getDb().select().from(users).where(eq(users.email, "lea.roy@example.org")).get()).toBeUndefined();
    const [mail] = outboxTo("lea.roy@example.org");
    expect(mail).toMatchObject({ kind: "invitation", language: "fr" });
    const token = /invitation\?token=([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    // Anything but the page's two buttons: a 400 that changes nothing (accepting still works below).
    const probe = answerOf(
      await run(() => invitationAction(routeArgs("/fr/invitation", { lang: "fr" }, { form: { token, intent: "maybe" } }))),
    );
    expect(probe).toMatchObject({
      status: 400,
      body: { kind: "invalid", errors: { intent: "invalid" }, values: { token, intent: "maybe" } },
    });
    const accepted = await run(() => invitationAction(routeArgs("/fr/invitation", { lang: "fr" }, { form: { token, intent: "accept" } })));
    expect(location(accepted)).toBe("/fr/account");
    const colleague = getDb().select().from(users).where(eq(users.email, "lea.roy@example.org")).get();
    expect(colleague).toMatchObject({ organizationId: organization.id, name: "Léa Roy", language: "fr" });
    const cookie = (accepted as Response).headers.get("Set-Cookie")!.split(";")[0]!;
    expect((await getUser(new Request("http://localhost/", { headers: { Cookie: cookie } })))?.id).toBe(colleague!.id);
  });

  it("answers the same for an address that already has an account, and refuses bad input", async () => {
    const { user } = createRespondent();
    const other = createRespondent();
    const cookie = await cookieFor(user.id);
    expect(await invite(cookie, { contactName: "X", email: other.user.email, language: "en" })).toMatchObject({
      kind: "invited",
      name: "X",
    });
    expect(await invite(cookie, { contactName: "X", email: "free.address@example.org", language: "en" })).toMatchObject({
      kind: "invited",
      name: "X",
    });
    expect(await invite(cookie, { contactName: "", email: "nope", language: "xx" })).toMatchObject({
      kind: "invalid",
      errors: { contactName: "required", email: "email", language: "choose" },
    });
    const answer = answerOf(
      await run(() =>
        teamAction(
          routeArgs(
            "/en/account/team",
            { lang: "en" },
            { form: { contactName: "Léa Roy", email: "lea at example", language: "fr" }, cookie },
          ),
        ),
      ),
    );
    expect(answer).toMatchObject({
      status: 400,
      body: { kind: "invalid", errors: { email: "email" }, values: { contactName: "Léa Roy", email: "lea at example", language: "fr" } },
    });
    expect(
      getDb()
        .select()
        .from(users)
        .where(and(eq(users.email, other.user.email), eq(users.organizationId, other.organization.id)))
        .get(),
    ).toBeDefined();
  });

  it("sends someone signed out to sign in", async () => {
    expect(location(await invite(undefined, { contactName: "X", email: "x@example.org", language: "en" }))).toMatch(/^\/en\/sign-in/);
  });
});

describe("the outbox", () => {
  it("holds every message written by these journeys, none sent without an API key", () => {
    const states = getDb().select({ state: emailOutbox.state }).from(emailOutbox).all();
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((s) => s.state === "pending")).toBe(true);
  });
});
