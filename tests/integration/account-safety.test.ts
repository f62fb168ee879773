// The account-takeover and enumeration holes a black-box probe found in
// production mode (issue 14), each checked where it lives: links from
// PUBLIC_URL, links that know the browser that asked, the same answer and
// work for known and unknown addresses, invitations that wait for
// acceptance, one email budget per address, IPv6 keyed per /64, no 500 from
// a tampered `next`, staff removal and "sign out everywhere else". The
// server-level parts (Host refused, mailbox in production, TRUST_PROXY) are
// in tests/browser/security.test.ts.
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { auditLog, emailOutbox, invitations, organizations, sessions, signInTokens, users } from "~db/schema";
import { getUser } from "~/models/accounts/auth.server";
import { requireMailboxAccess } from "~/models/email/mailbox.server";
import { action as invitationAction, loader as invitationLoader } from "~/routes/$lang.invitation";
import { action as registerAction } from "~/routes/$lang.register";
import { action as sessionsAction, loader as sessionsLoader } from "~/routes/$lang.sessions";
import { action as signInAction } from "~/routes/$lang.sign-in._index";
import { action as verifyAction, loader as verifyLoader } from "~/routes/$lang.sign-in.verify";
import { action as staffAction, loader as staffLoader } from "~/routes/$lang.admin.staff";
import { action as teamAction } from "~/routes/$lang.account.team";
import {
  answerOf,
  cookieFor,
  createOrganization,
  createRespondent,
  createUser,
  openConsultation,
  outboxTo,
  routeArgs,
  run,
  seedContent,
} from "../support/fixtures";

let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter % 250}`;

beforeAll(() => seedContent());
beforeEach(() => openConsultation());

function location(result: unknown): string | null {
  return result instanceof Response ? result.headers.get("Location") : null;
}

function tokenFrom(text: string, path = "sign-in/verify"): string {
  const match = new RegExp(`${path.replace("/", "\\/")}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} token in the email`);
  return match[1];
}

/** A POST as a browser would send it, with its own Host and cookies. */
function post(url: string, form: Record<string, string>, init: { cookie?: string; clientIp?: string } = {}) {
  const headers = new Headers({ "Content-Type": "application/x-www-form-urlencoded" });
  if (init.cookie) headers.set("Cookie", init.cookie);
  const path = new URL(url).pathname;
  const lang = path.split("/")[1]!;
  return {
    request: new Request(url, { method: "POST", headers, body: new URLSearchParams(form) }),
    params: { lang },
    context: { clientIp: init.clientIp ?? freshIp() },
    path,
  };
}

const cookieOf = (response: unknown, name: string) =>
  (response as Response).headers
    .get("Set-Cookie")
    ?.split(/,(?=\s*__)/)
    .map((c) => c.trim().split(";")[0]!)
    .find((c) => c.startsWith(`${name}=`));

describe("emailed links are built from PUBLIC_URL, never the request's Host", () => {
  it("a sign-in request sent with Host: attacker.example mails a link to the portal", async () => {
    const admin = createUser({ role: "admin" });
    const args = post("http://attacker.example/en/sign-in", { email: admin.email });
    expect(location(await run(() => signInAction(args)))).toBe("/en/sign-in/sent");
    const [mail] = outboxTo(admin.email);
    expect(mail!.text).toContain("http://localhost:3000/en/sign-in/verify?token=");
    expect(mail!.text + mail!.html).not.toContain("attacker.example");
  });

  it("registration and invitation links too", async () => {
    const email = `new.${Date.now()}@example.org`;
    const form = {
      organizationName: `Host Check ${Date.now()}`,
      organizationType: "ngo",
      region: "ON",
      country: "",
      website: "",
      mandate: "We help.",
      contactName: "Host Tester",
      email,
      language: "en",
    };
    await run(() => registerAction(post("http://attacker.example/en/register", form)));
    expect(outboxTo(email)[0]!.text).toContain("http://localhost:3000/en/sign-in/verify?token=");
    const { user } = createRespondent();
    const invite = post(
      "http://attacker.example/en/account/team",
      { contactName: "Col League", email: "col.league@example.org", language: "en" },
      { cookie: await cookieFor(user.id) },
    );
    await run(() => teamAction(invite));
    const [mail] = outboxTo("col.league@example.org");
    expect(mail!.text).toContain("http://localhost:3000/en/invitation?token=");
    expect(mail!.text + mail!.html).not.toContain("attacker.example");
  });
});

describe("a sign-in link knows the browser that asked for it", () => {
  async function askFromBrowser(email: string) {
    const asked = await run(() => signInAction(post("http://localhost/en/sign-in", { email })));
    return { browser: cookieOf(asked, "__sign_in_browser")!, token: tokenFrom(outboxTo(email).at(-1)!.text) };
  }
  const open = (token: string, cookie?: string) => {
    const headers = new Headers(cookie ? { Cookie: cookie } : {});
    return verifyLoader({
      request: new Request(`http://localhost/en/sign-in/verify?token=${token}`, { headers }),
      params: { lang: "en" },
      context: {},
    });
  };

  it("opened in that browser: no warning; anywhere else: a warning with the time it was asked for, and it still works", async () => {
    const { user } = createRespondent();
    const { browser, token } = await askFromBrowser(user.email);
    expect(browser).toMatch(/^__sign_in_browser=/);
    expect((await open(token, browser)).requestedElsewhereAt).toBeNull();
    const elsewhere = await open(token);
    expect(elsewhere.requestedElsewhereAt).toEqual(expect.any(String));
    // Opening the page (GET) uses nothing: a mail scanner fetching the link cannot spend it.
    expect(getDb().select().from(signInTokens).where(eq(signInTokens.userId, user.id)).get()!.usedAt).toBeNull();
    const signedIn = await run(() => verifyAction(routeArgs("/en/sign-in/verify", { lang: "en" }, { form: { token } })));
    expect(location(signedIn)).toBe("/en/account");
  });

  it("once one link is used, the person's other unused links stop working", async () => {
    const { user } = createRespondent();
    const first = await askFromBrowser(user.email);
    const second = await askFromBrowser(user.email);
    expect(
      location(await run(() => verifyAction(routeArgs("/en/sign-in/verify", { lang: "en" }, { form: { token: second.token } })))),
    ).toBe("/en/account");
    expect(await run(() => verifyAction(routeArgs("/en/sign-in/verify", { lang: "en" }, { form: { token: first.token } })))).toEqual({
      kind: "refused",
      intent: "",
      reason: "used",
    });
  });
});

