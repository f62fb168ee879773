// The respondent journey in a real Chromium, in English and again in French:
// register → read the sign-in email from a local Resend stub → answer three
// questions (one with JavaScript off, one saved automatically) → submit → the
// receipt email holds the three answers. axe checks every page on the way.
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "~/i18n/en";
import { fr } from "~/i18n/fr";
import { countWords } from "~/lib/words";
import { journey } from "../support/journey";

const j = journey({ email: true });
const { expectAccessible } = j;

describe.each([
  ["en", en],
  ["fr", fr],
] as const)("a respondent in %s", (lang, d) => {
  const stamp = Date.now().toString(36);
  const email = `contact.${lang}.${stamp}@example.org`;
  const answers = {
    1: `${lang} answer one: the definition in s. 467.1 follows the Convention ${stamp}`,
    2: `${lang} answer two, typed with JavaScript off ${stamp}`,
    3: `${lang} answer three, saved automatically ${stamp}`,
  };
  let context: BrowserContext;
  let page: Page;

  it("registers the organization and gets a sign-in link by email", async () => {
    context = await j.browser.newContext();
    page = await context.newPage();
    await page.goto(`${j.server.url}/${lang}/register`);
    await expectAccessible(page, `journey_${lang}_register`);

    // A first try with a mistake: the summary says so and nothing typed is lost.
    await page.getByLabel(d.register.organizationName).fill(`Coalition ${lang} ${stamp}`);
    await page.getByRole("button", { name: d.register.submit }).click();
    await expect(page.locator(".error-summary").textContent()).resolves.toContain(d.formErrors.required);
    expect(await page.getByLabel(d.register.organizationName).inputValue()).toBe(`Coalition ${lang} ${stamp}`);
    await expectAccessible(page, `journey_${lang}_register_errors`);

    await page.getByLabel(d.organizationTypes.ngo).check();
    await page.getByLabel(d.register.region).selectOption("ON");
    await page.getByLabel(d.register.mandate).fill("We support people affected by trafficking.");
    await page.getByLabel(d.register.contactName).fill("Alex Martin");
    await page.getByLabel(d.register.email, { exact: true }).fill(email);
    await page.getByRole("button", { name: d.register.submit }).click();
    await page.waitForURL(`**/${lang}/sign-in/sent`);
    // The address changes before the new page has rendered: wait for its heading.
    await expect.poll(() => page.locator("h1").textContent()).toBe(d.signIn.sentTitle);
    await expectAccessible(page, `journey_${lang}_sent`);

    const mail = await j.stub.waitFor((m) => m.to.includes(email), 15_000);
    const link = /https?:\/\/\S+\/sign-in\/verify\?token=[\w-]+/.exec(mail.text)?.[0];
    expect(link, mail.text).toBeDefined();
    await page.goto(link!);
    await expectAccessible(page, `journey_${lang}_verify`);
    await page.getByRole("button", { name: d.signIn.verifyButton }).click();
    await page.waitForURL(`**/${lang}/account`);
    await expectAccessible(page, `journey_${lang}_account`);
  });

  it("answers question 1 and saves the draft", async () => {
    await page.goto(`${j.server.url}/${lang}/respond/1`);
    await expectAccessible(page, `journey_${lang}_dashboard`);
    await page.goto(`${j.server.url}/${lang}/respond/1/questions/1`);
    await page.getByLabel(d.closedAnswers.partly, { exact: true }).check();
    await page.getByLabel(d.respond.explanation).fill(answers[1]);
    // The live count follows the typing (JavaScript on).
    await expect(page.locator(".word-count").textContent()).resolves.toMatch(new RegExp(`^${countWords(answers[1])} `));
    await page.getByRole("button", { name: d.respond.saveDraft }).click();
    await page.locator(".banner--success").waitFor();
    await expectAccessible(page, `journey_${lang}_question_saved`);
  });

  it("answers question 2 with JavaScript turned off", async () => {
    const noScript = await j.browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
    const plain = await noScript.newPage();
    await plain.goto(`${j.server.url}/${lang}/respond/1/questions/2`);
    await plain.getByLabel(d.closedAnswers.yes, { exact: true }).check();
    await plain.getByLabel(d.respond.explanation).fill(answers[2]);
    await plain.getByRole("button", { name: d.respond.saveDraft }).click();
    await plain.locator(".banner--success").waitFor();
    expect(await plain.getByLabel(d.respond.explanation).inputValue()).toBe(answers[2]);
    await noScript.close();
  });

  it("answers question 3 and it saves itself", async () => {
    await page.goto(`${j.server.url}/${lang}/respond/1/questions/3`);
    await page.getByLabel(d.respond.explanationOpen).fill(answers[3]);
    await page
      .locator(".autosave-status")
      .filter({ hasText: d.respond.autosaved("").slice(0, 10) })
      .waitFor({ timeout: 15_000 });
    await page.reload();
    expect(await page.getByLabel(d.respond.explanationOpen).inputValue()).toBe(answers[3]);
  });

  it("submits with the declaration and gets a receipt with the three answers", async () => {
    await page.goto(`${j.server.url}/${lang}/respond/1/review`);
    await expectAccessible(page, `journey_${lang}_review`);
    for (const text of Object.values(answers)) expect(await page.getByText(text).count()).toBe(1);
    await page.getByRole("group", { name: d.review.publishNameLegend }).getByLabel(d.review.yes).check();
    await page.getByLabel(d.review.quoteAnonymous).check();
    await page.getByLabel(d.review.declaration).check();
    await page.getByRole("button", { name: d.review.submit }).click();
    await page.waitForURL(`**/${lang}/respond/1/receipt`);
    const receiptNumber = (await page.locator(".confirmation__number").textContent())!.trim();
    expect(receiptNumber).toMatch(/^C1-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await expectAccessible(page, `journey_${lang}_receipt`);

    const receipt = await j.stub.waitFor((m) => m.to.includes(email) && m.text.includes(receiptNumber), 15_000);
    for (const text of Object.values(answers)) {
      expect(receipt.text).toContain(text);
      expect(receipt.html).toContain(text);
    }
    await context.close();
  });
});
