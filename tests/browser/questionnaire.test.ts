// The question editor in a real Chromium. A Cluster 2 consultation is made
// in the database (its own pages belong to the consultation side of issue 12);
// an admin fills in the downloaded CSV template, imports it, fixes the one
// error the import lists, edits a question and previews the questionnaire in
// both languages; an organization answers; the admin changes a question's
// wording, the organization is emailed and sees a notice, and staff still
// read the wording it answered. axe checks every new page in English and
// French.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "~/i18n/en";
import { fr } from "~/i18n/fr";
import { journey } from "../support/journey";
import { withSecondQuestion } from "../support/questionnaire-template";

const j = journey({ email: true });
const { query, exec, expectAccessible } = j;
const adminEmail = "ines.importer@example.org";
const orgEmail = "olga.org@example.org";
let consultationId: number;

beforeAll(() => {
  const day = 24 * 3600_000;
  consultationId = exec(
    `INSERT INTO consultations (cluster_id, slug, title_en, title_fr, intro_en, intro_fr, opens_at, closes_at, state)
     VALUES (2, 'cluster-2', 'Cluster 2: prevention and protection', 'Groupe 2 : prévention et protection',
             'Your views on the Cluster 2 questions.', 'Votre avis sur les questions du groupe 2.', ?, ?, 'draft')`,
    Date.now() - day,
    Date.now() + 30 * day,
  );
  exec(`INSERT INTO users (email, name, role, language) VALUES (?, 'Inès Importer', 'admin', 'en')`, adminEmail);
  const org = exec(
    `INSERT INTO organizations (name, name_key, type, region, mandate) VALUES ('Prairie Rights Network', 'prairie rights network', 'ngo', 'MB', 'We defend migrants.')`,
  );
  exec(`INSERT INTO users (email, name, role, organization_id, language) VALUES (?, 'Olga Org', 'respondent', ?, 'en')`, orgEmail, org);
});

/** Pages that can download (the CSV template). */
const newPage = () => j.newPage({ acceptDownloads: true });
const signIn = j.signIn;

