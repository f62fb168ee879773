// A consultation team's journey without a developer: create a consultation
// for another cluster, fix what the form refuses, publish it once both
// languages are there, change the deadline of a published one with a reason
// (organizations are emailed, the public page says so, nothing saved is
// touched), and keep the instruments' party flag right. Each action also as
// a moderator, a respondent and a signed-out visitor.
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { auditLog, consultations, deadlineChanges, emailOutbox, instruments, questions, responses } from "~db/schema";
import { t } from "~/i18n";
import { getClusterPage, getQuestionPage, listClusters } from "~/models/consultations/public.server";
import { currentConsultation } from "~/models/consultations/current.server";
import { queueFilterSchema } from "~/models/moderate/queue-filters";
import { listQueue, queueChoices } from "~/models/moderate/queue.server";
import { loader as clusterLoader } from "~/routes/$lang.clusters.$cluster._index";
import { action as editAction, loader as editLoader } from "~/routes/$lang.admin.consultations.$id._index";
import { action as deadlineAction, loader as deadlineLoader } from "~/routes/$lang.admin.consultations.$id.deadline";
import { action as instrumentsAction } from "~/routes/$lang.admin.consultations.instruments";
import { loader as listLoader } from "~/routes/$lang.admin.consultations._index";
import { action as createAction } from "~/routes/$lang.admin.consultations.new";
import {
  addQuestionTo,
  answerOf,
  cookieFor,
  createRespondent,
  createSubmittedAnswer,
  createUser,
  openConsultation,
  routeArgs,
  run,
  seedContent,
} from "../support/fixtures";

const DAY = 24 * 3600_000;
let admin: string;
let moderator: string;
let respondent: string;

beforeAll(async () => {
  seedContent();
  openConsultation();
  admin = await cookieFor(createUser({ role: "admin" }).id);
  moderator = await cookieFor(createUser({ role: "moderator" }).id);
  respondent = await cookieFor(createRespondent().user.id);
});

const validDraft = (overrides: Record<string, string> = {}) => ({
  clusterId: "2",
  titleEn: "Cluster 2 consultation: international cooperation",
  titleFr: "",
  introEn: "Tell us how international cooperation works in practice.",
  introFr: "",
  opensDate: "2027-03-01",
  opensTime: "09:00",
  closesDate: "2027-06-30",
  closesTime: "23:59",
  ...overrides,
});

async function create(form: Record<string, string>, cookie: string | null = admin, lang = "en") {
  return answerOf(
    await run(() => createAction(routeArgs(`/${lang}/admin/consultations/new`, { lang }, { cookie: cookie ?? undefined, form }) as never)),
  );
}
async function edit(id: number, form: Record<string, string>, cookie: string | null = admin, lang = "en") {
  return answerOf(
    await run(() =>
      editAction(routeArgs(`/${lang}/admin/consultations/${id}`, { lang, id: String(id) }, { cookie: cookie ?? undefined, form }) as never),
    ),
  );
}
async function deadline(id: number, form: Record<string, string>, cookie: string | null = admin, lang = "en") {
  return answerOf(
    await run(() =>
      deadlineAction(
        routeArgs(`/${lang}/admin/consultations/${id}/deadline`, { lang, id: String(id) }, { cookie: cookie ?? undefined, form }) as never,
      ),
    ),
  );
}
const idFromLocation = (location: unknown) => Number(/consultations\/(\d+)/.exec(String(location))![1]);
const lastAudit = (action: string) => getDb().select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).get();

