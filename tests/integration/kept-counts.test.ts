// The kept counts (db/schema.ts, migration 0011_kept_counts.sql) stay equal
// to a full recount whatever happens: a seeded random run of real changes
// made through the portal's own functions (saves, submissions with consent
// changes, amendments, decisions, redactions, tags, merges of themes,
// near-identical groups moderated at once, organizations changing type or
// deleting their account), checked against the recount along the way. The
// queue's counts read from them must equal the counts read from the answers.
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, migrationsFolder } from "~db/client.server";
import { KEPT_COUNT_BACKFILL, keptCountLines, rebuildKeptCounts } from "~db/kept-counts.server";
import { organizations, responses, responseSignatures, themes, type Role } from "~db/schema";
import { deleteOrganizationAccount } from "~/models/accounts/privacy.server";
import type { CurrentUser, Respondent } from "~/models/accounts/auth.server";
import { moderateGroup } from "~/models/moderate/campaigns.server";
import { decide, redact, tag, untag } from "~/models/moderate/moderation.server";
import { createTheme, mergeThemes, consultationIdOfCluster } from "~/models/moderate/themes.server";
import { exactFacetCounts, keptFacetCounts, queueFilterSchema } from "~/models/moderate/queue.server";
import { saveAnswer, submitAnswers } from "~/models/respond/responses.server";
import { CLOSED_ANSWERS, MODERATION_STATES, ORGANIZATION_TYPES, QUOTE_CONSENTS, REGIONS } from "~db/constants";
import { createOrganization, createUser, openConsultation, seedContent } from "../support/fixtures";

