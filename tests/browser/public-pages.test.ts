// Every public page, in both languages, in a real Chromium: it loads, has the
// right <html lang>, links to its counterpart, passes axe (WCAG 2.1 AA), and
// shows its content with JavaScript off. Screenshots go to test-results/.
import { describe, expect, it } from "vitest";
import { axeViolations, screenshot } from "../support/browser";
import { journey } from "../support/journey";

const j = journey();

/** The public pages of one language, found by following the site's own links. */
async function publicPaths(lang: "en" | "fr"): Promise<string[]> {
  const paths = [`/${lang}`, `/${lang}/privacy`, `/${lang}/accessibility`];
  for (const cluster of [1, 2, 3, 4]) paths.push(`/${lang}/clusters/${cluster}`);
  const html = await (await fetch(`${j.server.url}/${lang}/clusters/1`)).text();
  const questions = [...html.matchAll(new RegExp(`href="(/${lang}/clusters/1/questions/\\d+)"`, "g"))].map((m) => m[1]!);
  expect(questions.length).toBeGreaterThanOrEqual(14);
  return [...paths, ...new Set(questions)];
}

describe.each(["en", "fr"] as const)("public pages in %s", (lang) => {
  it("every page passes axe, has lang and a counterpart link", async () => {
    const context = await j.browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of await publicPaths(lang)) {
      const response = await page.goto(`${j.server.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.getAttribute("html", "lang"), path).toBe(lang);
      const other = lang === "en" ? "fr" : "en";
      const toggle = page.locator(`header a[hreflang="${other}"]`);
      expect(await toggle.getAttribute("href"), path).toBe(path.replace(`/${lang}`, `/${other}`));
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${path}:\n  ${violations.join("\n  ")}`);
      await screenshot(page, `${lang}${path.replaceAll("/", "_")}`);
    }
    await context.close();
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("the 404 page is friendly, in the right language, and passes axe", async () => {
    const context = await j.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${j.server.url}/${lang}/no-such-page`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    await expect(page.locator("h1").textContent()).resolves.toBe(
      lang === "en" ? "We couldn't find that page" : "Nous ne trouvons pas cette page",
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${lang}_404`);
    await context.close();
  });
});

describe("reading without JavaScript, by keyboard, on a phone", () => {
  it("shows the questions with JavaScript turned off", async () => {
    const context = await j.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${j.server.url}/fr/clusters/1`);
    expect(await page.locator("h1").textContent()).toBe("Incrimination et compétence");
    expect(await page.locator(".question-list li").count()).toBeGreaterThanOrEqual(14);
    await page.locator(".question-list a").first().click();
    await page.waitForURL(/\/fr\/clusters\/1\/questions\/1$/);
    expect(await page.locator("h2#guidance-heading").textContent()).toBe("Conseils pour répondre");
    await context.close();
  });

  it("starts with a skip link that moves focus to the content", async () => {
    const context = await j.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${j.server.url}/en`);
    await page.keyboard.press("Tab");
    const skip = page.locator(":focus");
    expect(await skip.textContent()).toBe("Skip to main content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => location.hash)).toBe("#main");
    await context.close();
  });

  it("marks the Firearms Protocol questions as outside Canada's self-assessment", async () => {
    const context = await j.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${j.server.url}/en/clusters/1`);
    const firearms = page.locator("section#instrument-firearms, section[aria-labelledby='instrument-firearms']");
    expect(await firearms.getByText("Canada is not a party to this Protocol").count()).toBe(1);
    await context.close();
  });

  it("fits a phone screen without sideways scrolling", async () => {
    const context = await j.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of ["/en", "/fr/clusters/1", "/fr/clusters/1/questions/1"]) {
      await page.goto(`${j.server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await screenshot(page, `phone${path.replaceAll("/", "_")}`);
    }
    await context.close();
  });

  it("sends / to the visitor's preferred language", async () => {
    const context = await j.browser.newContext({ locale: "fr-CA" });
    const page = await context.newPage();
    await page.goto(j.server.url);
    expect(new URL(page.url()).pathname).toBe("/fr");
    await context.close();
  });
});