describe("creating a consultation", () => {
  it("saves a draft for Cluster 2 with the dates read as Toronto time, and audits it", async () => {
    const result = await create(validDraft());
    expect(result.status).toBe(302);
    const id = idFromLocation(result.location);
    const row = getDb().select().from(consultations).where(eq(consultations.id, id)).get()!;
    expect(row).toMatchObject({ clusterId: 2, state: "draft", slug: "cluster-2-2027", titleFr: "" });
    // 09:00 in March before the change to daylight time is UTC−5; 23:59 on 30 June is UTC−4.
    expect(row.opensAt.toISOString()).toBe("2027-03-01T14:00:00.000Z");
    expect(row.closesAt.toISOString()).toBe("2027-07-01T03:59:00.000Z");
    const entry = lastAudit("consultation.create")!;
    expect(entry.entityId).toBe(String(id));
    expect(entry.after).toMatchObject({ clusterId: 2, state: "draft" });
  });

  it("keeps a second consultation on the same cluster (a later cycle) apart, with its own slug", async () => {
    const result = await create(validDraft({ opensDate: "2027-09-01", closesDate: "2027-10-31" }));
    expect(result.status).toBe(302);
    const row = getDb()
      .select()
      .from(consultations)
      .where(eq(consultations.id, idFromLocation(result.location)))
      .get()!;
    expect(row.slug).toBe("cluster-2-2027-2");
  });

  it("refuses an empty form with one message per field, 400, and saves nothing", async () => {
    const before = getDb().select().from(consultations).all().length;
    const result = await create({ clusterId: "", titleEn: "", titleFr: "", opensDate: "", opensTime: "", closesDate: "", closesTime: "" });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual({
      clusterId: "cluster",
      titleEn: "titleOne",
      opensDate: "required",
      opensTime: "required",
      closesDate: "required",
      closesTime: "required",
    });
    expect(getDb().select().from(consultations).all().length).toBe(before);
  });

  it("refuses malformed dates, a deadline before the opening, a time skipped by daylight saving and a title too long, keeping what was typed", async () => {
    const typed = validDraft({ opensDate: "01/03/2027", closesTime: "25h" });
    const bad = await create(typed);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ opensDate: "date", closesTime: "time" });
    expect(bad.body.values).toMatchObject({ titleEn: typed.titleEn, introEn: typed.introEn, opensDate: "01/03/2027" });

    expect((await create(validDraft({ closesDate: "2027-02-01" }))).body.errors).toEqual({ closesDate: "closesBeforeOpens" });
    // 14 March 2027, 02:30 does not exist in Toronto: clocks go from 02:00 to 03:00.
    expect((await create(validDraft({ opensDate: "2027-03-14", opensTime: "02:30" }))).body.errors).toEqual({ opensTime: "noSuchTime" });
    expect((await create(validDraft({ titleEn: "x".repeat(201) }))).body.errors).toEqual({ titleEn: "tooLong" });
  });

  it("says each problem in the page's language", () => {
    for (const code of ["cluster", "titleOne", "date", "time", "noSuchTime", "closesBeforeOpens", "requiredPublished"] as const) {
      expect(t("fr").consultations.errors[code]).not.toBe(t("en").consultations.errors[code]);
    }
    expect(t("fr").consultations.errors.closesBeforeOpens).toBe("La date limite doit suivre l’ouverture");
  });

  it("is for admins: a moderator and a respondent get 403, a visitor is sent to sign in", async () => {
    expect((await create(validDraft(), moderator)).status).toBe(403);
    expect((await create(validDraft(), respondent)).status).toBe(403);
    const anonymous = await create(validDraft(), null);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/en\/sign-in/);
  });
});

