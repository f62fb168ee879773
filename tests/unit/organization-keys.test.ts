// The accent folding and the organization keys, now one copy each in app/lib.
import { describe, expect, it } from "vitest";
import { stripAccents } from "~/lib/fold";
import { organizationNameKey, websiteDomain } from "~/lib/organization-keys";

describe("stripAccents", () => {
  it("drops accents and keeps case, spacing and punctuation", () => {
    expect(stripAccents("Éléonore, Ça suffit… l’État")).toBe("Eleonore, Ca suffit… l’Etat");
  });
});

describe("organizationNameKey", () => {
  it("finds the same name typed differently", () => {
    expect(organizationNameKey("L’Association des Juristes!")).toBe("l association des juristes");
    expect(organizationNameKey("  Réseau  d'aide—aux MIGRANTS ")).toBe(organizationNameKey("reseau d aide aux migrants"));
  });
});

describe("websiteDomain", () => {
  it("keeps the host without www, and gives null for no website or one that is not a URL", () => {
    expect(websiteDomain("https://www.Example.org/about")).toBe("example.org");
    expect(websiteDomain(null)).toBeNull();
    expect(websiteDomain("example.org")).toBeNull();
  });
});