/** mulberry32: the same run for the same seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

const SEED = 13;

// Long enough (20+ words) to be grouped when near-identical: a few letters
// copied by several organizations, with one word changed, make campaigns.
const LETTERS = [
  "We ask the government to fund shelters for survivors of trafficking in every province and to train police officers to recognise victims at the border and in workplaces across the country every year",
  "Les victimes de la traite ont besoin de logements sûrs, d'une aide juridique gratuite et d'un permis de séjour qui ne dépend pas de leur collaboration avec la police ni des procès",
  "Firearms seized at the border should be traced through the international database so that investigators can find the dealers who supply organized crime groups in our cities and towns today",
];

function text(rng: ReturnType<typeof random>): string {
  const words = rng.pick(LETTERS).split(" ");
  if (rng.next() < 0.3) return `${words.slice(0, 8).join(" ")} ${rng.int(1e6)}`;
  if (rng.next() < 0.5) words[rng.int(words.length)] = `word${rng.int(4)}`;
  return words.join(" ");
}

function staff(role: Role = "moderator"): CurrentUser {
  const user = createUser({ role });
  return { id: user.id, email: user.email, name: user.name, role, language: "en", organization: null };
}

function expectKeptEqualsRecount(): void {
  const client = getDb().$client;
  expect(keptCountLines(client, "kept")).toEqual(keptCountLines(client, "recount"));
}

let moderator: CurrentUser;
let consultationId: number;
let respondents: Respondent[] = [];

beforeAll(() => {
  seedContent();
  openConsultation();
  moderator = staff();
  consultationId = consultationIdOfCluster(1)!;
});

describe("kept counts", () => {
  it("fills the summary tables with exactly the migration's backfill", () => {
    const migration = fs.readdirSync(migrationsFolder()).find((name) => name.endsWith("_kept_counts.sql"))!;
    const sql = fs.readFileSync(path.join(migrationsFolder(), migration), "utf8").replaceAll("`", "");
    const squash = (s: string) => s.replace(/\s+/g, " ").trim();
    for (const backfill of Object.values(KEPT_COUNT_BACKFILL)) expect(squash(sql)).toContain(squash(backfill));
  });

  it("equal a full recount after a seeded random run of real changes", () => {
    const rng = random(SEED);
    const client = getDb().$client;
    const questionNumbers = (
      client.prepare("SELECT number FROM questions WHERE consultation_id = ? ORDER BY number").all(consultationId) as { number: number }[]
    ).map((q) => q.number);
    const newRespondent = (): Respondent => {
      const organization = createOrganization({
        type: rng.pick(ORGANIZATION_TYPES),
        region: rng.pick(REGIONS.filter((r) => r !== "outside")),
      });
      const user = createUser({ organizationId: organization.id });
      return {
        id: user.id,
        email: user.email,
        name: user.name,
        role: "respondent",
        language: "en",
        organization: { id: organization.id, name: organization.name },
      };
    };
    for (let i = 0; i < 8; i++) respondents.push(newRespondent());
    for (let i = 0; i < 3; i++)
      createTheme(moderator, consultationId, {
        key: `theme-${i}`,
        labelEn: `Theme ${i}`,
        labelFr: `Thème ${i}`,
        descriptionEn: "d",
        descriptionFr: "d",
      });
    const submitted = () =>
      (client.prepare("SELECT id FROM responses WHERE state = 'submitted'").all() as { id: number }[]).map((r) => r.id);
    const themeIds = () =>
      (client.prepare("SELECT id FROM themes WHERE consultation_id = ?").all(consultationId) as { id: number }[]).map((t) => t.id);
    const done: Record<string, number> = {};

    for (let step = 0; step < 400; step++) {
      const roll = rng.next();
      let kind: string;
      const who = rng.pick(respondents);
      if (roll < 0.3) {
        kind = "save";
        // A few questions only, so that copies of a letter meet and are grouped.
        const number = rng.pick(questionNumbers.slice(0, 4));
        const current = getDb()
          .select()
          .from(responses)
          .where(eq(responses.organizationId, who.organization.id))
          .all()
          .find((r) => client.prepare("SELECT number FROM questions WHERE id = ?").pluck().get(r.questionId) === number);
        saveAnswer({
          organizationId: who.organization.id,
          userId: who.id,
          clusterId: 1,
          questionNumber: number,
          baseVersion: current?.version ?? 0,
          closedAnswer: rng.next() < 0.8 ? rng.pick(CLOSED_ANSWERS) : null,
          text: text(rng),
          language: rng.next() < 0.3 ? "fr" : "en",
        });
      } else if (roll < 0.45) {
        kind = "submit";
        submitAnswers({
          organizationId: who.organization.id,
          user: { id: who.id, email: who.email, name: who.name, language: "en" },
          clusterId: 1,
          consentPublishName: rng.next() < 0.5,
          consentQuote: rng.pick(QUOTE_CONSENTS),
          origin: "http://localhost",
        });
      } else if (roll < 0.6) {
        kind = "decide";
        const ids = submitted();
        if (ids.length === 0) continue;
        const chosen = [rng.pick(ids), rng.pick(ids)];
        const choice = rng.int(4) % 3;
        decide(
          moderator,
          chosen,
          choice === 0
            ? { kind: "approve" }
            : choice === 1
              ? { kind: "reject", reason: "off-topic", note: "" }
              : { kind: "needs-redaction" },
        );
      } else if (roll < 0.65) {
        kind = "redact";
        const ids = submitted();
        if (ids.length) redact(moderator, rng.pick(ids), "Redacted [name].");
      } else if (roll < 0.78) {
        kind = "tag";
        const ids = submitted();
        const ts = themeIds();
        if (ids.length && ts.length)
          tag(moderator, [rng.pick(ids), rng.pick(ids)], rng.pick(ts), rng.next() < 0.5 ? "manual" : "suggested");
      } else if (roll < 0.83) {
        kind = "untag";
        const row = client
          .prepare("SELECT response_id AS responseId, theme_id AS themeId FROM response_themes ORDER BY response_id, theme_id")
          .all() as { responseId: number; themeId: number }[];
        if (row.length) {
          const chosen = rng.pick(row);
          untag(moderator, chosen.responseId, chosen.themeId);
        }
      } else if (roll < 0.86) {
        kind = "merge-themes";
        const ts = themeIds();
        if (ts.length >= 3) mergeThemes(staff("admin"), ts[ts.length - 1]!, ts[0]!);
        createTheme(moderator, consultationId, {
          key: `theme-${step}`,
          labelEn: `Theme ${step}`,
          labelFr: `Thème ${step}`,
          descriptionEn: "d",
          descriptionFr: "d",
        });
      } else if (roll < 0.9) {
        kind = "moderate-group";
        const groups = getDb().select({ groupId: responseSignatures.groupId }).from(responseSignatures).all();
        if (groups.length)
          moderateGroup(
            moderator,
            rng.pick(groups).groupId,
            rng.next() < 0.7 ? { kind: "approve" } : { kind: "reject", reason: "duplicate", note: "" },
          );
      } else if (roll < 0.99) {
        kind = "organization-profile";
        getDb()
          .update(organizations)
          .set(rng.next() < 0.5 ? { type: rng.pick(ORGANIZATION_TYPES) } : { region: rng.pick(REGIONS.filter((r) => r !== "outside")) })
          .where(eq(organizations.id, who.organization.id))
          .run();
      } else {
        kind = "delete-account";
        if (respondents.length <= 3) continue;
        deleteOrganizationAccount(who);
        respondents = respondents.filter((r) => r !== who);
        respondents.push(newRespondent());
      }
      done[kind] = (done[kind] ?? 0) + 1;
      if (step % 50 === 49) expectKeptEqualsRecount();
    }
    expectKeptEqualsRecount();
    // The run did make each kind of change, and the tables are not trivially empty.
    expect(Object.keys(done).sort()).toEqual(
      [
        "decide",
        "delete-account",
        "merge-themes",
        "moderate-group",
        "organization-profile",
        "redact",
        "save",
        "submit",
        "tag",
        "untag",
      ].sort(),
    );
    const lines = keptCountLines(client, "kept");
    for (const table of Object.keys(KEPT_COUNT_BACKFILL)) expect(lines[table]!.length, table).toBeGreaterThan(0);
    expect(lines.campaign_counts!.some((line) => Number(line.split("|").at(-1)) > 1)).toBe(true);
    expect(getDb().select().from(themes).all().length).toBeGreaterThan(0);
  });

  it("give the queue the same counts as reading every answer, for any filters", () => {
    const rng = random(SEED + 1);
    const client = getDb().$client;
    const pickOf = (sql: string) => client.prepare(sql).pluck().all() as (string | number)[];
    const values = {
      consultation: [1, 2],
      question: pickOf("SELECT DISTINCT number FROM questions"),
      instrument: pickOf("SELECT id FROM instruments"),
      state: MODERATION_STATES,
      theme: pickOf("SELECT id FROM themes"),
      orgType: ORGANIZATION_TYPES,
      region: REGIONS,
      language: ["en", "fr"],
      quotable: ["yes", "no"],
    } as const;
    for (let i = 0; i < 60; i++) {
      const raw: Record<string, unknown> = {};
      for (const [facet, options] of Object.entries(values))
        if (rng.next() < 0.25 && options.length) raw[facet] = rng.pick(options as readonly unknown[]);
      const filters = queueFilterSchema.parse(raw);
      expect(keptFacetCounts(filters), JSON.stringify(raw)).toEqual(exactFacetCounts(filters));
    }
  });

  it("are rebuilt from scratch by the rebuild command's function, to the same rows", () => {
    const client = getDb().$client;
    const before = keptCountLines(client, "kept");
    client.prepare("UPDATE queue_counts SET n = n + 5").run();
    rebuildKeptCounts(client);
    expect(keptCountLines(client, "kept")).toEqual(before);
  });
});