describe("publishing", () => {
  let id: number;
  beforeAll(async () => {
    id = idFromLocation((await create(validDraft({ clusterId: "3", opensDate: "2027-01-10", closesDate: "2027-04-30" }))).location);
    addQuestionTo(id);
  });

  it("is refused while the questionnaire has no questions, with that reason among the others", async () => {
    const empty = idFromLocation(
      (await create(validDraft({ clusterId: "4", opensDate: "2027-01-10", closesDate: "2027-04-30" }))).location,
    );
    const result = await edit(empty, { intent: "publish" });
    expect(result.status).toBe(400);
    expect(result.body.problems).toContainEqual({ kind: "questionnaire", problem: { kind: "no-questions" } });
    expect(getDb().select().from(consultations).where(eq(consultations.id, empty)).get()!.state).toBe("draft");
  });

  it("keeps a draft away from the public and respondents, but lets a moderator read it", async () => {
    expect(currentConsultation(3)).toBeNull();
    expect(listClusters("en").find((c) => c.id === 3)!.consultation).toBeNull();
    expect(getClusterPage(3, "en", new Date(), "cluster-3-2027")).toBeNull();
    const read = (await run(() =>
      editLoader(routeArgs(`/en/admin/consultations/${id}`, { lang: "en", id: String(id) }, { cookie: moderator }) as never),
    )) as {
      consultation: { titleEn: string; state: string };
      isAdmin: boolean;
    };
    expect(read.consultation).toMatchObject({ state: "draft", titleEn: validDraft().titleEn });
    expect(read.isAdmin).toBe(false);
    const listed = (await run(() => listLoader(routeArgs("/en/admin/consultations", { lang: "en" }, { cookie: moderator }) as never))) as {
      consultations: { id: number }[];
    };
    expect(listed.consultations.map((c) => c.id)).toContain(id);
    expect(
      ((await run(() => listLoader(routeArgs("/en/admin/consultations", { lang: "en" }, { cookie: respondent }) as never))) as Response)
        .status,
    ).toBe(403);
  });

  it("is refused while a French text is missing, with the list of what is missing", async () => {
    const result = await edit(id, { intent: "publish" });
    expect(result.status).toBe(400);
    expect(result.body.problems).toEqual([
      { kind: "missingFr", field: "titleFr" },
      { kind: "missingFr", field: "introFr" },
    ]);
    expect(getDb().select().from(consultations).where(eq(consultations.id, id)).get()!.state).toBe("draft");
  });

  it("publishes once both languages are there, audited, and the public sees it", async () => {
    const saved = await edit(id, {
      intent: "save",
      ...validDraft({
        clusterId: "3",
        opensDate: "2027-01-10",
        closesDate: "2027-04-30",
        titleFr: "Consultation sur le groupe 3",
        introFr: "Dites-nous.",
      }),
    });
    expect(saved.body.kind).toBe("saved");
    expect(lastAudit("consultation.update")!.after).toMatchObject({ titleFr: "Consultation sur le groupe 3" });
    expect(lastAudit("consultation.update")!.before).toMatchObject({ titleFr: "" });

    expect((await edit(id, { intent: "publish" }, moderator)).status).toBe(403);
    expect((await edit(id, { intent: "publish" }, respondent)).status).toBe(403);
    expect((await edit(id, { intent: "publish" }, null)).status).toBe(302);

    expect((await edit(id, { intent: "publish" })).body.kind).toBe("published");
    expect(lastAudit("consultation.publish")).toMatchObject({
      entityId: String(id),
      before: { state: "draft" },
      after: { state: "published" },
    });
    const page = getClusterPage(3, "fr", new Date("2027-02-01T12:00:00Z"))!;
    expect(page.cluster.consultation).toMatchObject({ title: "Consultation sur le groupe 3", status: "open" });
  });

  it("refuses a second published consultation of the cluster over the same dates", async () => {
    const other = idFromLocation(
      (await create(validDraft({ clusterId: "3", titleFr: "Autre", introFr: "Autre", opensDate: "2027-04-01", closesDate: "2027-05-31" })))
        .location,
    );
    addQuestionTo(other);
    const result = await edit(other, { intent: "publish" });
    expect(result.status).toBe(400);
    expect(result.body.problems).toEqual([{ kind: "overlap", titleEn: validDraft().titleEn, titleFr: "Consultation sur le groupe 3" }]);
    expect(result.body).toMatchObject({ kind: "refused", intent: "publish" });
  });

  it("answers an unknown intent 400 with the values typed, and changes nothing", async () => {
    const before = getDb().select().from(consultations).where(eq(consultations.id, id)).get()!;
    const result = await edit(id, { intent: "delete", titleEn: "Gone" });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      kind: "invalid",
      intent: "delete",
      errors: { intent: expect.any(String) },
      values: { intent: "delete", titleEn: "Gone" },
    });
    expect(getDb().select().from(consultations).where(eq(consultations.id, id)).get()).toEqual(before);
  });

  it("requires both languages to edit a published consultation, and keeps its deadline out of the form", async () => {
    const result = await edit(id, {
      intent: "save",
      titleEn: "New title",
      titleFr: "",
      introEn: "x",
      introFr: "y",
      opensDate: "2027-01-10",
      opensTime: "09:00",
    });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual({ titleFr: "requiredPublished" });
    const ok = await edit(id, {
      intent: "save",
      titleEn: "New title",
      titleFr: "Nouveau titre",
      introEn: "x",
      introFr: "y",
      opensDate: "2027-01-10",
      opensTime: "09:00",
      closesDate: "2030-01-01",
      closesTime: "10:00",
    });
    expect(ok.body.kind).toBe("saved");
    const row = getDb().select().from(consultations).where(eq(consultations.id, id)).get()!;
    expect(row.closesAt.toISOString()).toBe("2027-05-01T03:59:00.000Z");
  });

  it("refuses moving a published consultation's opening over another published one of the cluster", async () => {
    const other = getDb()
      .insert(consultations)
      .values({
        clusterId: 3,
        slug: "cluster-3-2026",
        titleEn: "Before",
        titleFr: "Avant",
        introEn: "x",
        introFr: "y",
        opensAt: new Date("2026-12-20T14:00:00Z"),
        closesAt: new Date("2027-01-05T04:59:00Z"),
        state: "published",
      })
      .returning()
      .get();
    const result = await edit(id, {
      intent: "save",
      titleEn: "New title",
      titleFr: "Nouveau titre",
      introEn: "x",
      introFr: "y",
      opensDate: "2027-01-01",
      opensTime: "09:00",
    });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual({ opensDate: "opensOverlap" });
    expect(getDb().select().from(consultations).where(eq(consultations.id, id)).get()!.opensAt.toISOString()).toBe(
      "2027-01-10T14:00:00.000Z",
    );
    getDb().update(consultations).set({ state: "archived" }).where(eq(consultations.id, other.id)).run();
  });
});

