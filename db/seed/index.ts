// Seeds the portal's real content: the four clusters, the four instruments, the
// Cluster 1 consultation with its questions and themes.
//
// Idempotent by insert-if-missing: each row is found by its stable key and
// only inserted when absent, never overwritten. Running it twice changes
// nothing, and it never undoes an edit staff made through the portal.
import { eq } from "drizzle-orm";
import type { Db } from "../client.server";
import { clusters, consultations, instruments, themes } from "../schema";
import { parseJson } from "../../app/models/questionnaire/format";
import { seedQuestionnaire } from "../../app/models/questionnaire/questions.server";
import { cluster1QuestionnaireJson, cluster1Themes } from "./cluster1-questions";
import { cluster1Consultation, seedClusters, seedInstruments } from "./clusters";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Demo dates, relative to the first seeding so a fresh demo is always open:
 * opened a week ago, closing in twelve weeks at the end of the day, Eastern
 * Time. A real consultation's dates are set by an admin.
 */
export function demoConsultationDates(now: Date): { opensAt: Date; closesAt: Date } {
  const opensAt = new Date(Math.floor((now.getTime() - 7 * DAY) / DAY) * DAY);
  const closeDay = new Date(Math.floor((now.getTime() + 84 * DAY) / DAY) * DAY);
  // 23:59 in Toronto: 04:59 UTC the next day in winter (UTC−5), 03:59 in summer.
  const offsetHours = torontoOffsetHours(closeDay);
  const closesAt = new Date(closeDay.getTime() + (23 - offsetHours) * 3600_000 + 59 * 60_000);
  return { opensAt, closesAt };
}

/** Toronto's offset from UTC on that day, in hours (−5 or −4). */
function torontoOffsetHours(day: Date): number {
  const name = new Intl.DateTimeFormat("en-US", {
    timeZone: "America/Toronto",
    timeZoneName: "shortOffset",
  })
    .formatToParts(new Date(day.getTime() + 12 * 3600_000))
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-]\d+)/.exec(name ?? "");
  return match ? Number(match[1]) : -5;
}

export interface SeedResult {
  inserted: number;
}

export function seed(db: Db, now = new Date()): SeedResult {
  let inserted = 0;
  db.transaction((tx) => {
    for (const c of seedClusters) {
      const result = tx
        .insert(clusters)
        .values({
          id: c.id,
          titleEn: c.title.en,
          titleFr: c.title.fr,
          summaryEn: c.summary.en,
          summaryFr: c.summary.fr,
          timelineEn: c.timeline.en,
          timelineFr: c.timeline.fr,
          articles: c.articles,
        })
        .onConflictDoNothing()
        .run();
      inserted += result.changes;
    }

    seedInstruments.forEach((instrument, position) => {
      const result = tx
        .insert(instruments)
        .values({
          id: instrument.id,
          position,
          shortNameEn: instrument.shortName.en,
          shortNameFr: instrument.shortName.fr,
          nameEn: instrument.name.en,
          nameFr: instrument.name.fr,
          countryIsParty: instrument.countryIsParty,
        })
        .onConflictDoNothing()
        .run();
      inserted += result.changes;
    });

    const { opensAt, closesAt } = demoConsultationDates(now);
    inserted += tx
      .insert(consultations)
      .values({
        clusterId: 1,
        slug: cluster1Consultation.slug,
        titleEn: cluster1Consultation.title.en,
        titleFr: cluster1Consultation.title.fr,
        introEn: cluster1Consultation.intro.en,
        introFr: cluster1Consultation.intro.fr,
        opensAt,
        closesAt,
        state: "published",
      })
      .onConflictDoNothing()
      .run().changes;
    const consultation = tx
      .select({ id: consultations.id })
      .from(consultations)
      .where(eq(consultations.slug, cluster1Consultation.slug))
      .get();
    if (!consultation) throw new Error("The Cluster 1 consultation was not created.");

    // The same format and importer as the admin pages (one path for content).
    const parsed = parseJson(cluster1QuestionnaireJson);
    if (!parsed.ok) throw new Error(`db/seed/cluster1-questions.json is not a valid questionnaire: ${JSON.stringify(parsed.problems)}`);
    inserted += seedQuestionnaire(tx, consultation.id, parsed.questions, now);

    for (const theme of cluster1Themes) {
      inserted += tx
        .insert(themes)
        .values({
          consultationId: consultation.id,
          key: theme.key,
          labelEn: theme.label.en,
          labelFr: theme.label.fr,
          descriptionEn: theme.description.en,
          descriptionFr: theme.description.fr,
        })
        .onConflictDoNothing()
        .run().changes;
    }
  });
  return { inserted };
}

/** Seeds only a database that has no clusters yet (what `npm start` does). */
export function seedIfEmpty(db: Db): SeedResult | undefined {
  const any = db.select({ id: clusters.id }).from(clusters).limit(1).get();
  return any ? undefined : seed(db);
}
