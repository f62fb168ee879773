// The public forms' honeypot (a robot that fills the hidden field is told
// "sent" and nothing happens) and the per-person limit on answer saves.
import { count, eq, like } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { emailOutbox, organizations, rateLimits, users } from "~db/schema";
import { HONEYPOT_FIELD } from "~/components/Honeypot";
import { LIMITS } from "~/platform/rate-limit.server";
import { action as answerAction } from "~/routes/$lang.respond.$cluster.questions.$number";
import { action as registerAction } from "~/routes/$lang.register";
import { action as signInAction } from "~/routes/$lang.sign-in._index";
import { cookieFor, createRespondent, openConsultation, outboxTo, routeArgs, run, seedContent } from "../support/fixtures";

beforeAll(() => seedContent());
beforeEach(() => openConsultation());

const location = (result: unknown) => (result instanceof Response ? result.headers.get("Location") : null);
const outboxSize = () => getDb().select({ n: count() }).from(emailOutbox).get()!.n;

const registration = (email: string) => ({
  organizationName: `Honeypot Test ${email}`,
  organizationType: "ngo",
  region: "ON",
  country: "",
  website: "",
  mandate: "We support survivors.",
  contactName: "Robin Robot",
  email,
  language: "en",
});

describe("honeypot on public forms", () => {
  it("registration: a filled honeypot gets the same 'sent' page, and nothing is created or emailed", async () => {
    const before = outboxSize();
    const form = { ...registration("robot@example.org"), [HONEYPOT_FIELD]: "http://spam.example" };
    const result = await run(() => registerAction(routeArgs("/fr/register", { lang: "fr" }, { form, clientIp: "192.0.2.10" })));
    expect(location(result)).toBe("/fr/sign-in/sent");
    expect(getDb().select().from(users).where(eq(users.email, "robot@example.org")).get()).toBeUndefined();
    expect(getDb().select().from(organizations).where(like(organizations.name, "Honeypot Test%")).all()).toEqual([]);
    expect(outboxSize()).toBe(before);
    // Not even a rate-limit hit: the robot leaves no trace.
    expect(getDb().select().from(rateLimits).where(eq(rateLimits.key, "register:client:192.0.2.10")).get()).toBeUndefined();
  });

  it("registration: an empty honeypot (a person) registers as usual", async () => {
    const form = { ...registration("person@example.org"), [HONEYPOT_FIELD]: "" };
    const result = await run(() => registerAction(routeArgs("/en/register", { lang: "en" }, { form, clientIp: "192.0.2.11" })));
    expect(location(result)).toBe("/en/sign-in/sent");
    expect(outboxTo("person@example.org")).toHaveLength(1);
  });

  it("sign-in: a filled honeypot gets the same 'sent' page, and no link is emailed", async () => {
    const { user } = createRespondent();
    const robot = await run(() =>
      signInAction(
        routeArgs("/en/sign-in", { lang: "en" }, { form: { email: user.email, [HONEYPOT_FIELD]: "x" }, clientIp: "192.0.2.12" }),
      ),
    );
    expect(location(robot)).toBe("/en/sign-in/sent");
    expect(outboxTo(user.email)).toHaveLength(0);

    const person = await run(() =>
      signInAction(routeArgs("/en/sign-in", { lang: "en" }, { form: { email: user.email, [HONEYPOT_FIELD]: "" }, clientIp: "192.0.2.12" })),
    );
    expect(location(person)).toBe(location(robot));
    expect(outboxTo(user.email)).toHaveLength(1);
  });
});

describe("answer saves are limited per person", () => {
  it(`allows ${LIMITS.savePerUser.limit} saves a minute, then refuses with the typed text kept and nothing saved`, async () => {
    const { user } = createRespondent();
    const cookie = await cookieFor(user.id);
    const params = { lang: "fr", cluster: "1", number: "2" };
    // Fill the window directly: the limit counts hits, not what they contained.
    getDb()
      .insert(rateLimits)
      .values({ key: `save:user:${user.id}`, windowStart: new Date(), count: LIMITS.savePerUser.limit - 1 })
      .run();
    const save = (text: string, baseVersion: string) =>
      run(() =>
        answerAction(
          routeArgs("/fr/respond/1/questions/2", params, { form: { baseVersion, text, language: "fr", intent: "autosave" }, cookie }),
        ),
      );

    expect(await save("Dernier enregistrement permis.", "0")).toMatchObject({ kind: "saved", version: 1 });
    const answer = (await save("Celui-ci est de trop.", "1")) as unknown as {
      data: { retryAfterSeconds: number };
      init: { status: number; headers: Record<string, string> };
    };
    expect(answer.init.status).toBe(429);
    expect(answer.data).toMatchObject({ kind: "rate-limited", mine: { text: "Celui-ci est de trop." } });
    expect(answer.data.retryAfterSeconds).toBeGreaterThan(0);
    expect(answer.data.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(answer.init.headers["Retry-After"]).toBe(String(answer.data.retryAfterSeconds));

    // Another person of another organization is not affected.
    const other = createRespondent();
    const otherCookie = await cookieFor(other.user.id);
    const otherSave = await run(() =>
      answerAction(
        routeArgs("/fr/respond/1/questions/2", params, { form: { baseVersion: "0", text: "Autre.", language: "fr" }, cookie: otherCookie }),
      ),
    );
    expect(otherSave).toMatchObject({ kind: "saved" });
  });
});