describe("changing the deadline", () => {
  let cluster1: number;
  let frenchContact: string;
  let englishContact: string;
  let answerId: number;

  beforeAll(() => {
    cluster1 = currentConsultation(1)!.id;
    const fr = createRespondent("fr");
    frenchContact = fr.user.email;
    answerId = createSubmittedAnswer(fr.organization.id, 2, "Notre réponse, gardée telle quelle.").id;
    const en = createRespondent("en");
    englishContact = en.user.email;
    createSubmittedAnswer(en.organization.id, 3, "Our answer.", { state: "draft", submittedAt: null });
    createRespondent("en"); // saved nothing: not emailed
  });

  it("shows the admin how many organizations will be told", async () => {
    const page = (await run(() =>
      deadlineLoader(
        routeArgs(`/en/admin/consultations/${cluster1}/deadline`, { lang: "en", id: String(cluster1) }, { cookie: admin }) as never,
      ),
    )) as {
      organizations: number;
    };
    expect(page.organizations).toBe(2);
  });

  it("refuses without a reason in both languages, a deadline that is not later, or one in the past, and changes nothing", async () => {
    const before = getDb().select().from(consultations).where(eq(consultations.id, cluster1)).get()!;
    const noReason = await deadline(cluster1, {
      kind: "extend",
      closesDate: "2099-01-31",
      closesTime: "23:59",
      reasonEn: "More time",
      reasonFr: "",
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual({ reasonFr: "required" });
    expect(noReason.body.values).toMatchObject({ reasonEn: "More time", closesDate: "2099-01-31" });
    expect((await deadline(cluster1, { reasonEn: "a", reasonFr: "b" })).body.errors).toEqual({ kind: "kind" });
    expect(
      (await deadline(cluster1, { kind: "extend", closesDate: "2020-01-31", closesTime: "23:59", reasonEn: "a", reasonFr: "b" })).body
        .errors,
    ).toEqual({ closesDate: "inPast" });
    const earlier = new Date(before.closesAt.getTime() - DAY).toISOString().slice(0, 10);
    expect(
      (await deadline(cluster1, { kind: "extend", closesDate: earlier, closesTime: "12:00", reasonEn: "a", reasonFr: "b" })).body.errors,
    ).toEqual({ closesDate: "notLater" });
    expect(
      (await deadline(cluster1, { kind: "shorten", closesDate: "2099-01-31", closesTime: "12:00", reasonEn: "a", reasonFr: "b" })).body
        .errors,
    ).toEqual({ closesDate: "notEarlier" });
    expect(getDb().select().from(consultations).where(eq(consultations.id, cluster1)).get()!.closesAt).toEqual(before.closesAt);
    expect(getDb().select().from(deadlineChanges).all()).toHaveLength(0);
  });

  it("is for admins only", async () => {
    const form = { kind: "extend", closesDate: "2099-01-31", closesTime: "23:59", reasonEn: "a", reasonFr: "b" };
    expect((await deadline(cluster1, form, moderator)).status).toBe(403);
    expect((await deadline(cluster1, form, respondent)).status).toBe(403);
    expect((await deadline(cluster1, form, null)).status).toBe(302);
  });

  it("extends: new deadline, a notice on the public page, an email per contact in their language, an audit row; answers untouched", async () => {
    const answerBefore = getDb().select().from(responses).where(eq(responses.id, answerId)).get();
    const before = getDb().select().from(consultations).where(eq(consultations.id, cluster1)).get()!;
    const result = await deadline(cluster1, {
      kind: "extend",
      closesDate: "2099-01-31",
      closesTime: "23:59",
      reasonEn: "Organizations asked for more time.",
      reasonFr: "Les organismes ont demandé plus de temps.",
    });
    expect(result.body).toEqual({ kind: "changed", organizations: 2 });
    const row = getDb().select().from(consultations).where(eq(consultations.id, cluster1)).get()!;
    expect(row.closesAt.toISOString()).toBe("2099-02-01T04:59:00.000Z");

    const fr = getDb()
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.toAddress, frenchContact), eq(emailOutbox.kind, "deadline-changed")))
      .all();
    expect(fr).toHaveLength(1);
    expect(fr[0]!.language).toBe("fr");
    expect(fr[0]!.subject).toContain("La date limite");
    expect(fr[0]!.text).toContain("Les organismes ont demandé plus de temps.");
    const en = getDb()
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.toAddress, englishContact), eq(emailOutbox.kind, "deadline-changed")))
      .all();
    expect(en).toHaveLength(1);
    expect(en[0]!.text).toContain("Organizations asked for more time.");
    expect(getDb().select().from(emailOutbox).where(eq(emailOutbox.kind, "deadline-changed")).all()).toHaveLength(2);

    expect(lastAudit("consultation.deadline.extend")).toMatchObject({
      entityId: String(cluster1),
      before: { closesAt: before.closesAt.toISOString() },
      after: { closesAt: "2099-02-01T04:59:00.000Z", reasonEn: "Organizations asked for more time." },
    });
    expect(getDb().select().from(responses).where(eq(responses.id, answerId)).get()).toEqual(answerBefore);

    const page = (await run(() => clusterLoader(routeArgs("/fr/clusters/1", { lang: "fr", cluster: "1" }) as never))) as {
      deadlineNotice: { kind: string; reason: string };
    };
    expect(page.deadlineNotice).toMatchObject({ kind: "extend", reason: "Les organismes ont demandé plus de temps." });
  });

  it("closes early: the consultation is closed at once and no longer takes answers", async () => {
    const result = await deadline(cluster1, { kind: "close-early", reasonEn: "The review moved.", reasonFr: "L’examen a été avancé." });
    expect(result.body.kind).toBe("changed");
    expect(getClusterPage(1, "en")!.cluster.consultation!.status).toBe("closed");
    expect((await deadline(cluster1, { kind: "close-early", reasonEn: "Again", reasonFr: "Encore" })).body.errors).toEqual({
      kind: "notOpen",
    });
    // Reopened for the other tests of this file.
    expect(
      (
        await deadline(cluster1, {
          kind: "extend",
          closesDate: "2099-01-31",
          closesTime: "23:59",
          reasonEn: "Reopened.",
          reasonFr: "Rouverte.",
        })
      ).body.kind,
    ).toBe("changed");
  });
});