describe("a tampered `next` is a 4xx that changes nothing", () => {
  for (const [what, next] of [
    ["CR/LF", "/en/account\r\nSet-Cookie: x=y"],
    ["U+2028", "/en/account\u2028x"],
    ["another site", "//attacker.example/en"],
    ["a control character", "/en/\u0000"],
  ] as const) {
    it(`${what}: 400 with a message, and the link stays unused`, async () => {
      const { user } = createRespondent();
      await run(() => signInAction(post("http://localhost/en/sign-in", { email: user.email })));
      const token = tokenFrom(outboxTo(user.email).at(-1)!.text);
      const result = await run(() => verifyAction(routeArgs("/en/sign-in/verify", { lang: "en" }, { form: { token, next } })));
      const response = result as unknown as { init: { status: number }; data: { reason: string } };
      expect(response.init.status).toBe(400);
      expect(response.data.reason).toBe("damaged");
      const row = getDb().select().from(signInTokens).where(eq(signInTokens.userId, user.id)).all().at(-1)!;
      expect(row.usedAt).toBeNull();
      // The same link, untampered, still signs in.
      expect(
        location(
          await run(() => verifyAction(routeArgs("/en/sign-in/verify", { lang: "en" }, { form: { token, next: "/en/account/team" } }))),
        ),
      ).toBe("/en/account/team");
    });
  }

  it("asking for a link with a tampered next sends the link without it", async () => {
    const { user } = createRespondent();
    const result = await run(() =>
      signInAction(post("http://localhost/en/sign-in", { email: user.email, next: "/en\r\nLocation: //evil" })),
    );
    expect(location(result)).toBe("/en/sign-in/sent");
    expect(outboxTo(user.email).at(-1)!.text).not.toContain("next=");
  });
});

