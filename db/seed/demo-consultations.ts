// The demo's upcoming consultation: a Cluster 2 draft, so staff trying the
// demo see what preparing the next questionnaire looks like (the consultation
// list, the edit form, publishing refused until both languages are there).
// Its questions come through the questionnaire importer, not from here.
// Inserted if missing (by slug), never overwritten: staff edits survive.
import { fromEastern, toEastern } from "~/models/consultations/eastern-time";
import type { Db } from "../client.server";
import { consultations } from "../schema";

const DAY = 24 * 60 * 60 * 1000;

export const cluster2DraftConsultation = {
  slug: "cluster-2",
  title: {
    en: "Cluster 2 consultation: prevention, technical assistance and international cooperation",
    // Left empty on purpose: a draft may lack its French text; publishing is refused until it is there.
    fr: "",
  },
  intro: {
    en: "These will be the questions of Canada's self-assessment for Cluster 2 of the review. The consultation is being prepared and is not open yet.",
    fr: "",
  },
};

export function seedDemoConsultations(db: Db, now = new Date()): number {
  // After the demo's Cluster 1 consultation (which closes twelve weeks after
  // the first seeding): opens in eighteen weeks at 09:00 ET, for ten weeks,
  // until 23:59 ET.
  const at = (days: number, time: string) => fromEastern(toEastern(new Date(now.getTime() + days * DAY)).date, time)!;
  return db
    .insert(consultations)
    .values({
      clusterId: 2,
      slug: cluster2DraftConsultation.slug,
      titleEn: cluster2DraftConsultation.title.en,
      titleFr: cluster2DraftConsultation.title.fr,
      introEn: cluster2DraftConsultation.intro.en,
      introFr: cluster2DraftConsultation.intro.fr,
      opensAt: at(126, "09:00"),
      closesAt: at(196, "23:59"),
      state: "draft",
      createdAt: now,
    })
    .onConflictDoNothing()
    .run().changes;
}