describe("earlier consultations of a cluster", () => {
  it("shows the current one by default and an earlier one by its slug, never a draft", async () => {
    const db = getDb();
    db.insert(consultations)
      .values({
        clusterId: 4,
        slug: "cluster-4-2020",
        titleEn: "Cluster 4, first cycle",
        titleFr: "Groupe 4, premier cycle",
        introEn: "Earlier.",
        introFr: "Antérieure.",
        opensAt: new Date("2020-01-01T14:00:00Z"),
        closesAt: new Date("2020-03-01T04:59:00Z"),
        state: "archived",
      })
      .run();
    db.insert(consultations)
      .values({
        clusterId: 4,
        slug: "cluster-4-2030",
        titleEn: "Cluster 4, second cycle",
        titleFr: "Groupe 4, deuxième cycle",
        introEn: "Now.",
        introFr: "Maintenant.",
        opensAt: new Date("2030-01-01T14:00:00Z"),
        closesAt: new Date("2030-03-01T04:59:00Z"),
        state: "published",
      })
      .run();
    const current = getClusterPage(4, "en")!;
    expect(current.cluster.consultation!.title).toBe("Cluster 4, second cycle");
    expect(current.otherConsultations.map((c) => c.slug)).toEqual(["cluster-4-2020"]);
    const earlier = getClusterPage(4, "en", new Date(), "cluster-4-2020")!;
    expect(earlier.isCurrent).toBe(false);
    expect(earlier.cluster.consultation!.title).toBe("Cluster 4, first cycle");
    expect(getClusterPage(4, "en", new Date(), "cluster-2-2027")).toBeNull();
    expect(getQuestionPage(4, 1, "en", new Date(), "cluster-4-2020")).toBeNull();
    const malformed = await run(() => clusterLoader(routeArgs("/en/clusters/4?consultation=../x", { lang: "en", cluster: "4" }) as never));
    expect((malformed as Response).status).toBe(404);
  });

  it("lets the queue tell two consultations of the same cluster apart", () => {
    const db = getDb();
    const earlier = db
      .insert(consultations)
      .values({
        clusterId: 1,
        slug: "cluster-1-2019",
        titleEn: "Cluster 1, earlier cycle",
        titleFr: "Groupe 1, cycle antérieur",
        introEn: "Earlier.",
        introFr: "Antérieure.",
        opensAt: new Date("2019-01-01T14:00:00Z"),
        closesAt: new Date("2019-03-01T04:59:00Z"),
        state: "archived",
      })
      .returning()
      .get();
    const template = db
      .select()
      .from(questions)
      .where(eq(questions.consultationId, currentConsultation(1)!.id))
      .get()!;
    const { id: _id, ...copy } = template;
    const oldQuestion = db
      .insert(questions)
      .values({ ...copy, consultationId: earlier.id })
      .returning()
      .get();
    const org = createRespondent().organization;
    const old = db
      .insert(responses)
      .values({
        organizationId: org.id,
        questionId: oldQuestion.id,
        text: "Said in the earlier cycle.",
        language: "en",
        state: "submitted",
        version: 1,
        updatedAt: new Date(),
        submittedAt: new Date(),
      })
      .returning()
      .get();
    const inEarlier = listQueue(queueFilterSchema.parse({ consultation: String(earlier.id) })).items.map((i) => i.responseId);
    expect(inEarlier).toEqual([old.id]);
    const inCurrent = listQueue(queueFilterSchema.parse({ consultation: String(currentConsultation(1)!.id) })).items.map(
      (i) => i.responseId,
    );
    expect(inCurrent).not.toContain(old.id);
    expect(queueChoices("fr").consultations.map((c) => c.title)).toContain("Groupe 1, cycle antérieur");
  });
});

