// The report as a reader meets it, from a hand-built document: contents,
// charts with their tables, quotes attributed only with consent, staff
// Markdown neutralised, the Firearms Protocol marked, both languages.
import { createRemixStub } from "@remix-run/testing";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ReportView } from "~/components/report/ReportView";
import type { Lang } from "~/i18n/lang";
import { renderReportMarkdown } from "~/models/report/markdown.server";
import type { ReportDocument, ReportQuestion } from "~/models/report/types";

function question(overrides: Partial<ReportQuestion> & Pick<ReportQuestion, "number">): ReportQuestion {
  return {
    key: `q${overrides.number}`,
    instrument: { id: "untoc", shortName: { en: "The Convention", fr: "La Convention" }, countryIsParty: true },
    article: "5",
    articleTitle: { en: "Participation in an organized criminal group", fr: "Participation à un groupe criminel organisé" },
    prompt: { en: "Is participation a criminal offence?", fr: "La participation est-elle une infraction?" },
    answerType: "open",
    figures: { respondingOrganizations: 0, byType: {}, byRegion: {}, closed: null, themes: [], campaigns: [], distinctArguments: 0 },
    summary: { en: "", fr: "" },
    keyPoints: { en: [], fr: [] },
    quotes: [],
    ...overrides,
  };
}

const doc: ReportDocument = {
  consultation: {
    clusterId: 1,
    slug: "cluster-1",
    title: { en: "Criminalization and jurisdiction", fr: "Incrimination et compétence" },
    opensAt: "2027-01-10T14:00:00.000Z",
    closesAt: "2027-02-28T04:59:00.000Z",
  },
  version: 2,
  publishedAt: "2027-03-17T15:00:00.000Z",
  generatedAt: "2027-03-17T14:55:00.000Z",
  intro: { en: "This report summarizes **what organizations said**.", fr: "Ce rapport résume **ce que les organismes ont dit**." },
  acknowledgements: { en: "Thank you to every organization.", fr: "Merci à tous les organismes." },
  figures: {
    organizations: 4,
    answers: 7,
    byLanguage: { en: 5, fr: 2 },
    byType: { ngo: 2, academic: 1, labour: 1 },
    byRegion: { ON: 2, QC: 1, BC: 1 },
    rejected: 1,
  },
  organizations: [
    { name: "Anonymous Academics", type: "academic" },
    { name: "Labour Union Local", type: "labour" },
    { name: "Named Ngo", type: "ngo" },
  ],
  questions: [
    question({
      number: 2,
      answerType: "closed",
      figures: {
        respondingOrganizations: 4,
        byType: { ngo: 2, academic: 1, labour: 1 },
        byRegion: { ON: 2, QC: 1, BC: 1 },
        closed: { yes: 2, partly: 1, no: 1 },
        themes: [],
        campaigns: [{ organizations: 2 }],
        distinctArguments: 3,
      },
      summary: {
        en: "Most said yes.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) and [the Code](https://laws-lois.justice.gc.ca/eng/acts/C-46/)",
        fr: "La plupart ont répondu oui.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))",
      },
      keyPoints: { en: ["The offence exists.", "It is rarely used."], fr: ["L’infraction existe.", "Elle est rarement utilisée."] },
    }),
    question({
      number: 3,
      figures: {
        respondingOrganizations: 3,
        byType: { ngo: 2, academic: 1 },
        byRegion: { ON: 2, QC: 1 },
        closed: null,
        themes: [
          {
            key: "enforcement-prosecution",
            label: { en: "Enforcement and prosecution", fr: "Application de la loi et poursuites" },
            answers: 2,
          },
        ],
        campaigns: [],
        distinctArguments: 3,
      },
      summary: { en: "Prosecutions are rare.", fr: "Les poursuites sont rares." },
      quotes: [
        { text: "Prosecutors rarely use the participation offence.", language: "en", attribution: "Named Ngo", organizationType: "ngo" },
        { text: "Les poursuites sont rares", language: "fr", attribution: null, organizationType: "academic" },
      ],
    }),
    question({
      number: 20,
      instrument: {
        id: "firearms",
        shortName: { en: "Firearms Protocol", fr: "Protocole relatif aux armes à feu" },
        countryIsParty: false,
      },
      article: "5",
      articleTitle: { en: "Criminalization", fr: "Incrimination" },
    }),
  ],
};

