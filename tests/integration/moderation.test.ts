// Moderating one answer in context, as staff do it through the page's action:
// each decision, redaction, tag, quote and theme change lands in the audit log
// with its before and after; the original text is never changed.
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { auditLog, moderation, quotes, responses, responseThemes, themes } from "~db/schema";
import { action as answerAction } from "~/routes/$lang.admin.answers.$id";
import { action as themesAction } from "~/routes/$lang.admin.themes";
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

let moderatorCookie: string;
let adminCookie: string;

beforeAll(async () => {
  seedContent();
  moderatorCookie = await cookieFor(createUser({ role: "moderator" }).id);
  adminCookie = await cookieFor(createUser({ role: "admin" }).id);
});

function act(responseId: number, form: Record<string, string>, cookie = moderatorCookie) {
  return run(() =>
    answerAction(routeArgs(`/en/admin/answers/${responseId}`, { lang: "en", id: String(responseId) }, { form, cookie })),
  ).then(bodyOf);
}

function lastAudit(entityId: number | string) {
  return getDb()
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, String(entityId)))
    .orderBy(desc(auditLog.id))
    .get();
}

describe("moderating an answer", () => {
  it("answers a form it cannot use with a 400 that names the field and keeps what was typed, and changes nothing", async () => {
    const answer = createSubmittedAnswer(createOrganization().id, 3, "Our clinic sees cases every month.");
    const send = (form: Record<string, string>) =>
      run(() =>
        answerAction(routeArgs(`/en/admin/answers/${answer.id}`, { lang: "en", id: String(answer.id) }, { form, cookie: moderatorCookie })),
      ).then(answerOf);
    expect(await send({ intent: "reject", note: "Kept note" })).toMatchObject({
      status: 400,
      body: { kind: "invalid", errors: { reason: "choose" }, values: { note: "Kept note" } },
    });
    // An unknown intent is an error, never silently another action.
    expect(await send({ intent: "merge", themeId: "1" })).toMatchObject({
      status: 400,
      body: { kind: "invalid", errors: { intent: "invalid" } },
    });
    expect(await send({ intent: "tag", themeId: "not-a-number" })).toMatchObject({ status: 400, body: { errors: { themeId: "invalid" } } });
    expect(getDb().select().from(moderation).where(eq(moderation.responseId, answer.id)).get()?.state ?? "pending").toBe("pending");
    expect(lastAudit(answer.id)).toBeUndefined();
  });

  it("approves, rejects with a reason, and records before and after", async () => {
    const answer = createSubmittedAnswer(createOrganization().id, 3, "Our clinic sees cases every month.");
    await act(answer.id, { intent: "approve" });
    expect(lastAudit(answer.id)).toMatchObject({
      action: "moderation.approve",
      before: { state: "pending" },
      after: { state: "approved" },
    });
    expect(await act(answer.id, { intent: "reject" })).toMatchObject({ kind: "invalid", errors: { reason: "choose" } });
    await act(answer.id, { intent: "reject", reason: "off-topic", note: "About housing" });
    expect(getDb().select().from(moderation).where(eq(moderation.responseId, answer.id)).get()).toMatchObject({
      state: "rejected",
      reason: "off-topic: About housing",
    });
    expect(lastAudit(answer.id)).toMatchObject({
      action: "moderation.reject",
      before: { state: "approved" },
      after: { state: "rejected" },
    });
  });

  it("redacts into a public version and keeps the original private and intact", async () => {
    const original = "Call Maria Lopez at 613-555-0199 about the case.";
    const answer = createSubmittedAnswer(createOrganization().id, 4, original);
    await act(answer.id, { intent: "redact", redactedText: "Call [removed] about the case." });
    expect(getDb().select().from(responses).where(eq(responses.id, answer.id)).get()?.text).toBe(original);
    expect(getDb().select().from(moderation).where(eq(moderation.responseId, answer.id)).get()?.redactedText).toBe(
      "Call [removed] about the case.",
    );
    expect(lastAudit(answer.id)).toMatchObject({ action: "moderation.redact", after: { redactedText: "Call [removed] about the case." } });
  });

  it("refuses a quote when the organization did not consent, and takes quotes from the public text only", async () => {
    const refusing = createSubmittedAnswer(createOrganization({ consentQuote: "none" }).id, 5, "A striking sentence.");
    expect(await act(refusing.id, { intent: "quote", excerpt: "A striking sentence." })).toMatchObject({ message: "quoteNoConsent" });
    const consenting = createSubmittedAnswer(
      createOrganization({ consentQuote: "named" }).id,
      5,
      "Ask Jo Smith. Victims need shelter first.",
    );
    await act(consenting.id, { intent: "redact", redactedText: "Ask [removed]. Victims need shelter first." });
    expect(await act(consenting.id, { intent: "quote", excerpt: "Ask Jo Smith." })).toMatchObject({ message: "quoteNotInText" });
    expect(await act(consenting.id, { intent: "quote", excerpt: "Victims need shelter first." })).toMatchObject({ message: "quoteAdded" });
    expect(
      getDb()
        .select()
        .from(quotes)
        .where(eq(quotes.responseId, consenting.id))
        .all()
        .map((q) => q.text),
    ).toEqual(["Victims need shelter first."]);
    expect(lastAudit(consenting.id)).toMatchObject({ action: "quote.add" });
  });

  it("tells a confirmed suggestion from a tag added by hand in the audit log", async () => {
    const answer = createSubmittedAnswer(createOrganization().id, 6, "Training for police is lacking.");
    const [first, second] = getDb().select().from(themes).limit(2).all();
    await act(answer.id, { intent: "tag", themeId: String(first!.id) });
    expect(lastAudit(answer.id)).toMatchObject({ action: "theme.tag", after: { themeId: first!.id, source: "manual" } });
    await act(answer.id, { intent: "confirm", themeId: String(second!.id) });
    expect(lastAudit(answer.id)).toMatchObject({ action: "theme.confirm-suggestion", after: { themeId: second!.id, source: "suggested" } });
  });

  it("adds internal notes, audited", async () => {
    const answer = createSubmittedAnswer(createOrganization().id, 7, "Text");
    expect(await act(answer.id, { intent: "note", body: "" })).toMatchObject({ errors: { body: "required" } });
    await act(answer.id, { intent: "note", body: "Check with legal." });
    expect(lastAudit(answer.id)).toMatchObject({ action: "note.add", after: { body: "Check with legal." } });
  });

  it("does not show or moderate drafts", async () => {
    const draft = createSubmittedAnswer(createOrganization().id, 8, "Draft", { state: "draft" });
    expect(((await act(draft.id, { intent: "approve" })) as Response).status).toBe(404);
  });
});

