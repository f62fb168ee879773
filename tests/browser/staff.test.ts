// The staff journey in a real Chromium, on the demo consultation's answers:
// the first admin (made by `npm run admin:create`) signs in and invites a
// moderator; the moderator signs in from the invitation, filters, searches
// (an accented word typed without accents), redacts, tags by confirming a
// suggestion and approves in bulk. axe checks every admin page, in English
// and in French.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "~/i18n/en";
import { fr } from "~/i18n/fr";
import { journey } from "../support/journey";

const j = journey({ email: true, env: { DEMO_DATA: "true" } });
const { query, newPage, expectAccessible } = j;
const adminEmail = "ada.admin@example.org";
const moderatorEmail = "moe.moderator@example.org";

/** Staff land on the queue after signing in. */
const signIn = (page: Page, email: string) => j.signIn(page, email, "**/en/admin/queue");

describe("the staff workspace", () => {
  let admin: Page;
  let moderator: Page;

  it("lets the first admin, made by npm run admin:create, sign in and invite a moderator", async () => {
    const created = j.adminCreate(adminEmail, "Ada Admin");
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain(`/en/sign-in`);

    admin = await newPage();
    await signIn(admin, adminEmail);
    await expectAccessible(admin, "staff_en_queue_admin");

    await admin.getByRole("navigation", { name: en.admin.nav }).getByRole("link", { name: en.admin.staff, exact: true }).click();
    await admin.waitForURL("**/en/admin/staff");
    await expectAccessible(admin, "staff_en_staff");
    await admin.getByLabel(en.admin.name, { exact: true }).fill("Moe Moderator");
    await admin.getByLabel(en.admin.email, { exact: true }).fill(moderatorEmail);
    await admin.getByRole("group", { name: en.admin.role }).getByLabel(en.admin.roles.moderator).check();
    await admin.getByRole("button", { name: en.admin.inviteSubmit }).click();
    await admin
      .locator(".banner--success")
      .filter({ hasText: en.admin.invited("Moe Moderator") })
      .waitFor();
    // The banner can show a moment before the revalidated staff list does.
    await admin.getByRole("cell", { name: moderatorEmail }).waitFor();
    expect(await admin.getByRole("cell", { name: moderatorEmail }).count()).toBe(1);
  });

  it("lets the moderator sign in from the invitation", async () => {
    const invitation = await j.stub.waitFor((m) => m.to.includes(moderatorEmail), 15_000);
    const link = /https?:\/\/\S+\/en\/sign-in/.exec(invitation.text)?.[0];
    expect(link, invitation.text).toBeDefined();
    moderator = await newPage();
    await signIn(moderator, moderatorEmail);
    // Moderators do not see the admin-only pages in the menu.
    expect(
      await moderator.getByRole("navigation", { name: en.admin.nav }).getByRole("link", { name: en.admin.staff, exact: true }).count(),
    ).toBe(0);
  });

  it("filters the queue, with counts beside each choice", async () => {
    const [busiest] = query<{ number: number; n: number }>(
      `SELECT q.number, count(*) AS n FROM responses r JOIN questions q ON q.id = r.question_id
       LEFT JOIN moderation m ON m.response_id = r.id
       WHERE r.state = 'submitted' AND coalesce(m.state, 'pending') = 'pending' GROUP BY q.number ORDER BY n DESC, q.number LIMIT 1`,
    );
    await moderator.getByLabel(en.queue.state).selectOption("pending");
    await moderator.getByLabel(en.queue.question, { exact: true }).selectOption(String(busiest!.number));
    await moderator.getByRole("button", { name: en.queue.apply }).click();
    await moderator.waitForURL(/state=pending/);
    await moderator.locator("caption", { hasText: en.queue.caption(busiest!.n) }).waitFor();
    expect(await moderator.locator("tbody tr").count()).toBe(Math.min(busiest!.n, 25));
    const option = moderator.getByLabel(en.queue.question, { exact: true }).locator(`option[value="${busiest!.number}"]`);
    expect(await option.textContent()).toBe(en.queue.withCount(en.queue.questionN(busiest!.number), busiest!.n));
    await expectAccessible(moderator, "staff_en_queue_filtered");
  });

  it("finds a French word typed without its accents, and highlights it", async () => {
    const [accented] = query<{ word: string }>(
      `SELECT 'sécurité' AS word FROM responses WHERE state = 'submitted' AND text LIKE '%sécurité%' LIMIT 1`,
    );
    const word = accented?.word ?? "victimes";
    await moderator.goto(`${j.server.url}/en/admin/queue`);
    await moderator.getByLabel(en.queue.search).fill(word.normalize("NFD").replace(/\p{M}/gu, ""));
    await moderator.getByRole("button", { name: en.queue.apply }).click();
    await moderator.waitForURL(/q=/);
    const marks = await moderator.locator("tbody mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((m) => m.toLowerCase())).toContain(word);
    await expectAccessible(moderator, "staff_en_queue_search");
  });

  it("redacts personal information into the public version", async () => {
    const [target] = query<{ id: number; text: string }>(
      `SELECT r.id, r.text FROM responses r LEFT JOIN moderation m ON m.response_id = r.id
       WHERE r.state = 'submitted' AND r.text GLOB '*[0-9][0-9][0-9]-555-[0-9][0-9][0-9][0-9]*' AND m.redacted_text IS NULL LIMIT 1`,
    );
    expect(target, "the demo data holds an answer with a phone number").toBeDefined();
    const phone = /\d{3}-555-\d{4}/.exec(target!.text)![0];
    await moderator.goto(`${j.server.url}/en/admin/queue?q=555`);
    await moderator.locator(`a[href^="/en/admin/answers/${target!.id}"]`).click();
    await moderator.waitForURL(`**/en/admin/answers/${target!.id}**`);
    await expectAccessible(moderator, "staff_en_answer");
    const box = moderator.getByLabel(en.admin.redactHeading);
    await box.fill((await box.inputValue()).replace(phone, "[removed]"));
    await moderator.getByRole("button", { name: en.admin.redactSubmit }).click();
    await moderator.locator(".banner--success").filter({ hasText: en.admin.redacted }).waitFor();
    expect(await moderator.getByLabel(en.admin.redactHeading).inputValue()).not.toContain(phone);
    // The original stays as submitted, shown to staff only.
    expect(await moderator.locator("#original-heading + p + *, #original-heading ~ p").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(phone)]),
    );
  });

  it("tags an answer by confirming a suggested theme", async () => {
    const candidates = query<{ id: number }>(
      `SELECT r.id FROM responses r LEFT JOIN moderation m ON m.response_id = r.id
       WHERE r.state = 'submitted' AND coalesce(m.state, 'pending') = 'pending'
         AND NOT EXISTS (SELECT 1 FROM response_themes rt WHERE rt.response_id = r.id) ORDER BY r.id LIMIT 15`,
    );
    let confirmed: string | null = null;
    for (const { id } of candidates) {
      await moderator.goto(`${j.server.url}/en/admin/answers/${id}`);
      const suggestion = moderator.locator(".suggestion").first();
      if ((await suggestion.count()) === 0) continue;
      confirmed = (await suggestion.locator("span").first().textContent())!;
      await suggestion.getByRole("button", { name: en.admin.confirm(confirmed) }).click();
      await moderator.locator(".chip", { hasText: confirmed }).waitFor();
      break;
    }
    expect(confirmed, "one of the pending answers has a suggested theme").not.toBeNull();
    await expectAccessible(moderator, "staff_en_answer_tagged");
  });

  it("approves several answers at once", async () => {
    await moderator.goto(`${j.server.url}/en/admin/queue?state=pending&sort=oldest`);
    const before = Number(/\d+/.exec((await moderator.locator("caption").textContent())!)![0]);
    const boxes = moderator.locator('tbody input[type="checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await moderator.getByRole("group", { name: en.queue.bulkAction }).getByLabel(en.queue.bulkApprove).check();
    await moderator.getByRole("button", { name: en.queue.bulkSubmit }).click();
    await moderator
      .locator(".banner--success")
      .filter({ hasText: en.queue.bulkDone(2) })
      .waitFor();
    await moderator.locator("caption", { hasText: en.queue.caption(before - 2) }).waitFor();
    await expectAccessible(moderator, "staff_en_queue_bulk_done");
  });

  it("shows the moderation in the audit log, to admins", async () => {
    await admin.goto(`${j.server.url}/en/admin/audit`);
    await expectAccessible(admin, "staff_en_audit");
    for (const action of ["moderation.approve", "moderation.redact", "theme.confirm-suggestion", "staff.invite"]) {
      expect(await admin.locator("code", { hasText: action }).count(), action).toBeGreaterThan(0);
    }
  });

  it("passes axe on every admin page, in English and in French", async () => {
    const [answer] = query<{ id: number }>("SELECT id FROM responses WHERE state = 'submitted' ORDER BY id LIMIT 1");
    for (const [lang, d] of [
      ["en", en],
      ["fr", fr],
    ] as const) {
      for (const page of ["queue", "campaigns", "themes", "staff", "audit", `answers/${answer!.id}`]) {
        await admin.goto(`${j.server.url}/${lang}/admin/${page}`);
        expect(await admin.locator("html").getAttribute("lang")).toBe(lang);
        expect(await admin.locator("h1").count()).toBe(1);
        await expectAccessible(admin, `staff_${lang}_${page.replace("/", "_")}_all`);
      }
      expect(
        await admin.getByRole("navigation", { name: d.admin.nav }).getByRole("link", { name: d.admin.queue, exact: true }).count(),
      ).toBe(1);
    }
  });
});
