// The consultation team in a real Chromium, without a developer: an admin
// creates the Cluster 2 consultation, fixes what the form refuses, edits it,
// tries to publish it (refused, with the list of French texts missing), adds
// the French and publishes it; then extends the Cluster 1 deadline with a
// reason: the organization that saved a draft is emailed (through the
// outbox, delivered to the Resend stub) and the public page shows the
// notice. axe checks every new page in English and in French, and the
// create form also works with JavaScript off.
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "~/i18n/en";
import { fr } from "~/i18n/fr";
import { journey } from "../support/journey";

const c = en.consultations;
const cf = fr.consultations;
const j = journey({ email: true });
const { query, exec, expectAccessible } = j;
const adminEmail = "cora.consultations@example.org";
const contactEmail = "dana.draft@example.org";

beforeAll(() => {
  const created = j.adminCreate(adminEmail, "Cora Consultations");
  expect(created.status, created.stderr).toBe(0);

  // An organization with a French-speaking contact and a draft answer to the
  // open Cluster 1 consultation: the one who must hear of a new deadline.
  const org = exec(
    "INSERT INTO organizations (name, name_key, type, region, mandate) VALUES ('Drafting Society', 'drafting society', 'ngo', 'QC', 'We draft.')",
  );
  exec(
    "INSERT INTO users (email, name, role, organization_id, language) VALUES (?, 'Dana Draft', 'respondent', ?, 'fr')",
    contactEmail,
    org,
  );
  const [question] = query<{ id: number }>(
    "SELECT q.id FROM questions q JOIN consultations c ON c.id = q.consultation_id WHERE c.cluster_id = 1 ORDER BY q.number LIMIT 1",
  );
  exec(
    "INSERT INTO responses (organization_id, question_id, text, language, state, version, updated_at) VALUES (?, ?, 'Notre ébauche.', 'fr', 'draft', 1, ?)",
    org,
    question!.id,
    Date.now(),
  );
});

/** The admin, signed in a browser context of its own (JavaScript on or off). */
async function signedIn(options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const page = await j.newPage(options);
  await j.signIn(page, adminEmail, "**/en/admin/queue");
  return { context: page.context(), page };
}

