// Issue 12's whole journey in one real Chromium, both halves joined: the
// consultation team creates the Cluster 2 consultation through the admin
// pages, fills in the downloaded CSV template, fixes the one error the import
// lists, edits a question, previews in English and French and publishes with
// dates that make it open now; an organization working in French registers
// and answers; the admin rewords the answered question (the organization is
// emailed and told on its pages, staff still read the wording it answered)
// and extends the deadline with a reason in both languages (the email goes
// out through the outbox to the Resend stub, the public page shows the
// notice). axe checks every page the journey visits.
// tests/browser/consultations.test.ts and questionnaire.test.ts test each
// half on its own, with their error cases; this file tests the seams.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "~/i18n/en";
import { fr } from "~/i18n/fr";
import { toEastern } from "~/models/consultations/eastern-time";
import { journey } from "../support/journey";
import { withSecondQuestion } from "../support/questionnaire-template";

const c = en.consultations;
const cf = fr.consultations;
const q = en.questionnaire;
const qf = fr.questionnaire;
const day = 24 * 3600_000;

const j = journey({ email: true });
const { query } = j;
const adminEmail = "paula.publisher@example.org";
const orgEmail = `francine.${Date.now().toString(36)}@example.org`;
const orgName = "Réseau des droits des Prairies";

const titleEn = "Cluster 2: prevention and protection";
const titleFr = "Groupe 2 : prévention et protection";
// The template's example row, kept as question 1.
const firstPrompt = "Does Canadian law make it a crime to take part in the activities of an organized criminal group?";
const firstPromptFr = "Le droit canadien érige-t-il en infraction la participation aux activités d’un groupe criminel organisé ?";
const answerText = "La participation est une infraction, mais les poursuites restent rares dans notre province.";
const reasonEn = "Organizations asked for more time to consult their members.";
const reasonFr = "Les organismes ont demandé plus de temps pour consulter leurs membres.";

beforeAll(() => {
  // The one row no page can make: the first admin (scripts/admin-create.ts does the same).
  j.exec("INSERT INTO users (email, name, role, language) VALUES (?, 'Paula Publisher', 'admin', 'en')", adminEmail);
});

/** Pages that can download (the CSV template). */
const newPage = () => j.newPage({ acceptDownloads: true });
const expectAccessible = (page: Page, name: string) => j.expectAccessible(page, `publish_${name}`);

/** The sign-in link from the latest email to `email`, sent after `since`. */
async function signInLink(email: string, since: number): Promise<string> {
  const mail = await j.stub.waitFor(
    (m) => m.to.includes(email) && /sign-in\/verify/.test(m.text) && m.receivedAt.getTime() >= since,
    15_000,
  );
  return /https?:\/\/\S+\/sign-in\/verify\?token=[\w-]+/.exec(mail.text)![0];
}

