// The email templates: what a respondent receives, in both languages, in both
// the HTML and the plain-text part.
import { describe, expect, it } from "vitest";
import type { Lang } from "~/i18n/lang";
import { formatDateTime } from "~/i18n/format";
import { invitationRequestEmail } from "../../emails/invitation-request";
import { invitationEmail } from "../../emails/invitation";
import { receiptEmail, type ReceiptEmailProps } from "../../emails/receipt";
import { signInEmail } from "../../emails/sign-in";
import { emailStrings } from "~/i18n/emails";

function receipt(lang: Lang, overrides: Partial<ReceiptEmailProps> = {}) {
  return receiptEmail({
    lang,
    organizationName: "Réseau d’aide aux migrants",
    contactName: "Amina Diallo",
    consultationTitle: "Cluster 1 consultation",
    receiptNumber: "C1-7KQ2-M9XD",
    submittedAt: new Date("2027-01-15T15:30:00Z"),
    amended: false,
    closesAt: new Date("2027-01-31T04:59:00Z"),
    dashboardUrl: `https://consultation.example.ca/${lang}/respond/1`,
    answers: [
      {
        number: 1,
        prompt: "Is participation in an organized criminal group an offence?",
        closedAnswer: lang === "en" ? "Yes, in part" : "Oui, en partie",
        text: "First paragraph about section 467.11.\n\nSecond paragraph, after a blank line.",
      },
      { number: 2, prompt: "Are penalties proportionate?", closedAnswer: null, text: "Penalties vary by province & <territory>." },
      { number: 3, prompt: "Anything else?", closedAnswer: "No", text: "" },
    ],
    ...overrides,
  });
}

describe("receipt email", () => {
  for (const lang of ["en", "fr"] as const) {
    it(`carries the receipt number and every answer in HTML and text (${lang})`, () => {
      const email = receipt(lang);
      for (const part of [email.html, email.text]) {
        expect(part).toContain("C1-7KQ2-M9XD");
        expect(part).toContain("First paragraph about section 467.11.");
        expect(part).toContain("Second paragraph, after a blank line.");
        expect(part).toContain("Is participation in an organized criminal group an offence?");
        expect(part).toContain(lang === "en" ? "Yes, in part" : "Oui, en partie");
        expect(part).toContain(emailStrings[lang].receipt.question(3));
        expect(part).toContain(emailStrings[lang].receipt.noText);
        expect(part).toContain(emailStrings[lang].footer);
      }
      expect(email.text).toContain("Penalties vary by province & <territory>.");
      expect(email.html).toContain("Penalties vary by province &amp; &lt;territory&gt;.");
      expect(email.html).toContain(`<html lang="${lang}">`);
    });
  }

  it("keeps paragraph and line breaks: one <p> per paragraph, <br> within, blank lines in text", () => {
    const email = receipt("en", {
      answers: [
        {
          number: 1,
          prompt: "Q",
          closedAnswer: null,
          text: "First paragraph about section 467.11.\r\n\r\nSecond paragraph, after a blank line.\nA line of its own.",
        },
      ],
    });
    expect(email.html).toContain("Second paragraph, after a blank line.<br/>A line of its own.</p>");
    expect(email.html).toMatch(/<p[^>]*>First paragraph about section 467\.11\.<\/p><p[^>]*>Second paragraph/);
    expect(email.text).toContain("First paragraph about section 467.11.\n\nSecond paragraph, after a blank line.");
  });

  it("says when it was received and until when answers can change, in each language's style", () => {
    // Eastern Time: 15:30 UTC is 10:30 in Ottawa; the deadline 04:59 UTC is 23:59 the day before.
    const en = receipt("en");
    expect(en.text).toContain(`Received: ${formatDateTime(new Date("2027-01-15T15:30:00Z"), "en")}`);
    expect(en.text).toMatch(/until January 30, 2027,? at 11:59 p\.m\. ET\./);
    const fr = receipt("fr");
    expect(fr.text).toContain(`Date de réception : ${formatDateTime(new Date("2027-01-15T15:30:00Z"), "fr")}`);
    expect(fr.text).toContain("15 janvier 2027 à 10 h 30 HE");
    expect(fr.text).toContain("jusqu’au 30 janvier 2027 à 23 h 59 HE.");
  });

  it("has a French subject in French, and another subject when the answers were updated", () => {
    expect(receipt("fr").subject).toBe("Nous avons reçu vos réponses (accusé de réception C1-7KQ2-M9XD)");
    expect(receipt("en").subject).toBe("We received your answers (receipt C1-7KQ2-M9XD)");
    expect(receipt("en", { amended: true }).subject).toBe("We received your updated answers (receipt C1-7KQ2-M9XD)");
    expect(receipt("fr", { amended: true }).html).toContain("Nous avons reçu vos réponses modifiées");
  });

  it("escapes what a respondent typed: a <script> is text, not a tag", () => {
    const email = receipt("en", {
      answers: [{ number: 1, prompt: "Q", closedAnswer: null, text: 'Try <script>alert("x")</script> and <img src=x onerror=alert(1)>' }],
    });
    expect(email.html).not.toContain("<script");
    expect(email.html).not.toContain("<img");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(email.text).toContain('<script>alert("x")</script>');
  });
});

describe("sign-in email", () => {
  it("contains the link, says it works once and expires, in both parts", () => {
    const url = "https://consultation.example.ca/en/sign-in/verify?token=abc_DEF-123&next=%2Fen%2Faccount";
    const email = signInEmail({ lang: "en", name: "Amina", url, expiresInMinutes: 15 });
    expect(email.subject).toBe("Your sign-in link");
    expect(email.text).toContain(url);
    expect(email.html).toContain(url.replace(/&/g, "&amp;"));
    for (const part of [email.html, email.text]) {
      expect(part).toContain("expires in 15 minutes");
      expect(part).toContain("ignore");
    }
  });

  it("is in French for a French speaker", () => {
    const email = signInEmail({ lang: "fr", name: "Luc", url: "https://x.example/fr/sign-in/verify?token=t", expiresInMinutes: 15 });
    expect(email.subject).toBe("Votre lien de connexion");
    expect(email.text).toContain("Bonjour Luc,");
    expect(email.text).toContain("expire dans 15 minutes");
    expect(email.html).toContain('<html lang="fr">');
  });
});

describe("invitations", () => {
  it("an invitation names the inviter and organization and links to sign in", () => {
    const email = invitationEmail({
      lang: "fr",
      inviterName: "Amina Diallo",
      organizationName: "Réseau Nord",
      invitationUrl: "https://x.example/fr/sign-in",
    });
    expect(email.subject).toBe("Invitation à répondre au nom de « Réseau Nord »");
    for (const part of [email.html, email.text]) {
      expect(part).toContain("Amina Diallo");
      expect(part).toContain("https://x.example/fr/sign-in");
    }
  });

  it("an invitation request shows who asks, with their address, and the team page", () => {
    const email = invitationRequestEmail({
      lang: "en",
      organizationName: "North Network",
      requesterName: "Léa Roy",
      requesterEmail: "lea.roy@example.org",
      teamUrl: "https://x.example/en/account/team",
    });
    for (const part of [email.html, email.text]) {
      expect(part).toContain("Léa Roy (lea.roy@example.org)");
      expect(part).toContain("https://x.example/en/account/team");
    }
  });
});