describe("a consultation team publishes a consultation and changes a deadline", () => {
  let admin: Page;
  let cluster2: number;

  it("creates the Cluster 2 consultation as a draft, after fixing what the form refused", async () => {
    admin = (await signedIn()).page;
    await admin.getByRole("navigation", { name: en.admin.nav }).getByRole("link", { name: c.nav, exact: true }).click();
    await admin.waitForURL("**/en/admin/consultations");
    await expectAccessible(admin, "consultations_en_list");

    await admin.getByRole("link", { name: c.create }).click();
    await admin.waitForURL("**/en/admin/consultations/new");
    await expectAccessible(admin, "consultations_en_new");

    await admin.getByLabel(c.fields.titleEn).fill("Cluster 2 consultation: international cooperation");
    await admin.getByLabel(c.fields.opensDate).fill("2027-03-01");
    await admin.getByLabel(c.fields.opensTime).fill("09:00");
    await admin.getByLabel(c.fields.closesDate).fill("2027-02-01");
    await admin.getByLabel(c.fields.closesTime).fill("23:59");
    await admin.getByRole("button", { name: c.saveDraft }).click();
    const summary = admin.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain(`${c.fields.clusterId} — ${c.errors.cluster}`);
    expect(await summary.textContent()).toContain(`${c.fields.closesDate} — ${c.errors.closesBeforeOpens}`);
    // Nothing typed is lost.
    expect(await admin.getByLabel(c.fields.titleEn).inputValue()).toBe("Cluster 2 consultation: international cooperation");
    await expectAccessible(admin, "consultations_en_new_errors");

    await admin.getByLabel(c.fields.clusterId).selectOption("2");
    await admin.getByLabel(c.fields.closesDate).fill("2027-06-30");
    await admin.getByLabel(c.fields.introEn).fill("Tell us how international cooperation works in practice.");
    await admin.getByRole("button", { name: c.saveDraft }).click();
    await admin.waitForURL(/\/en\/admin\/consultations\/\d+\?created=1/);
    cluster2 = Number(/consultations\/(\d+)/.exec(admin.url())![1]);
    await admin.locator(".banner--success", { hasText: c.created }).waitFor();
    await expectAccessible(admin, "consultations_en_edit");
  });

  it("keeps the draft off the public pages", async () => {
    const visitor = await (await j.browser.newContext()).newPage();
    await visitor.goto(`${j.server.url}/en/clusters/2`);
    await visitor.getByRole("heading", { level: 1 }).waitFor();
    expect(await visitor.getByText("Tell us how international cooperation works in practice.").count()).toBe(0);
    await visitor.close();
  });

  it("edits it, is refused publication with the list of French texts missing, then publishes it", async () => {
    await admin.getByLabel(c.fields.titleEn).fill("Cluster 2 consultation: prevention and international cooperation");
    await admin.getByRole("button", { name: c.saveDraft }).click();
    await admin.locator(".banner--success", { hasText: c.saved }).waitFor();

    await admin.getByRole("button", { name: c.publish }).click();
    const refused = admin.locator(".error-summary", { hasText: c.publishRefused });
    await refused.waitFor();
    expect(await refused.getByRole("link").allTextContents()).toEqual([
      c.problems.missingFr(c.fields.titleFr),
      c.problems.missingFr(c.fields.introFr),
    ]);
    expect(await refused.getByRole("link", { name: c.problems.missingFr(c.fields.titleFr) }).getAttribute("href")).toBe("#field-titleFr");
    await expectAccessible(admin, "consultations_en_publish_refused");
    // The questionnaire is empty, which stops publishing too (it has no field to link to).
    expect(await refused.textContent()).toContain(en.questionnaire.problemNoQuestions);
    expect(query<{ state: string }>("SELECT state FROM consultations WHERE id = ?", cluster2)[0]!.state).toBe("draft");
    // Its questions are the question editor's business (tests/browser/questionnaire.test.ts): one is put in directly.
    exec(
      `INSERT INTO questions (consultation_id, key, instrument_id, article, article_title_en, article_title_fr, number, prompt_en, prompt_fr, guidance_en, guidance_fr, answer_type, word_limit)
         SELECT ?, 'c2-q1', instrument_id, article, article_title_en, article_title_fr, 1, prompt_en, prompt_fr, guidance_en, guidance_fr, answer_type, word_limit
         FROM questions WHERE consultation_id = (SELECT id FROM consultations WHERE cluster_id = 1 ORDER BY id LIMIT 1) AND number = 1`,
      cluster2,
    );

    await admin.getByLabel(c.fields.titleFr).fill("Consultation sur le groupe thématique 2 : prévention et coopération internationale");
    await admin.getByLabel(c.fields.introFr).fill("Dites-nous comment la coopération internationale fonctionne en pratique.");
    await admin.getByRole("button", { name: c.saveDraft }).click();
    await admin.locator(".banner--success", { hasText: c.saved }).waitFor();
    await admin.getByRole("button", { name: c.publish }).click();
    await admin.locator(".banner--success", { hasText: c.published }).waitFor();
    expect(query<{ state: string }>("SELECT state FROM consultations WHERE id = ?", cluster2)[0]!.state).toBe("published");

    const visitor = await (await j.browser.newContext()).newPage();
    await visitor.goto(`${j.server.url}/fr/clusters/2`);
    await visitor.getByText("Dites-nous comment la coopération internationale fonctionne en pratique.").waitFor();
    await visitor.close();
  });

  it("extends the Cluster 1 deadline with a reason: the organization is emailed in French and the public page says so", async () => {
    const [cluster1] = query<{ id: number }>("SELECT id FROM consultations WHERE cluster_id = 1");
    await admin.goto(`${j.server.url}/en/admin/consultations/${cluster1!.id}`);
    await admin.getByRole("link", { name: c.changeDeadline }).click();
    await admin.waitForURL(`**/en/admin/consultations/${cluster1!.id}/deadline`);
    await admin.getByText(c.willEmail(1)).waitFor();
    await expectAccessible(admin, "consultations_en_deadline");

    await admin.getByRole("group", { name: c.kind }).getByLabel(c.kinds.extend).check();
    await admin.getByLabel(c.fields.closesDate).fill("2099-01-31");
    await admin.getByLabel(c.fields.closesTime).fill("23:59");
    await admin.getByLabel(c.reasonEn).fill("Organizations asked for more time.");
    await admin.getByRole("button", { name: c.submitDeadline }).click();
    await admin.locator(".error-summary", { hasText: c.reasonFr }).waitFor();
    expect(await admin.getByLabel(c.reasonEn).inputValue()).toBe("Organizations asked for more time.");
    await expectAccessible(admin, "consultations_en_deadline_errors");

    await admin.getByLabel(c.reasonFr).fill("Les organismes ont demandé plus de temps.");
    await admin.getByRole("button", { name: c.submitDeadline }).click();
    await admin.locator(".banner--success", { hasText: c.deadlineChanged(1) }).waitFor();

    const queued = query<{ language: string; subject: string }>(
      "SELECT language, subject FROM email_outbox WHERE kind = 'deadline-changed' AND to_address = ?",
      contactEmail,
    );
    expect(queued).toHaveLength(1);
    expect(queued[0]!.language).toBe("fr");
    const delivered = await j.stub.waitFor(
      (m) => m.to.includes(contactEmail) && m.text.includes("Les organismes ont demandé plus de temps."),
      15_000,
    );
    expect(delivered.subject).toContain("La date limite");

    const visitor = await (await j.browser.newContext()).newPage();
    await visitor.goto(`${j.server.url}/fr/clusters/1`);
    const notice = visitor.locator("section", { has: visitor.getByRole("heading", { name: cf.notice.title }) });
    await notice.waitFor();
    expect(await notice.textContent()).toContain("Les organismes ont demandé plus de temps.");
    await visitor.goto(`${j.server.url}/en/clusters/1`);
    await visitor.getByText("Organizations asked for more time.").waitFor();
    j.scriptErrors.length = 0;
    visitor.on("pageerror", (error) => j.scriptErrors.push(`${visitor.url()}: ${error.message}`));
    await expectAccessible(visitor, "consultations_en_public_notice");
    await visitor.close();
  });

  it("passes axe on every new page in French, the instruments page included", async () => {
    const [cluster1] = query<{ id: number }>("SELECT id FROM consultations WHERE cluster_id = 1");
    for (const [pathname, name] of [
      ["/fr/admin/consultations", "list"],
      ["/fr/admin/consultations/new", "new"],
      [`/fr/admin/consultations/${cluster2}`, "edit"],
      [`/fr/admin/consultations/${cluster1!.id}/deadline`, "deadline"],
      ["/fr/admin/consultations/instruments", "instruments"],
      ["/fr/clusters/1", "public_notice"],
    ] as const) {
      await admin.goto(`${j.server.url}${pathname}`);
      await expectAccessible(admin, `consultations_fr_${name}`);
    }
    await admin.goto(`${j.server.url}/fr/admin/consultations/new`);
    await admin.getByRole("button", { name: cf.saveDraft }).click();
    const summary = admin.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain(`${cf.fields.titleEn} — ${cf.errors.titleOne}`);
    await expectAccessible(admin, "consultations_fr_new_errors");
    await admin.goto(`${j.server.url}/en/admin/consultations/instruments`);
    await expectAccessible(admin, "consultations_en_instruments");
  });

  it("works without JavaScript: the refused form comes back from the server with its summary and what was typed", async () => {
    const { context, page } = await signedIn({ javaScriptEnabled: false });
    await page.goto(`${j.server.url}/en/admin/consultations/new`);
    await page.getByLabel(c.fields.titleEn).fill("Typed without JavaScript");
    await page.getByRole("button", { name: c.saveDraft }).click();
    await page.locator(".error-summary").waitFor();
    expect(await page.getByLabel(c.fields.titleEn).inputValue()).toBe("Typed without JavaScript");
    await context.close();
  });
});
