// The header, footer and error page as a reader meets them, rendered with
// Remix's test stub (no server, no database).
import { createRemixStub } from "@remix-run/testing";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ErrorPage } from "~/components/ErrorPage";
import { NotPartyNotice } from "~/components/NotPartyNotice";
import { SiteFooter } from "~/components/SiteFooter";
import { SiteHeader } from "~/components/SiteHeader";
import { StatusTag } from "~/components/StatusTag";
import type { Lang } from "~/i18n/lang";

/** Renders `element` at `path`, inside a root route that reports the page language. */
function renderAt(path: string, lang: Lang, element: () => JSX.Element) {
  const Stub = createRemixStub([{ id: "root", path: "*", loader: () => ({ lang }), Component: element }]);
  return render(<Stub initialEntries={[path]} />);
}

describe("site header", () => {
  it("offers the same page in the other language, labelled in that language", async () => {
    renderAt("/en/clusters/1", "en", () => <SiteHeader lang="en" pathname="/en/clusters/1" user={null} />);
    const toggle = await screen.findByRole("link", { name: /Lire cette page en français/ });
    expect(toggle.getAttribute("href")).toBe("/fr/clusters/1");
    expect(toggle.getAttribute("lang")).toBe("fr");
  });

  it("starts with a skip link and names its menu in French on French pages", async () => {
    renderAt("/fr", "fr", () => <SiteHeader lang="fr" pathname="/fr" user={null} />);
    const links = await screen.findAllByRole("link");
    expect(links[0]?.textContent).toBe("Passer au contenu principal");
    const nav = screen.getByRole("navigation", { name: "Menu principal" });
    expect(within(nav).getByRole("link", { name: "Confidentialité" }).getAttribute("href")).toBe("/fr/privacy");
  });
});

describe("site footer", () => {
  it("shows the date modified and how to reach the team", async () => {
    renderAt("/en", "en", () => <SiteFooter lang="en" contactEmail="team@example.ca" dateModified="2026-11-22" />);
    expect((await screen.findByText("2026-11-22")).tagName).toBe("TIME");
    expect(screen.getByRole("link", { name: /Contact the consultation team/ }).getAttribute("href")).toBe("mailto:team@example.ca");
  });
});

describe("error page", () => {
  it("says in French that the page was not found, with a way home", async () => {
    renderAt("/fr/x", "fr", () => <ErrorPage lang="fr" status={404} />);
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("Nous ne trouvons pas cette page");
    expect(screen.getByRole("link", { name: "Aller à la page d’accueil" }).getAttribute("href")).toBe("/fr");
  });

  it("reassures that nothing saved was lost on a server error", async () => {
    renderAt("/en/x", "en", () => <ErrorPage lang="en" status={500} />);
    expect(await screen.findByText(/Nothing you saved has been lost/)).toBeTruthy();
  });
});

describe("status and notices in the page language", () => {
  it("words the consultation status, never colour alone", async () => {
    renderAt("/fr", "fr", () => <StatusTag status="open" />);
    expect((await screen.findByText("Ouverte")).tagName).toBe("STRONG");
  });

  it("tells readers Canada is not a party to the Firearms Protocol", async () => {
    renderAt("/en", "en", () => <NotPartyNotice />);
    expect((await screen.findByRole("note")).textContent).toMatch(/will not form part of Canada's self-assessment/);
  });
});
