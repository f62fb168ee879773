// Suggested themes come from answers staff already tagged that read alike:
// shelters and victims point to "victim support", serial numbers to
// "firearms marking", across accents, never repeating a theme staff already
// chose or turned down.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { consultations, responseThemes, themeDismissals, themes } from "~db/schema";
import { answerTerms, suggestThemes } from "~/models/moderate/theme-suggestions.server";
import { createOrganization, createSubmittedAnswer, createUser, seedContent } from "../support/fixtures";

let victimSupport: number;
let firearmsMarking: number;
let moderatorId: number;

function addTheme(key: string, labelEn: string, labelFr: string): number {
  const db = getDb();
  const consultation = db.select().from(consultations).where(eq(consultations.clusterId, 1)).get()!;
  return db
    .insert(themes)
    .values({ consultationId: consultation.id, key, labelEn, labelFr, descriptionEn: labelEn, descriptionFr: labelFr })
    .returning()
    .get().id;
}

/** A submitted answer to question 1 from a new organization (one answer per organization and question). */
function answer(text: string, language: "en" | "fr" = "en", extra: Parameters<typeof createSubmittedAnswer>[3] = {}) {
  return createSubmittedAnswer(createOrganization().id, 1, text, { language, ...extra }).id;
}

function tagWith(responseId: number, themeId: number): void {
  getDb().insert(responseThemes).values({ responseId, themeId, source: "manual", taggedByUserId: moderatorId, taggedAt: new Date() }).run();
}

beforeAll(() => {
  seedContent();
  moderatorId = createUser({ role: "moderator" }).id;
  victimSupport = addTheme("victim-support", "Victim support", "Soutien aux victimes");
  firearmsMarking = addTheme("firearms-marking", "Firearms marking", "Marquage des armes à feu");

  for (const text of [
    "Shelters for trafficking victims are full; victims wait weeks for a safe shelter bed.",
    "Victims need shelters, counselling and legal aid before they can testify.",
    "Emergency shelters turn victims away for lack of funding.",
  ]) {
    tagWith(answer(text), victimSupport);
  }
  for (const text of [
    "Serial numbers are filed off seized firearms; marking at import would help tracing.",
    "Marking firearms with serial numbers at manufacture makes tracing possible.",
    "Police cannot trace firearms whose serial numbers were removed.",
  ]) {
    tagWith(answer(text), firearmsMarking);
  }
  // Written without accents, as some respondents type on an English keyboard.
  tagWith(answer("Les refuges manquent de places d'hebergement securitaire pour les temoins.", "fr"), victimSupport);
});

describe("suggestThemes", () => {
  it("cuts text the way the index does: lower case, accents folded, stop words and short tokens out", () => {
    expect([...answerTerms("L'hébergement SÉCURITAIRE des témoins, et les 2024 refuges!").keys()]).toEqual([
      "hebergement",
      "securitaire",
      "temoins",
      "refuges",
    ]);
  });

  it("suggests victim support first for a new answer about shelters", () => {
    const id = answer("There are not enough shelters for victims in rural areas.");
    const suggestions = suggestThemes(id, "en", 3);
    expect(suggestions[0]).toMatchObject({ themeId: victimSupport, label: "Victim support" });
    expect(suggestions[0]!.score).toBeGreaterThan(0);
  });

  it("suggests firearms marking for an answer about serial numbers, labelled in French on French pages", () => {
    const id = answer("Les numéros de série (serial numbers) des firearms saisies sont effacés.", "fr");
    expect(suggestThemes(id, "fr", 3)[0]).toMatchObject({ themeId: firearmsMarking, label: "Marquage des armes à feu" });
  });

  it("matches an accented French answer to tagged answers written without accents", () => {
    const id = answer("L'hébergement sécuritaire des témoins est insuffisant.", "fr");
    expect(suggestThemes(id, "fr", 3).map((s) => s.themeId)).toEqual([victimSupport]);
  });

  it("leaves out themes already on the answer and themes dismissed for it", () => {
    const id = answer("Shelters for victims, and serial numbers on firearms for tracing.");
    expect(
      suggestThemes(id, "en", 3)
        .map((s) => s.themeId)
        .sort(),
    ).toEqual([victimSupport, firearmsMarking].sort());

    tagWith(id, victimSupport);
    expect(suggestThemes(id, "en", 3).map((s) => s.themeId)).toEqual([firearmsMarking]);

    getDb()
      .insert(themeDismissals)
      .values({ responseId: id, themeId: firearmsMarking, dismissedByUserId: moderatorId, dismissedAt: new Date() })
      .run();
    expect(suggestThemes(id, "en", 3)).toEqual([]);
  });

  it("respects the limit", () => {
    const id = answer("Shelters for victims, and serial numbers on firearms for tracing.");
    expect(suggestThemes(id, "en", 1)).toHaveLength(1);
    expect(suggestThemes(id, "en", 0)).toEqual([]);
  });

  it("learns only from submitted answers staff tagged", () => {
    // A draft that somehow carries a tag, and a submitted answer nobody tagged,
    // share the new answer's words: neither may vote.
    const drafted = answer("Cybercrime cryptocurrency laundering schemes.", "en", { state: "draft", submittedAt: null });
    const other = addTheme("cyber-laundering", "Cyber laundering", "Blanchiment en ligne");
    tagWith(drafted, other);
    answer("Cybercrime cryptocurrency laundering schemes are growing.");
    const id = answer("Cryptocurrency laundering by cybercrime groups.");
    expect(suggestThemes(id, "en", 3)).toEqual([]);
  });

  it("has nothing to suggest when no tagged answer shares a word", () => {
    const id = answer("Zebra quokka marmalade.");
    expect(suggestThemes(id, "en", 3)).toEqual([]);
    expect(suggestThemes(answer("Le, la, et: of the."), "en", 3)).toEqual([]);
    expect(suggestThemes(999_999, "en", 3)).toEqual([]);
  });
});
