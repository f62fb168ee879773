// The search index follows each answer through its life: it holds submitted
// answers only (db/migrations/0006), so a draft is not searchable, a
// submitted answer is, an amendment (back to draft) leaves it until it is
// submitted again, and a deleted answer is gone. FTS5's own check, which
// compares the index with the submitted answers, passes at every step.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { saveAnswer, submitAnswers } from "~/models/respond/responses.server";
import { createRespondent, openConsultation, seedContent } from "../support/fixtures";

// The index's rowid is the answer's place in the order of submission (migration 0018).
function hits(word: string): number[] {
  return (
    getDb()
      .$client.prepare(
        "SELECT r.id FROM responses_fts JOIN responses r ON r.submitted_seq = responses_fts.rowid WHERE responses_fts MATCH ? ORDER BY r.id",
      )
      .all(word) as { id: number }[]
  ).map((r) => r.id);
}

function indexIsConsistent(): void {
  // Throws "database disk image is malformed" when the index and the submitted answers disagree.
  getDb().$client.prepare("INSERT INTO responses_fts(responses_fts, rank) VALUES ('integrity-check', 1)").run();
}

let respondent: ReturnType<typeof createRespondent>;
let version = 0;

function save(text: string) {
  const result = saveAnswer({
    organizationId: respondent.organization.id,
    userId: respondent.user.id,
    clusterId: 1,
    questionNumber: 1,
    baseVersion: version,
    closedAnswer: "yes",
    text,
    language: "fr",
  });
  if (result.status !== "saved") throw new Error(result.status);
  version = result.version;
}

function submit() {
  const result = submitAnswers({
    organizationId: respondent.organization.id,
    user: respondent.user,
    clusterId: 1,
    consentPublishName: true,
    consentQuote: "named",
    origin: "http://localhost",
  });
  expect(result.status).toBe("submitted");
}

const answerId = () =>
  (getDb().$client.prepare("SELECT id FROM responses WHERE organization_id = ?").get(respondent.organization.id) as { id: number }).id;

beforeAll(() => {
  seedContent();
  openConsultation();
  respondent = createRespondent("fr");
});

describe("the search index", () => {
  it("leaves drafts out", () => {
    save("La sécurité des victimes passe avant tout.");
    expect(hits("securite")).toEqual([]);
    indexIsConsistent();
  });

  it("takes an answer when it is submitted, accents folded", () => {
    submit();
    expect(hits("securite")).toEqual([answerId()]);
    indexIsConsistent();
  });

  it("lets an amended answer go while it is a draft, and takes its new text when submitted again", () => {
    save("Le logement des survivantes manque partout.");
    expect(hits("securite")).toEqual([]);
    expect(hits("logement")).toEqual([]);
    indexIsConsistent();
    submit();
    expect(hits("securite")).toEqual([]);
    expect(hits("logement")).toEqual([answerId()]);
    indexIsConsistent();
  });

  it("keys each answer by its place in the order of submission: the next one when submitted again, the same one when its text is changed in place", () => {
    const place = () =>
      (getDb().$client.prepare("SELECT submitted_seq AS seq FROM responses WHERE id = ?").get(answerId()) as { seq: number | null }).seq;
    const last = () => (getDb().$client.prepare("SELECT max(submitted_seq) AS seq FROM responses").get() as { seq: number }).seq;
    const before = place();
    expect(before).toBe(last());
    // Another organization submits after it: its answer comes after.
    const other = createRespondent("en");
    const otherResult = saveAnswer({
      organizationId: other.organization.id,
      userId: other.user.id,
      clusterId: 1,
      questionNumber: 1,
      baseVersion: 0,
      closedAnswer: "no",
      text: "Shelters lack beds for survivors.",
      language: "en",
    });
    expect(otherResult.status).toBe("saved");
    expect(
      submitAnswers({
        organizationId: other.organization.id,
        user: other.user,
        clusterId: 1,
        consentPublishName: true,
        consentQuote: "named",
        origin: "http://localhost",
      }).status,
    ).toBe("submitted");
    expect(last()).toBe(before! + 1);
    // Its text changed in place while submitted (SQL by hand; the portal keeps redactions in moderation): same place.
    getDb().$client.prepare("UPDATE responses SET text = 'Le logement des survivantes manque [caviardé].' WHERE id = ?").run(answerId());
    expect(place()).toBe(before);
    expect(hits("caviarde")).toEqual([answerId()]);
    indexIsConsistent();
    // Amended: no place while a draft, then the newest.
    save("Le logement des survivantes manque toujours.");
    expect(place()).toBeNull();
    submit();
    expect(place()).toBe(before! + 2);
    expect(hits("toujours")).toEqual([answerId()]);
    indexIsConsistent();
  });

  it("forgets a deleted answer", () => {
    getDb().$client.prepare("DELETE FROM responses WHERE id = ?").run(answerId());
    expect(hits("logement")).toEqual([]);
    indexIsConsistent();
  });
});