describe("themes", () => {
  function themesAct(form: Record<string, string>, cookie = adminCookie) {
    return run(() => themesAction(routeArgs("/en/admin/themes", { lang: "en" }, { form, cookie })));
  }

  it("creates, renames and merges, keeping every tag, all audited", async () => {
    const created = await themesAct({
      intent: "create",
      key: "shelter",
      labelEn: "Shelter",
      labelFr: "Hébergement",
      descriptionEn: "Housing for victims.",
      descriptionFr: "Hébergement des victimes.",
    });
    expect(created).toMatchObject({ kind: "created" });
    expect(
      await themesAct({ intent: "create", key: "shelter", labelEn: "x", labelFr: "x", descriptionEn: "x", descriptionFr: "x" }),
    ).toMatchObject({ kind: "key-taken" });
    const shelter = getDb().select().from(themes).where(eq(themes.key, "shelter")).get()!;
    await themesAct({
      intent: "update",
      themeId: String(shelter.id),
      labelEn: "Shelter and housing",
      labelFr: "Hébergement et logement",
      descriptionEn: "Housing.",
      descriptionFr: "Logement.",
    });
    expect(lastAudit(shelter.id)).toMatchObject({
      action: "theme.rename",
      before: { labelEn: "Shelter" },
      after: { labelEn: "Shelter and housing" },
    });

    const into = getDb().select().from(themes).where(eq(themes.key, "victims-witnesses")).get()!;
    const a1 = createSubmittedAnswer(createOrganization().id, 9, "one");
    const a2 = createSubmittedAnswer(createOrganization().id, 9, "two");
    await act(a1.id, { intent: "tag", themeId: String(shelter.id) });
    await act(a2.id, { intent: "tag", themeId: String(shelter.id) });
    await act(a2.id, { intent: "tag", themeId: String(into.id) });
    expect(await themesAct({ intent: "merge", fromId: String(shelter.id), intoId: String(into.id) })).toMatchObject({
      kind: "merged",
      moved: 2,
    });
    const tagged = getDb()
      .select()
      .from(responseThemes)
      .where(eq(responseThemes.themeId, into.id))
      .all()
      .map((t) => t.responseId);
    expect(tagged).toEqual(expect.arrayContaining([a1.id, a2.id]));
    expect(getDb().select().from(themes).where(eq(themes.id, shelter.id)).get()).toBeUndefined();
    expect(lastAudit(into.id)).toMatchObject({ action: "theme.merge", before: { taggedAnswers: [a1.id, a2.id] } });
  });

  it("answers an unknown intent or a bad merge with a 400 and the values sent, and merges nothing", async () => {
    const before = getDb().select().from(themes).all();
    const [from, into] = before;
    const send = (form: Record<string, string>) => themesAct(form).then(answerOf);
    // Once, any intent it did not know was taken for a merge.
    expect(await send({ intent: "drop", fromId: String(from!.id), intoId: String(into!.id) })).toMatchObject({
      status: 400,
      body: { kind: "invalid", errors: { intent: "invalid" }, values: { intent: "drop", fromId: String(from!.id) } },
    });
    expect(await send({ intent: "merge", fromId: String(from!.id), intoId: String(from!.id) })).toMatchObject({
      status: 400,
      body: {
        kind: "invalid",
        intent: "merge",
        errors: { intoId: "invalid" },
        values: { fromId: String(from!.id), intoId: String(from!.id) },
      },
    });
    expect(
      await send({ intent: "create", key: "Not A Key", labelEn: "Kept", labelFr: "", descriptionEn: "d", descriptionFr: "d" }),
    ).toMatchObject({
      status: 400,
      body: { kind: "invalid", intent: "create", errors: { key: "invalid", labelFr: "required" }, values: { labelEn: "Kept" } },
    });
    expect(getDb().select().from(themes).all()).toEqual(before);
  });

  it("refuses a moderator's theme changes", async () => {
    const result = await themesAct(
      { intent: "create", key: "x", labelEn: "x", labelFr: "x", descriptionEn: "x", descriptionFr: "x" },
      moderatorCookie,
    );
    expect((result as Response).status).toBe(403);
    expect(
      getDb()
        .select()
        .from(themes)
        .where(and(eq(themes.key, "x")))
        .get(),
    ).toBeUndefined();
  });
});