describe("instruments", () => {
  const firearms = (form: Record<string, string>, cookie: string | null = admin) =>
    run(() =>
      instrumentsAction(
        routeArgs(
          "/en/admin/consultations/instruments",
          { lang: "en" },
          { cookie: cookie ?? undefined, form: { instrumentId: "firearms", ...form } },
        ) as never,
      ),
    ).then(answerOf);
  const names = {
    shortNameEn: "Firearms Protocol",
    shortNameFr: "Protocole relatif aux armes à feu",
    nameEn: "The Firearms Protocol",
    nameFr: "Le Protocole relatif aux armes à feu",
  };

  it("records that Canada became a party: the questions lose the non-party notice; audited with before and after", async () => {
    const result = await firearms({ ...names, countryIsParty: "yes" });
    expect(result.body).toMatchObject({ kind: "saved" });
    expect(getDb().select().from(instruments).where(eq(instruments.id, "firearms")).get()!.countryIsParty).toBe(true);
    const group = getClusterPage(1, "en")!.instruments.find((i) => i.id === "firearms")!;
    expect(group.countryIsParty).toBe(true);
    expect(lastAudit("instrument.update")).toMatchObject({
      entityId: "firearms",
      before: { countryIsParty: false },
      after: { countryIsParty: true },
    });
    await firearms({ ...names, countryIsParty: "no" });
  });

  it("refuses an empty name or no choice, 400, keeping what was typed", async () => {
    const result = await firearms({ ...names, nameFr: "", countryIsParty: "" });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual({ nameFr: "required", countryIsParty: "countryIsParty" });
    expect(result.body.values).toMatchObject({ nameEn: names.nameEn });
    expect(result.body).toMatchObject({ kind: "invalid", intent: "save", id: "firearms", values: { nameFr: "", countryIsParty: "" } });
  });

  it("is changed by admins only", async () => {
    expect((await firearms({ ...names, countryIsParty: "yes" }, moderator)).status).toBe(403);
    expect((await firearms({ ...names, countryIsParty: "yes" }, respondent)).status).toBe(403);
    expect((await firearms({ ...names, countryIsParty: "yes" }, null)).status).toBe(302);
    expect(getDb().select().from(instruments).where(eq(instruments.id, "firearms")).get()!.countryIsParty).toBe(false);
  });
});