describe("a consultation team publishes the Cluster 2 questionnaire, an organization answers, the team changes it", () => {
  let admin: Page;
  let org: Page;
  let consultationId: number;
  const questions = () => `${j.server.url}/en/admin/consultations/${consultationId}/questions`;

  it("creates the Cluster 2 consultation through the admin pages, open since yesterday", { timeout: 180_000 }, async () => {
    admin = await newPage();
    await admin.goto(`${j.server.url}/en/sign-in`);
    await admin.getByLabel(en.signIn.email).fill(adminEmail);
    const since = Date.now();
    await admin.getByRole("button", { name: en.signIn.submit }).click();
    await admin.waitForURL("**/en/sign-in/sent");
    await admin.goto(await signInLink(adminEmail, since));
    await admin.getByRole("button", { name: en.signIn.verifyButton }).click();
    await admin.waitForURL("**/en/admin/queue");

    await admin.getByRole("navigation", { name: en.admin.nav }).getByRole("link", { name: c.nav, exact: true }).click();
    await admin.waitForURL("**/en/admin/consultations");
    await expectAccessible(admin, "consultations_en");
    await admin.getByRole("link", { name: c.create }).click();
    await admin.waitForURL("**/en/admin/consultations/new");
    await expectAccessible(admin, "new_en");

    // Dates are typed in Eastern time, as the team announces them.
    const opens = toEastern(new Date(Date.now() - day));
    const closes = toEastern(new Date(Date.now() + 30 * day));
    await admin.getByLabel(c.fields.clusterId).selectOption("2");
    await admin.getByLabel(c.fields.titleEn).fill(titleEn);
    await admin.getByLabel(c.fields.titleFr).fill(titleFr);
    await admin.getByLabel(c.fields.introEn).fill("Your views on the Cluster 2 questions.");
    await admin.getByLabel(c.fields.introFr).fill("Votre avis sur les questions du groupe 2.");
    await admin.getByLabel(c.fields.opensDate).fill(opens.date);
    await admin.getByLabel(c.fields.opensTime).fill("09:00");
    await admin.getByLabel(c.fields.closesDate).fill(closes.date);
    await admin.getByLabel(c.fields.closesTime).fill("23:59");
    await admin.getByRole("button", { name: c.saveDraft }).click();
    await admin.waitForURL(/\/en\/admin\/consultations\/\d+\?created=1/);
    consultationId = Number(/consultations\/(\d+)/.exec(admin.url())![1]);
    await admin.locator(".banner--success", { hasText: c.created }).waitFor();
    await expectAccessible(admin, "edit_en");
  });

  it("imports its questions from the filled-in template, after fixing the one error the import lists", { timeout: 180_000 }, async () => {
    // From the consultation's own page, where the team just saved it.
    await admin.getByRole("link", { name: c.questionsLink }).click();
    await admin.waitForURL(questions());
    await admin.getByRole("heading", { level: 1, name: q.title(titleEn) }).waitFor();
    await expectAccessible(admin, "questions_empty_en");

    await admin.getByRole("link", { name: q.importQuestions }).click();
    await admin.waitForURL("**/questions/import");
    await expectAccessible(admin, "import_en");
    const download = admin.waitForEvent("download");
    await admin.getByRole("link", { name: q.template }).click();
    const template = await (await download).createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    });

    // A word limit typed as words: listed by row and field, and nothing imported.
    await admin.getByLabel(q.importFile).setInputFiles({
      name: "cluster2.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(withSecondQuestion(template, { word_limit: "four hundred" })),
    });
    await admin.getByRole("button", { name: q.importSubmit }).click();
    const problems = admin.locator(".error-summary");
    await expect.poll(() => problems.textContent()).toContain(q.importErrorsTitle(1));
    expect(await problems.textContent()).toContain(`${q.problemWhere(3, "word_limit")} ${q.problemCodes.wordLimit}`);
    expect(query("SELECT id FROM questions WHERE consultation_id = ?", consultationId)).toHaveLength(0);
    await expectAccessible(admin, "import_errors_en");

    await admin
      .getByLabel(q.importFile)
      .setInputFiles({ name: "cluster2.csv", mimeType: "text/csv", buffer: Buffer.from(withSecondQuestion(template)) });
    await admin.getByRole("button", { name: q.importSubmit }).click();
    await expect.poll(() => admin.locator(".banner, [role=status]").first().textContent()).toContain(q.importDone(2, 0, 0));
    await expectAccessible(admin, "import_done_en");
  });

  it("edits a question, previews the questionnaire in English and French, and publishes", { timeout: 180_000 }, async () => {
    await admin.goto(questions());
    await admin.getByRole("link", { name: /privacy and identity/ }).click();
    await admin.waitForURL(/questions\/\d+$/);
    await expectAccessible(admin, "question_edit_en");
    await admin.getByLabel(q.fields.promptFr).fill("Le Canada protège-t-il l’identité des victimes de la traite ?");
    await admin.getByRole("button", { name: q.save }).click();
    await expect.poll(() => admin.locator("body").textContent()).toContain(q.saved);
    await expectAccessible(admin, "question_saved_en");

    await admin.goto(questions());
    expect(await admin.locator("#problems-heading + p").textContent()).toBe(q.problemsNone);
    await expectAccessible(admin, "questions_en");
    await admin.getByRole("link", { name: q.preview }).click();
    await admin.waitForURL("**/questions/preview");
    await admin.getByRole("heading", { level: 1, name: q.previewTitle(titleEn) }).waitFor();
    expect(await admin.locator("h2.question-prompt").allTextContents()).toEqual([
      firstPrompt,
      "Does Canada protect the privacy and identity of victims of trafficking in persons?",
    ]);
    await expectAccessible(admin, "preview_en");
    await admin.getByRole("link", { name: q.previewOther }).click();
    await admin.waitForURL("**/fr/admin/consultations/*/questions/preview");
    await admin.getByRole("heading", { level: 1, name: qf.previewTitle(titleFr) }).waitFor();
    expect(await admin.locator("h2.question-prompt").nth(1).textContent()).toBe(
      "Le Canada protège-t-il l’identité des victimes de la traite ?",
    );
    await expectAccessible(admin, "preview_fr");

    // Published from the consultation's own page, in French this time. The
    // questions list above says nothing blocks it; publishing asks the same
    // questionnaire checks (tests/browser/consultations.test.ts sees a refusal).
    await admin.goto(`${j.server.url}/fr/admin/consultations/${consultationId}`);
    await expectAccessible(admin, "edit_fr");
    await admin.getByRole("button", { name: cf.publish }).click();
    await admin.locator(".banner--success", { hasText: cf.published }).waitFor();
    await expectAccessible(admin, "published_fr");

    // Open now: the public cluster page shows it to a visitor.
    const visitor = await newPage();
    await visitor.goto(`${j.server.url}/fr/clusters/2`);
    await visitor.getByText("Votre avis sur les questions du groupe 2.").waitFor();
    await expectAccessible(visitor, "public_cluster_fr");
    await visitor.context().close();
  });

  it("lets an organization register in French and answer question 1", { timeout: 180_000 }, async () => {
    org = await newPage();
    await org.goto(`${j.server.url}/fr/register`);
    await expectAccessible(org, "register_fr");
    await org.getByLabel(fr.register.organizationName).fill(orgName);
    await org.getByLabel(fr.organizationTypes.ngo).check();
    await org.getByLabel(fr.register.region).selectOption("MB");
    await org.getByLabel(fr.register.mandate).fill("Nous défendons les droits des personnes migrantes.");
    await org.getByLabel(fr.register.contactName).fill("Francine Org");
    await org.getByLabel(fr.register.email, { exact: true }).fill(orgEmail);
    const since = Date.now();
    await org.getByRole("button", { name: fr.register.submit }).click();
    await org.waitForURL("**/fr/sign-in/sent");
    await expectAccessible(org, "sent_fr");
    await org.goto(await signInLink(orgEmail, since));
    await expectAccessible(org, "verify_fr");
    await org.getByRole("button", { name: fr.signIn.verifyButton }).click();
    await org.waitForURL("**/fr/account");
    await expectAccessible(org, "account_fr");

    // The account page offers the new consultation.
    await org.locator('a[href="/fr/respond/2"]').click();
    await org.waitForURL("**/fr/respond/2");
    await expectAccessible(org, "dashboard_fr");
    await org.goto(`${j.server.url}/fr/respond/2/questions/1`);
    await expectAccessible(org, "question_fr");
    await org.getByLabel(fr.closedAnswers.partly, { exact: true }).check();
    await org.getByLabel(fr.respond.explanation).fill(answerText);
    // The template's example question asks for the Canadian law or provision.
    await org.getByLabel(qf.citationLabel).fill("Code criminel, art. 467.11");
    await org.getByRole("button", { name: fr.respond.saveDraft }).click();
    await org.locator(".banner--success").waitFor();
    await expectAccessible(org, "question_saved_fr");

    // Submitted, so that staff can read it (the staff pages never show drafts).
    await org.goto(`${j.server.url}/fr/respond/2/review`);
    await expectAccessible(org, "review_fr");
    await org.getByRole("group", { name: fr.review.publishNameLegend }).getByLabel(fr.review.yes).check();
    await org.getByLabel(fr.review.quoteAnonymous).check();
    await org.getByLabel(fr.review.declaration).check();
    await org.getByRole("button", { name: fr.review.submit }).click();
    await org.waitForURL("**/fr/respond/2/receipt");
    expect((await org.locator(".confirmation__number").textContent())!.trim()).toMatch(/^C2-/);
    await expectAccessible(org, "receipt_fr");
  });

  it(
    "changes question 1's wording: the organization is emailed and told, staff still read what it answered",
    { timeout: 180_000 },
    async () => {
      const newPromptEn = "Does Canadian law make it an offence to take part in an organized criminal group, and is it enforced?";
      const newPromptFr =
        "Le droit canadien fait-il une infraction de la participation à un groupe criminel organisé, et l’applique-t-on ?";
      await admin.goto(questions());
      await admin.getByRole("link", { name: /organized criminal group/ }).click();
      await admin.waitForURL(/questions\/\d+$/);
      await admin.getByLabel(q.fields.promptEn).fill(newPromptEn);
      await admin.getByLabel(q.fields.promptFr).fill(newPromptFr);
      await admin.getByRole("button", { name: q.save }).click();
      await expect.poll(() => admin.locator("body").textContent()).toContain(q.savedNewVersion(1));
      await expectAccessible(admin, "question_new_version_en");

      // The email, in the contact's language, with the new wording.
      const queued = query<{ language: string }>(
        "SELECT language FROM email_outbox WHERE kind = 'question-changed' AND to_address = ?",
        orgEmail,
      );
      expect(queued).toEqual([{ language: "fr" }]);
      const mail = await j.stub.waitFor(
        (m) => m.to.includes(orgEmail) && m.subject === "La question 1 de la consultation a changé",
        15_000,
      );
      expect(mail.text).toContain(newPromptFr);

      // Its pages say so, and show the wording it answered.
      await org.goto(`${j.server.url}/fr/respond/2`);
      await org.getByText(qf.dashboardChanged(1, "1")).waitFor();
      await expectAccessible(org, "dashboard_changed_fr");
      await org.goto(`${j.server.url}/fr/respond/2/questions/1`);
      await org.getByText(qf.changedBanner).waitFor();
      // The question now reads the new wording; the earlier one is a click away.
      expect(await org.locator("body").textContent()).toContain(newPromptFr);
      await org.getByText(qf.changedEarlier).click();
      await org.locator("details.explainer[open]", { hasText: firstPromptFr }).waitFor();
      await expectAccessible(org, "question_changed_fr");

      // Staff read the answer with the wording it replied to (version 1), not the new one.
      const [answer] = query<{ id: number; question_version: number }>(
        "SELECT id, question_version FROM responses WHERE text = ?",
        answerText,
      );
      expect(answer!.question_version).toBe(1);
      await admin.goto(`${j.server.url}/en/admin/answers/${answer!.id}`);
      const section = admin.locator("section[aria-labelledby=question-heading]");
      expect(await section.locator("p").first().textContent()).toBe(firstPrompt);
      expect(await section.textContent()).toContain(q.answeredVersion(1, 2));
      expect(await admin.getByText(answerText).count()).toBeGreaterThan(0);
      await expectAccessible(admin, "staff_answer_en");
    },
  );

  it(
    "extends the deadline with a reason in both languages: the organization is emailed and the public page says so",
    { timeout: 180_000 },
    async () => {
      await admin.goto(`${j.server.url}/fr/admin/consultations/${consultationId}`);
      await admin.getByRole("link", { name: cf.changeDeadline }).click();
      await admin.waitForURL(`**/fr/admin/consultations/${consultationId}/deadline`);
      await admin.getByText(cf.willEmail(1)).waitFor();
      await expectAccessible(admin, "deadline_fr");

      const newDeadline = toEastern(new Date(Date.now() + 60 * day));
      await admin.getByRole("group", { name: cf.kind }).getByLabel(cf.kinds.extend).check();
      await admin.getByLabel(cf.fields.closesDate).fill(newDeadline.date);
      await admin.getByLabel(cf.fields.closesTime).fill("23:59");
      await admin.getByLabel(cf.reasonEn).fill(reasonEn);
      await admin.getByLabel(cf.reasonFr).fill(reasonFr);
      await admin.getByRole("button", { name: cf.submitDeadline }).click();
      await admin.locator(".banner--success", { hasText: cf.deadlineChanged(1) }).waitFor();
      await expectAccessible(admin, "deadline_changed_fr");

      // One email, in French, through the outbox to the provider.
      const queued = query<{ language: string }>(
        "SELECT language FROM email_outbox WHERE kind = 'deadline-changed' AND to_address = ?",
        orgEmail,
      );
      expect(queued).toEqual([{ language: "fr" }]);
      const delivered = await j.stub.waitFor((m) => m.to.includes(orgEmail) && m.text.includes(reasonFr), 15_000);
      expect(delivered.subject).toBe(`La date limite de « ${titleFr} » a changé`);

      // The notice on the public cluster page, in both languages.
      const visitor = await newPage();
      await visitor.goto(`${j.server.url}/fr/clusters/2`);
      const notice = visitor.locator("section", { has: visitor.getByRole("heading", { name: cf.notice.title }) });
      await notice.waitFor();
      expect(await notice.textContent()).toContain(reasonFr);
      await expectAccessible(visitor, "public_notice_fr");
      await visitor.goto(`${j.server.url}/en/clusters/2`);
      const noticeEn = visitor.locator("section", { has: visitor.getByRole("heading", { name: c.notice.title }) });
      await noticeEn.waitFor();
      expect(await noticeEn.textContent()).toContain(reasonEn);
      await expectAccessible(visitor, "public_notice_en");
      await visitor.context().close();
    },
  );
});