function renderReport(lang: Lang, document: ReportDocument = doc) {
  const markdown = renderReportMarkdown(document, lang);
  const Stub = createRemixStub([
    {
      id: "root",
      path: "*",
      loader: () => ({ lang }),
      Component: () => <ReportView document={document} lang={lang} markdown={markdown} />,
    },
  ]);
  return render(<Stub initialEntries={[`/${lang}/reports/cluster-1/v/2`]} />);
}

describe("the report in English", () => {
  it("has a table of contents whose every link leads to a section of the page", async () => {
    const { container } = renderReport("en");
    const nav = await screen.findByRole("navigation", { name: "Contents" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((a) => a.textContent)).toEqual([
      "Introduction",
      "Key figures",
      "How the answers were processed",
      "The Convention",
      "Question 2: Participation in an organized criminal group",
      "Question 3: Participation in an organized criminal group",
      "Firearms Protocol (Canada is not a party)",
      "Question 20: Criminalization",
      "Participating organizations",
      "Acknowledgements",
    ]);
    for (const link of links) {
      const id = link.getAttribute("href")!.slice(1);
      expect(container.querySelector(`[id="${id}"]`), id).not.toBeNull();
    }
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Report — Criminalization and jurisdiction");
    expect(screen.getByText("Version 2, published March 17, 2027")).toBeTruthy();
  });

  it("draws every chart with a table equivalent holding the same numbers", async () => {
    const { container } = renderReport("en");
    await screen.findByRole("navigation", { name: "Contents" });
    const charts = [...container.querySelectorAll("figure.bar-chart")];
    // Consultation: types and regions; question 2: closed, types; question 3: types, themes.
    expect(charts).toHaveLength(6);
    for (const chart of charts) {
      const svg = within(chart as HTMLElement).getByRole("img");
      const table = within(chart as HTMLElement).getByRole("table");
      const caption = table.querySelector("caption")!.textContent;
      expect(svg.getAttribute("aria-labelledby")).toBeTruthy();
      expect(screen.getByRole("img", { name: caption! })).toBe(svg);
      const drawnLabels = [...svg.querySelectorAll(".bar-chart__label")].map((t) =>
        [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "),
      );
      const drawnValues = [...svg.querySelectorAll(".bar-chart__value")].map((t) => t.textContent);
      const rows = [...table.querySelectorAll("tbody tr")];
      expect(rows.map((tr) => tr.querySelector("th")!.textContent)).toEqual(drawnLabels);
      expect(rows.map((tr) => tr.querySelector("td")!.textContent)).toEqual(drawnValues);
      expect(table.querySelectorAll('th[scope="col"]')).toHaveLength(2);
    }
    const closed = screen.getByRole("table", { name: "Question 2: how organizations answered" });
    expect([...closed.querySelectorAll("tbody tr")].map((tr) => tr.textContent)).toEqual(["Yes2", "Yes, in part1", "No1", "Don't know0"]);
    expect(screen.getByText("2 near-identical answers counted as one argument made by 2 organizations.")).toBeTruthy();
  });

  it("attributes a quote by name only when the document gives a name", async () => {
    renderReport("en");
    const quotes = (await screen.findByRole("heading", { name: "In their words" })).closest("section")!;
    const captions = [...quotes.querySelectorAll("figcaption")].map((c) => c.textContent);
    expect(captions).toEqual(["— Named Ngo", "— an academic or research institution"]);
    // The French quote is marked as French on the English page; the English one is not marked.
    const blockquotes = quotes.querySelectorAll("blockquote");
    expect(blockquotes[0]!.getAttribute("lang")).toBeNull();
    expect(blockquotes[1]!.getAttribute("lang")).toBe("fr");
  });

  it("neutralises HTML and script links in staff Markdown, keeping real links", async () => {
    const { container } = renderReport("en");
    await screen.findByRole("navigation", { name: "Contents" });
    expect(container.querySelector("script")).toBeNull();
    expect(container.textContent).toContain("<script>alert(1)</script>");
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    const code = screen.getByRole("link", { name: "the Code" });
    expect(code.getAttribute("rel")).toBe("nofollow noopener");
    expect(screen.getByText("what organizations said").tagName).toBe("STRONG");
  });

  it("says Canada is not a party to the Firearms Protocol, and skips what a question does not have", async () => {
    renderReport("en");
    const heading = await screen.findByRole("heading", { level: 2, name: "Firearms Protocol (Canada is not a party)" });
    const section = heading.closest("section")!;
    expect(within(section).getByRole("note").textContent).toMatch(/do not form part of Canada's self-assessment/);
    const q20 = section.querySelector("#question-20") as HTMLElement;
    expect(within(q20).getByText("No organization answered this question.")).toBeTruthy();
    expect(within(q20).queryByRole("img")).toBeNull();
    expect(within(q20).queryByRole("heading", { name: "Summary" })).toBeNull();
  });

  it("writes the methodology from the figures", async () => {
    renderReport("en");
    const section = (await screen.findByRole("heading", { name: "How the answers were processed" })).closest("section")!;
    expect(section.textContent).toContain(
      "4 organizations submitted 7 answers counted in this report. 5 of them were written in English and 2 in French.",
    );
    expect(section.textContent).toContain("1 answer was set aside");
    expect(section.textContent).toContain("This happened once");
    expect(section.textContent).toMatch(/only from organizations that agreed to be quoted/);
  });

  it("shows a preview notice instead of a version, and leaves out texts not written yet", async () => {
    renderReport("en", { ...doc, version: null, publishedAt: null, intro: { en: "", fr: "" }, acknowledgements: { en: "", fr: "" } });
    expect(await screen.findByText(/Preview: this report is not published/)).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Contents" });
    expect(within(nav).queryByRole("link", { name: "Introduction" })).toBeNull();
    expect(within(nav).queryByRole("link", { name: "Acknowledgements" })).toBeNull();
    expect(screen.queryByText(/Version \d/)).toBeNull();
  });
});

describe("the report in French", () => {
  it("is written in French, with the anonymous quote attributed by type only", async () => {
    const { container } = renderReport("fr");
    const nav = await screen.findByRole("navigation", { name: "Table des matières" });
    expect(within(nav).getByRole("link", { name: "Protocole relatif aux armes à feu (le Canada n’y est pas partie)" })).toBeTruthy();
    expect(screen.getByText("Version 2, publiée le 17 mars 2027")).toBeTruthy();
    expect(container.querySelector("article")!.getAttribute("lang")).toBe("fr");
    const quotes = screen.getByRole("heading", { name: "Dans leurs mots" }).closest("section")!;
    expect([...quotes.querySelectorAll("figcaption")].map((c) => c.textContent)).toEqual([
      "— Named Ngo",
      "— un établissement d’enseignement ou de recherche",
    ]);
    expect(quotes.querySelectorAll("blockquote")[0]!.getAttribute("lang")).toBe("en");
    expect(quotes.querySelectorAll("blockquote")[1]!.getAttribute("lang")).toBeNull();
    expect(screen.getByRole("table", { name: "Question 2 : réponses des organismes" }).textContent).toContain("Oui, en partie");
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(screen.getByText(/4 organismes ont soumis 7 réponses comptées dans ce rapport/)).toBeTruthy();
  });
});