describe("accounts cannot be enumerated", () => {
  const registration = (email: string, website: string) => ({
    organizationName: `Enumeration Check ${Math.random().toString(36).slice(2, 8)}`,
    organizationType: "ngo",
    region: "ON",
    country: "",
    website,
    mandate: "We help.",
    contactName: "Someone",
    email,
    language: "en",
  });

  it("registering with an existing organization's website answers the same for a known and an unknown email", async () => {
    const existing = createOrganization({ website: "https://known-org.example", websiteDomain: "known-org.example" });
    const member = createUser({ organizationId: existing.id });
    const stripValues = (r: unknown) => ({ ...(r as Record<string, unknown>), values: undefined });
    const known = await run(() =>
      registerAction(post("http://localhost/en/register", registration(member.email, "https://known-org.example"))),
    );
    const unknown = await run(() =>
      registerAction(post("http://localhost/en/register", registration("stranger@example.org", "https://known-org.example"))),
    );
    expect(stripValues(known)).toEqual(stripValues(unknown));
    expect(known).toMatchObject({ kind: "duplicate", organizationName: existing.name });
    expect(outboxTo(member.email)).toHaveLength(0);
    expect(outboxTo("stranger@example.org")).toHaveLength(0);
  });

  it("inviting answers the same for an address with an account, without one, and in the same organization", async () => {
    const { user, organization } = createRespondent();
    const colleague = createUser({ organizationId: organization.id });
    const elsewhere = createRespondent();
    const cookie = await cookieFor(user.id);
    const answers = [];
    for (const email of [elsewhere.user.email, "nobody.yet@example.org", colleague.email]) {
      answers.push(
        await run(() =>
          teamAction(routeArgs("/en/account/team", { lang: "en" }, { form: { contactName: "Same Name", email, language: "en" }, cookie })),
        ),
      );
      expect(outboxTo(email).at(-1)).toMatchObject({ kind: "invitation" });
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
  });

  it("sign-in writes one email in one transaction either way", async () => {
    const { user } = createRespondent();
    const before = getDb().select().from(emailOutbox).all().length;
    await run(() => signInAction(post("http://localhost/en/sign-in", { email: user.email })));
    const afterKnown = getDb().select().from(emailOutbox).all().length;
    await run(() => signInAction(post("http://localhost/en/sign-in", { email: "unknown.person@example.org" })));
    const afterUnknown = getDb().select().from(emailOutbox).all().length;
    expect([afterKnown - before, afterUnknown - afterKnown]).toEqual([1, 1]);
  });
});

describe("invitations wait for acceptance", () => {
  it("an address invited before its owner registers: the owner's registration makes their own organization", async () => {
    const { user, organization } = createRespondent();
    const squatted = `owner.${Date.now()}@example.org`;
    const inviter = await cookieFor(user.id);
    await run(() =>
      teamAction(
        routeArgs("/en/account/team", { lang: "en" }, { form: { contactName: "Owner", email: squatted, language: "en" }, cookie: inviter }),
      ),
    );
    const form = {
      organizationName: `Owner's Own Organization ${Date.now()}`,
      organizationType: "ngo",
      region: "BC",
      country: "",
      website: "",
      mandate: "Our own work.",
      contactName: "The Owner",
      email: squatted,
      language: "en",
    };
    expect(location(await run(() => registerAction(post("http://localhost/en/register", form))))).toBe("/en/sign-in/sent");
    const owner = getDb().select().from(users).where(eq(users.email, squatted)).get()!;
    const own = getDb().select().from(organizations).where(eq(organizations.id, owner.organizationId!)).get()!;
    expect(own.name).toBe(form.organizationName);
    expect(owner.organizationId).not.toBe(organization.id);
    // The invitation, if its owner opens it, cannot move them.
    const token = tokenFrom(outboxTo(squatted).find((m) => m.kind === "invitation")!.text, "invitation");
    expect(await run(() => invitationAction(routeArgs("/en/invitation", { lang: "en" }, { form: { token, intent: "accept" } })))).toEqual({
      kind: "has-account",
      intent: "accept",
    });
    expect(getDb().select().from(users).where(eq(users.email, squatted)).get()!.organizationId).toBe(own.id);
  });

  it("the invited person sees which organization and who invited them, and may decline", async () => {
    const { user, organization } = createRespondent();
    const inviter = await cookieFor(user.id);
    await run(() =>
      teamAction(
        routeArgs(
          "/en/account/team",
          { lang: "en" },
          { form: { contactName: "Dee Cline", email: "dee.cline@example.org", language: "en" }, cookie: inviter },
        ),
      ),
    );
    const token = tokenFrom(outboxTo("dee.cline@example.org")[0]!.text, "invitation");
    const page = invitationLoader({
      request: new Request(`http://localhost/en/invitation?token=${token}`),
      params: { lang: "en" },
      context: {},
    });
    expect(page.invitation).toMatchObject({
      status: "pending",
      organizationName: organization.name,
      inviterName: user.name,
      email: "dee.cline@example.org",
    });
    expect(await run(() => invitationAction(routeArgs("/en/invitation", { lang: "en" }, { form: { token, intent: "decline" } })))).toEqual({
      kind: "declined",
      intent: "decline",
    });
    expect(getDb().select().from(users).where(eq(users.email, "dee.cline@example.org")).get()).toBeUndefined();
    expect(getDb().select().from(invitations).where(eq(invitations.email, "dee.cline@example.org")).get()!.declinedAt).toBeInstanceOf(Date);
    // Answered once: the link shows that, and accepting afterwards does nothing.
    expect(await run(() => invitationAction(routeArgs("/en/invitation", { lang: "en" }, { form: { token, intent: "accept" } })))).toEqual({
      kind: "unavailable",
      intent: "accept",
    });
    expect(getDb().select().from(users).where(eq(users.email, "dee.cline@example.org")).get()).toBeUndefined();
  });
});

describe("rate limits cannot be walked around", () => {
  it("registration and sign-in share one email budget per address", async () => {
    const email = `budget.${Date.now()}@example.org`;
    const form = {
      organizationName: `Budget Check ${Date.now()}`,
      organizationType: "ngo",
      region: "ON",
      country: "",
      website: "",
      mandate: "We help.",
      contactName: "Budget",
      email,
      language: "en",
    };
    await run(() => registerAction(post("http://localhost/en/register", form)));
    for (let i = 0; i < 3; i++)
      await run(() => registerAction(post("http://localhost/en/register", { ...form, organizationName: `${form.organizationName} ${i}` })));
    await run(() => signInAction(post("http://localhost/en/sign-in", { email })));
    // Five emails, from two paths and five different clients: the sixth is refused.
    const refused = await run(() => signInAction(post("http://localhost/en/sign-in", { email })));
    expect(refused).toMatchObject({ mailLimited: true });
    const refusedRegistration = await run(() =>
      registerAction(post("http://localhost/en/register", { ...form, organizationName: `${form.organizationName} again` })),
    );
    expect(refusedRegistration).toMatchObject({ kind: "mail-limited" });
    expect(outboxTo(email)).toHaveLength(5);
  });

  it("counts an IPv6 client by its /64: new addresses in the same network share one limit", async () => {
    const network = "2001:db8:77:1";
    let last: unknown;
    for (let i = 1; i <= 21; i++) {
      last = await run(() =>
        signInAction(post("http://localhost/en/sign-in", { email: `v6.${i}@example.org` }, { clientIp: `${network}::${i.toString(16)}` })),
      );
    }
    expect(last).toMatchObject({ retryAfterMinutes: expect.any(Number), mailLimited: false });
    const otherNetwork = await run(() =>
      signInAction(post("http://localhost/en/sign-in", { email: "v6.other@example.org" }, { clientIp: "2001:db8:77:2::1" })),
    );
    expect(location(otherNetwork)).toBe("/en/sign-in/sent");
  });
});

describe("the local mailbox", () => {
  const fromHere = (headers: Record<string, string> = {}) => new Request("http://localhost/en/mailbox", { headers });
  const allowed = (request: Request) => {
    try {
      requireMailboxAccess(request, { clientIp: "127.0.0.1" });
      return true;
    } catch {
      return false;
    }
  };

  it("is refused through any proxy header, X-Real-IP included", () => {
    expect(allowed(fromHere())).toBe(true);
    for (const header of ["x-real-ip", "x-forwarded-for", "forwarded", "x-forwarded-host", "via", "true-client-ip"]) {
      expect(allowed(fromHere({ [header]: "203.0.113.9" })), header).toBe(false);
    }
  });
});

describe("staff and sessions", () => {
  it("an admin removes a staff member: sessions end, links stop, the audit log says so, and the list drops them", async () => {
    const admin = createUser({ role: "admin" });
    const moderator = createUser({ role: "moderator", name: "Mo Derator" });
    const moderatorCookie = await cookieFor(moderator.id);
    await run(() => signInAction(post("http://localhost/en/sign-in", { email: moderator.email })));
    const token = tokenFrom(outboxTo(moderator.email).at(-1)!.text);
    const cookie = await cookieFor(admin.id);
    const result = await run(() =>
      staffAction(routeArgs("/en/admin/staff", { lang: "en" }, { form: { intent: "remove", userId: String(moderator.id) }, cookie })),
    );
    expect(result).toEqual({ kind: "removed", name: "Mo Derator" });
    expect(await getUser(new Request("http://localhost/", { headers: { Cookie: moderatorCookie } }))).toBeNull();
    expect(await run(() => verifyAction(routeArgs("/en/sign-in/verify", { lang: "en" }, { form: { token } })))).toEqual({
      kind: "refused",
      intent: "",
      reason: "invalid",
    });
    const page = (await staffLoader(routeArgs("/en/admin/staff", { lang: "en" }, { cookie }))) as { staff: { id: number }[] };
    expect(page.staff.map((s) => s.id)).not.toContain(moderator.id);
    expect(
      getDb()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "staff.remove"), eq(auditLog.entityId, String(moderator.id))))
        .get(),
    ).toBeDefined();
    // Not oneself.
    expect(
      await run(() =>
        staffAction(routeArgs("/en/admin/staff", { lang: "en" }, { form: { intent: "remove", userId: String(admin.id) }, cookie })),
      ),
    ).toEqual({ kind: "cannot-remove-self" });
  });

  it("the staff page says nothing changed when the role was already that one", async () => {
    const admin = createUser({ role: "admin" });
    const moderator = createUser({ role: "moderator", name: "Same Role" });
    const cookie = await cookieFor(admin.id);
    const same = await run(() =>
      staffAction(
        routeArgs("/en/admin/staff", { lang: "en" }, { form: { intent: "role", userId: String(moderator.id), role: "moderator" }, cookie }),
      ),
    );
    expect(same).toEqual({ kind: "role-unchanged", name: "Same Role" });
    const changed = await run(() =>
      staffAction(
        routeArgs("/en/admin/staff", { lang: "en" }, { form: { intent: "role", userId: String(moderator.id), role: "admin" }, cookie }),
      ),
    );
    expect(changed).toEqual({ kind: "role-changed", name: "Same Role" });
  });

  it("the staff page answers a bad invitation with a 400 and the values typed, and an invitation without its intent is not sent", async () => {
    const cookie = await cookieFor(createUser({ role: "admin" }).id);
    const staff = (form: Record<string, string>) =>
      run(() => staffAction(routeArgs("/en/admin/staff", { lang: "en" }, { form, cookie }))).then(answerOf);
    const typed = { name: "New Person", email: "not-an-address", role: "moderator", language: "fr" };
    expect(await staff({ intent: "invite", ...typed })).toMatchObject({
      status: 400,
      body: { kind: "invalid", intent: "invite", errors: { email: "email" }, values: typed },
    });
    // Once, a form that said nothing of its purpose was taken for an invitation.
    expect(await staff({ ...typed, email: "new.person@example.org" })).toMatchObject({
      status: 400,
      body: { kind: "invalid", errors: { intent: "invalid" } },
    });
    expect(outboxTo("new.person@example.org")).toEqual([]);
  });

  it("a person signs out of every other session, and keeps this one", async () => {
    const { user } = createRespondent();
    const here = await cookieFor(user.id);
    const phone = await cookieFor(user.id);
    const page = (await sessionsLoader(routeArgs("/en/sessions", { lang: "en" }, { cookie: here }))) as {
      sessions: { current: boolean }[];
    };
    expect(page.sessions.filter((s) => s.current)).toHaveLength(1);
    expect(page.sessions.length).toBeGreaterThanOrEqual(2);
    expect(await run(() => sessionsAction(routeArgs("/en/sessions", { lang: "en" }, { method: "POST", form: {}, cookie: here })))).toEqual({
      kind: "done",
      intent: "",
      ended: page.sessions.length - 1,
    });
    expect((await getUser(new Request("http://localhost/", { headers: { Cookie: here } })))?.id).toBe(user.id);
    expect(await getUser(new Request("http://localhost/", { headers: { Cookie: phone } }))).toBeNull();
    const open = getDb()
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt)))
      .all();
    expect(open).toHaveLength(1);
  });
});
