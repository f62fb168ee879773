// The staff queue through its loader and action: filters with counts, search
// that folds accents and highlights, sorting, pagination, and bulk actions
// that land in the audit log with their before and after.
import { desc, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { auditLog, moderation, responseThemes, themes } from "~db/schema";
import { queueEn, queueFr } from "~/i18n/admin-queue";
import { ftsQuery, MATCH_END, MATCH_START, QUEUE_PAGE_SIZE, SEARCH_LIMITS } from "~/models/moderate/queue.server";
import { action, loader } from "~/routes/$lang.admin.queue";
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

let cookie: string;
const ids: Record<string, number> = {};

beforeAll(async () => {
  seedContent();
  cookie = await cookieFor(createUser({ role: "moderator" }).id);
  const quebec = createOrganization({ name: "Clinique juridique du Québec", region: "QC", type: "academic", consentQuote: "named" });
  const ontario = createOrganization({ name: "Ontario Shelter Network", region: "ON", type: "ngo", consentQuote: "none" });
  ids.fr = createSubmittedAnswer(quebec.id, 3, "La sécurité des victimes passe avant la poursuite pénale.", {
    language: "fr",
    submittedAt: new Date("2026-10-01"),
  }).id;
  ids.en = createSubmittedAnswer(ontario.id, 3, "Victims need safe housing before they can testify.", {
    submittedAt: new Date("2026-10-02"),
  }).id;
  ids.other = createSubmittedAnswer(ontario.id, 7, "Firearms marking is inconsistent across provinces.", {
    submittedAt: new Date("2026-10-03"),
  }).id;
  createSubmittedAnswer(ontario.id, 8, "A draft nobody has submitted yet about victims.", { state: "draft" });
});

async function queue(query = "") {
  const result = await run(() => loader(routeArgs(`/en/admin/queue${query ? `?${query}` : ""}`, { lang: "en" }, { cookie })));
  if (result instanceof Response) throw new Error(`loader answered ${result.status}`);
  return result;
}

function bulk(form: [string, string][], query = "") {
  return run(() => action(routeArgs(`/en/admin/queue${query ? `?${query}` : ""}`, { lang: "en" }, { form, cookie }))).then(bodyOf);
}

describe("the queue", () => {
  it("lists submitted answers only, newest first, with counts per filter value", async () => {
    const data = await queue();
    expect(data.items.map((item) => item.responseId)).toEqual([ids.other, ids.en, ids.fr]);
    expect(data.total).toBe(3);
    expect(data.counts?.state).toEqual({ pending: 3 });
    expect(data.counts?.question).toEqual({ "3": 2, "7": 1 });
    expect(data.counts?.language).toEqual({ en: 2, fr: 1 });
    expect(data.counts?.region).toEqual({ ON: 2, QC: 1 });
    expect(data.counts?.quotable).toEqual({ yes: 1, no: 2 });
  });

  it("filters, and counts each filter's values with the other filters kept", async () => {
    const data = await queue("question=3&region=ON");
    expect(data.items.map((item) => item.responseId)).toEqual([ids.en]);
    // The region counts keep question=3 but not region=ON itself.
    expect(data.counts?.region).toEqual({ ON: 1, QC: 1 });
    expect(data.counts?.question).toEqual({ "3": 1, "7": 1 });
    expect((await queue("quotable=yes")).items.map((item) => item.responseId)).toEqual([ids.fr]);
    expect((await queue("language=fr&orgType=academic")).total).toBe(1);
  });

  it("ignores a filter value that does not fit instead of failing", async () => {
    expect((await queue("state=bogus&question=abc&page=-4")).total).toBe(3);
  });

  it("finds an accented French word typed without accents, and highlights it", async () => {
    const data = await queue("q=securite");
    expect(data.items.map((item) => item.responseId)).toEqual([ids.fr]);
    expect(data.items[0]!.excerpt).toContain(`${MATCH_START}sécurité${MATCH_END}`);
    expect(data.sort).toBe("relevance");
  });

  it("finds the word when its accent is typed decomposed (e + U+0301), and highlights it", async () => {
    const data = await queue(`q=${encodeURIComponent("se\u0301curite\u0301")}`);
    expect(data.items.map((item) => item.responseId)).toEqual([ids.fr]);
    expect(data.items[0]!.excerpt).toContain(`${MATCH_START}sécurité${MATCH_END}`);
  });

  it("matches word beginnings, phrases, and reads search syntax as text", async () => {
    expect((await queue("q=victim")).items.map((item) => item.responseId).sort()).toEqual([ids.fr, ids.en].sort());
    expect((await queue(`q=${encodeURIComponent('"safe housing"')}`)).items.map((item) => item.responseId)).toEqual([ids.en]);
    expect((await queue(`q=${encodeURIComponent('housing NOT) OR "(')}`)).total).toBe(0);
    expect(ftsQuery('a "b c" d*')).toBe('"a"* AND "b c" AND "d"*');
    expect(ftsQuery('"" ()')).toBeNull();
  });

  it("sorts and paginates", async () => {
    // One answer per organization and question, as the schema requires.
    const many = Array.from(
      { length: QUEUE_PAGE_SIZE + 2 },
      (_, i) =>
        createSubmittedAnswer(
          createOrganization({ name: i === 0 ? "Aardvark Advocacy" : undefined, region: "NS" }).id,
          10,
          `Paging answer ${i}`,
        ).id,
    );
    const first = await queue("question=10&sort=oldest");
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(QUEUE_PAGE_SIZE);
    const second = await queue("question=10&sort=oldest&page=2");
    expect(second.items.map((item) => item.responseId)).toEqual(many.slice(QUEUE_PAGE_SIZE));
    expect((await queue("sort=organization")).items[0]!.organizationName).toBe("Aardvark Advocacy");
  });
});

describe("bulk actions", () => {
  function lastAudit(responseId: number) {
    return getDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(responseId)))
      .orderBy(desc(auditLog.id))
      .get();
  }

  it("approves the selected answers, each audited with before and after", async () => {
    const result = await bulk([
      ["action", "approve"],
      ["scope", "selected"],
      ["ids", String(ids.fr)],
      ["ids", String(ids.en)],
    ]);
    expect(result).toMatchObject({ kind: "done", changed: 2 });
    for (const id of [ids.fr!, ids.en!]) {
      expect(getDb().select().from(moderation).where(eq(moderation.responseId, id)).get()?.state).toBe("approved");
      expect(lastAudit(id)).toMatchObject({ action: "moderation.approve", before: { state: "pending" }, after: { state: "approved" } });
    }
    expect((await queue("state=approved")).total).toBe(2);
  });

  it("tags the selection with a theme", async () => {
    const theme = getDb().select().from(themes).limit(1).get()!;
    expect(
      await bulk([
        ["action", "tag"],
        ["themeId", String(theme.id)],
        ["ids", String(ids.other)],
      ]),
    ).toMatchObject({ kind: "done", changed: 1 });
    expect(getDb().select().from(responseThemes).where(eq(responseThemes.responseId, ids.other!)).get()).toMatchObject({
      themeId: theme.id,
      source: "manual",
    });
    expect(lastAudit(ids.other!)).toMatchObject({ action: "theme.tag", after: { themeId: theme.id, source: "manual" } });
    expect((await queue(`theme=${theme.id}`)).items.map((item) => item.responseId)).toEqual([ids.other]);
  });

  it("rejects everything matching the filters with a reason", async () => {
    const result = await bulk(
      [
        ["action", "reject"],
        ["reason", "off-topic"],
        ["scope", "all"],
      ],
      "question=10",
    );
    expect(result).toMatchObject({ kind: "done", changed: QUEUE_PAGE_SIZE + 2 });
    expect((await queue("question=10&state=rejected")).total).toBe(QUEUE_PAGE_SIZE + 2);
    expect((await queue("state=approved")).total).toBe(2);
  });

  it("explains what is missing and keeps the selection", async () => {
    expect(await bulk([["action", "approve"]])).toMatchObject({ kind: "invalid", errors: { ids: "choose" } });
    expect(
      await bulk([
        ["action", "reject"],
        ["ids", String(ids.en)],
      ]),
    ).toMatchObject({
      kind: "invalid",
      errors: { reason: "choose" },
      selected: [ids.en],
    });
    expect(
      await bulk([
        ["action", "tag"],
        ["ids", String(ids.en)],
      ]),
    ).toMatchObject({ kind: "invalid", errors: { themeId: "choose" } });
    expect(await bulk([["ids", String(ids.en)]])).toMatchObject({ kind: "invalid", errors: { action: "choose" } });
    const answer = answerOf(
      await run(() =>
        action(
          routeArgs(
            "/en/admin/queue",
            { lang: "en" },
            {
              form: [
                ["action", "tag"],
                ["themeId", "none"],
                ["ids", String(ids.en)],
              ],
              cookie,
            },
          ),
        ),
      ),
    );
    expect(answer).toMatchObject({
      status: 400,
      body: {
        kind: "invalid",
        intent: "bulk",
        errors: { themeId: "choose" },
        values: { action: "tag", themeId: "none" },
        selected: [ids.en],
      },
    });
  });
});