describe("a consultation team authors its questionnaire", () => {
  let admin: Page;
  let org: Page;
  const base = () => `${j.server.url}/en/admin/consultations/${consultationId}/questions`;

  it("imports the template, with one error listed and fixed", async () => {
    admin = await newPage();
    await signIn(admin, adminEmail, "**/en/admin/queue");
    await admin.goto(base());
    expect(await admin.locator("h1").textContent()).toBe(en.questionnaire.title("Cluster 2: prevention and protection"));
    await expectAccessible(admin, "questionnaire-list-empty-en");

    await admin.getByRole("link", { name: en.questionnaire.importQuestions }).click();
    await admin.waitForURL("**/questions/import");
    await expectAccessible(admin, "questionnaire-import-en");
    const download = admin.waitForEvent("download");
    await admin.getByRole("link", { name: en.questionnaire.template }).click();
    const template = await (await download).createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    });
    expect(template.startsWith("\uFEFF")).toBe(true);

    // The French question was left empty: the import lists it and changes nothing.
    await admin
      .getByLabel(en.questionnaire.importFile)
      .setInputFiles({ name: "cluster2.csv", mimeType: "text/csv", buffer: Buffer.from(withSecondQuestion(template, { prompt_fr: "" })) });
    await admin.getByRole("button", { name: en.questionnaire.importSubmit }).click();
    const problems = admin.locator(".error-summary");
    await expect.poll(() => problems.textContent()).toContain(en.questionnaire.importErrorsTitle(1));
    expect(await problems.textContent()).toContain(
      `${en.questionnaire.problemWhere(3, "prompt_fr")} ${en.questionnaire.problemCodes.required}`,
    );
    expect(query("SELECT id FROM questions WHERE consultation_id = ?", consultationId)).toHaveLength(0);
    await expectAccessible(admin, "questionnaire-import-errors-en");

    // Fixed, and sent again by keyboard.
    await admin.getByLabel(en.questionnaire.importFile).setInputFiles({
      name: "cluster2.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(withSecondQuestion(template)),
    });
    await admin.getByRole("button", { name: en.questionnaire.importSubmit }).focus();
    await admin.keyboard.press("Enter");
    await expect.poll(() => admin.locator(".banner, [role=status]").first().textContent()).toContain(en.questionnaire.importDone(2, 0, 0));
    expect(query("SELECT number FROM questions WHERE consultation_id = ? ORDER BY number", consultationId)).toEqual([
      { number: 1 },
      { number: 2 },
    ]);
  });

  it("edits a question, with errors tied to their fields, in English and in French", async () => {
    await admin.goto(base());
    await admin.getByRole("link", { name: /privacy and identity/ }).click();
    await admin.waitForURL(/questions\/\d+$/);
    await expectAccessible(admin, "questionnaire-edit-en");
    await admin.getByLabel(en.questionnaire.fields.promptFr).fill("");
    await admin.getByRole("button", { name: en.questionnaire.save }).click();
    const summary = admin.locator(".error-summary");
    await expect.poll(() => summary.textContent()).toContain(en.questionnaire.fields.promptFr);
    await expectAccessible(admin, "questionnaire-edit-error-en");
    await admin.getByLabel(en.questionnaire.fields.promptFr).fill("Le Canada protège-t-il l’identité des victimes de la traite ?");
    await admin
      .getByLabel(en.questionnaire.fields.guidanceEn)
      .fill("Think of court proceedings and publication bans.\n\nSee https://laws-lois.justice.gc.ca.");
    await admin.getByRole("button", { name: en.questionnaire.save }).click();
    await expect.poll(() => admin.locator("body").textContent()).toContain(en.questionnaire.saved);

    await admin.goto(admin.url().replace("/en/", "/fr/"));
    expect(await admin.locator("h1").textContent()).toBe(fr.questionnaire.editTitle(2));
    await expectAccessible(admin, "questionnaire-edit-fr");
    await admin.goto(`${j.server.url}/fr/admin/consultations/${consultationId}/questions`);
    await expectAccessible(admin, "questionnaire-list-fr");
    await admin.goto(`${j.server.url}/fr/admin/consultations/${consultationId}/questions/import`);
    await expectAccessible(admin, "questionnaire-import-fr");
    await admin.goto(`${j.server.url}/en/admin/consultations/${consultationId}/questions/new`);
    await expectAccessible(admin, "questionnaire-new-en");
    await admin.goto(`${j.server.url}/fr/admin/consultations/${consultationId}/questions/new`);
    await expectAccessible(admin, "questionnaire-new-fr");
  });

  it("previews the whole questionnaire as respondents will see it, in both languages", async () => {
    await admin.goto(base());
    await admin.getByRole("link", { name: en.questionnaire.preview }).click();
    await admin.waitForURL("**/questions/preview");
    // The address changes before the new page has rendered: wait for its content.
    await expect
      .poll(() => admin.locator("h2.question-prompt").allTextContents())
      .toEqual([
        "Does Canadian law make it a crime to take part in the activities of an organized criminal group?",
        "Does Canada protect the privacy and identity of victims of trafficking in persons?",
      ]);
    expect(await admin.getByRole("link", { name: "https://laws-lois.justice.gc.ca" }).count()).toBeGreaterThan(0);
    await expectAccessible(admin, "questionnaire-preview-en");
    await admin.getByRole("link", { name: en.questionnaire.previewOther }).click();
    await admin.waitForURL("**/fr/admin/consultations/*/questions/preview");
    await expect
      .poll(() => admin.locator("h2.question-prompt").nth(1).textContent())
      .toBe("Le Canada protège-t-il l’identité des victimes de la traite ?");
    await expectAccessible(admin, "questionnaire-preview-fr");
  });

  it("lets an organization answer once the consultation is published", async () => {
    // Publishing is the consultation side's action; here the row is set directly.
    exec("UPDATE consultations SET state = 'published' WHERE id = ?", consultationId);
    org = await newPage();
    await signIn(org, orgEmail, "**/en/account");
    await org.goto(`${j.server.url}/en/respond/2/questions/1`);
    await org.getByLabel(en.closedAnswers.partly).check();
    await org.getByLabel(en.respond.explanation).fill("Participation is an offence, but prosecutions remain rare in our province.");
    // The template's example asks for the Canadian law or provision.
    await org.getByLabel(en.questionnaire.citationLabel).fill("Criminal Code, s. 467.11");
    await org.getByRole("button", { name: en.respond.saveDraft }).click();
    await expect
      .poll(
        () =>
          query<{ n: number }>(
            "SELECT count(*) AS n FROM responses WHERE text LIKE 'Participation%' AND citation = 'Criminal Code, s. 467.11'",
          )[0]!.n,
      )
      .toBe(1);
  });

  it("changes a question's wording: the organization is emailed and told, and staff still read what it answered", async () => {
    await admin.goto(base());
    await admin.getByRole("link", { name: /organized criminal group/ }).click();
    const newPrompt = "Does Canadian law make it an offence to take part in an organized criminal group, and is it enforced?";
    await admin.getByLabel(en.questionnaire.fields.promptEn).fill(newPrompt);
    await admin.getByRole("button", { name: en.questionnaire.save }).click();
    await expect.poll(() => admin.locator("body").textContent()).toContain(en.questionnaire.savedNewVersion(1));
    await expectAccessible(admin, "questionnaire-edit-new-version-en");
    // The French text waits for review: publishing would be refused with this line.
    await admin.goto(base());
    expect(await admin.locator("#problems-heading + ul").textContent()).toContain(
      en.questionnaire.problemReview(1, en.questionnaire.langName.fr),
    );

    const mail = await j.stub.waitFor((m) => m.to.includes(orgEmail) && m.subject === "Question 1 of the consultation has changed", 15_000);
    expect(mail.text).toContain(newPrompt);

    await org.goto(`${j.server.url}/en/respond/2`);
    expect(await org.locator("body").textContent()).toContain(en.questionnaire.dashboardChanged(1, "1"));
    await org.goto(`${j.server.url}/en/respond/2/questions/1`);
    expect(await org.locator("body").textContent()).toContain(en.questionnaire.changedBanner);

    // Staff read a submitted answer with the wording it replied to.
    const [answer] = query<{ id: number }>("SELECT id FROM responses WHERE text LIKE 'Participation%'");
    exec("UPDATE responses SET state = 'submitted', submitted_at = ? WHERE id = ?", Date.now(), answer!.id);
    await admin.goto(`${j.server.url}/en/admin/answers/${answer!.id}`);
    const section = admin.locator("section[aria-labelledby=question-heading]");
    expect(await section.locator("p").first().textContent()).toBe(
      "Does Canadian law make it a crime to take part in the activities of an organized criminal group?",
    );
    expect(await section.textContent()).toContain(en.questionnaire.answeredVersion(1, 2));
  });
});