// Beyond SEARCH_LIMITS.exact matches a search is not read whole (ADR 010):
// the limits are made tiny here so five answers are a "broad" search.
describe("a search finding more answers than it counts exactly", () => {
  const kelp: number[] = [];
  const limits = { ...SEARCH_LIMITS };
  afterEach(() => Object.assign(SEARCH_LIMITS, limits));

  beforeAll(() => {
    // Newest last; regions ON, ON, QC, ON, ON.
    for (const [i, region] of (["ON", "ON", "QC", "ON", "ON"] as const).entries()) {
      const org = createOrganization({ name: `Kelp Coalition ${i}`, region, type: "ngo" });
      kelp.push(
        createSubmittedAnswer(org.id, 12, `Kelpforest traffickers use fishing boats, case ${i}.`, {
          submittedAt: new Date(`2026-11-0${i + 1}`),
        }).id,
      );
    }
  });

  it("counts exactly, with the filters' counts and best match first, while the search finds at most the limit", async () => {
    Object.assign(SEARCH_LIMITS, { exact: 5, scan: 10 });
    const data = await queue("q=kelpforest&region=ON");
    expect(data).toMatchObject({ total: 4, totalKind: "exact", sort: "relevance", sortUnavailable: null });
    expect(data.counts?.region).toEqual({ ON: 4, QC: 1 });
  });

  it("beyond the limit: the exact total from the index, no filter counts, newest first, and says why", async () => {
    Object.assign(SEARCH_LIMITS, { exact: 3, scan: 10 });
    const data = await queue("q=kelpforest");
    expect(data).toMatchObject({ total: 5, totalKind: "exact", counts: null, sort: "newest", sortUnavailable: "relevance", exactLimit: 3 });
    expect(data.items.map((item) => item.responseId)).toEqual([...kelp].reverse());
    // Each still shows the passage that matched.
    for (const item of data.items) expect(item.excerpt).toContain(`${MATCH_START}Kelpforest${MATCH_END}`);
    expect(queueEn.countsOmitted(3)).toContain("more than 3 answers");
    expect(queueFr.countsOmitted(3)).toContain("plus de 3 réponses");
  });

  it("beyond the limit lists oldest first too, walking the search's matches in the order they were submitted", async () => {
    Object.assign(SEARCH_LIMITS, { exact: 3, scan: 10 });
    expect((await queue("q=kelpforest&sort=oldest")).items.map((item) => item.responseId)).toEqual(kelp);
    const filtered = await queue("q=kelpforest&region=ON&sort=oldest");
    expect(filtered).toMatchObject({ sort: "oldest", sortUnavailable: null });
    expect(filtered.items.map((item) => item.responseId)).toEqual([kelp[0], kelp[1], kelp[3], kelp[4]]);
    // The same order as the queue without a search.
    const unsearched = (await queue("question=12&sort=oldest")).items.map((item) => item.responseId).filter((id) => kelp.includes(id));
    expect(unsearched).toEqual(kelp);
  });

  it("with a filter, says “more than N” once N answers pass, and lists them all", async () => {
    Object.assign(SEARCH_LIMITS, { exact: 2, scan: 10 });
    const data = await queue("q=kelpforest&region=ON");
    expect(data).toMatchObject({ total: 2, totalKind: "moreThan" });
    expect(data.items.map((item) => item.responseId)).toEqual([kelp[4], kelp[3], kelp[1], kelp[0]]);
    expect(queueEn.captionMoreThan(2000)).toBe("More than 2,000 answers match");
    expect(queueFr.captionMoreThan(2000)).toBe(`Plus de ${(2000).toLocaleString("fr-CA")} réponses correspondent`);
    // Exact again below the limit: one answer from Quebec.
    expect(await queue("q=kelpforest&region=QC")).toMatchObject({ total: 1, totalKind: "exact" });
  });

  it("says “at least” when it stopped counting among the most recent matches", async () => {
    Object.assign(SEARCH_LIMITS, { exact: 3, scan: 4 });
    // The 4 most recent matches hold 3 from Ontario; the oldest is not looked at for the count.
    const data = await queue("q=kelpforest&region=ON");
    expect(data).toMatchObject({ total: 3, totalKind: "atLeast", scanned: 4 });
    expect(data.items).toHaveLength(4);
    // A scan that reaches every match counts exactly (the search's count stops one past the scan).
    Object.assign(SEARCH_LIMITS, { exact: 4, scan: 5 });
    expect(await queue("q=kelpforest&region=ON")).toMatchObject({ total: 4, totalKind: "exact" });
    expect(queueEn.captionAtLeast(3, 4)).toBe("At least 3 answers match (counted among the 4 most recent answers the search finds)");
    expect(queueFr.captionAtLeast(3, 4)).toBe(
      "Au moins 3 réponses correspondent (comptées parmi les 4 réponses les plus récentes que la recherche trouve)",
    );
  });

  it("acts on exactly the answers the filters select when “all matching” is chosen, whatever the count says", async () => {
    Object.assign(SEARCH_LIMITS, { exact: 2, scan: 3 });
    expect((await queue("q=kelpforest&region=ON")).totalKind).not.toBe("exact");
    const result = await bulk(
      [
        ["action", "approve"],
        ["scope", "all"],
      ],
      "q=kelpforest&region=ON",
    );
    expect(result).toMatchObject({ kind: "done", changed: 4 });
    const states = getDb().select().from(moderation).all();
    const approved = new Set(states.filter((row) => row.state === "approved").map((row) => row.responseId));
    expect(kelp.filter((id) => approved.has(id))).toEqual([kelp[0], kelp[1], kelp[3], kelp[4]]);
    Object.assign(SEARCH_LIMITS, { exact: 10 });
    expect(await queue("q=kelpforest&state=pending")).toMatchObject({ total: 1, totalKind: "exact" });
  });
});
