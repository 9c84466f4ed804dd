import { RegisteredDocuments } from "@frontera/operations";
import { idePage } from "../../../src/ide/ide-page";

describe("GraphiQL's page", () => {
  const documents = new RegisteredDocuments();
  const page = idePage("/graphql", "/ide/assets", documents);

  it("loads its bundle from the gateway and nothing inline", () => {
    expect(page).toContain('<script src="/ide/assets/ide.js" defer></script>');
    expect(page).not.toMatch(/<script>(?!<)/);
  });

  it("opens with the canonical operations as their registered text", () => {
    const settings = JSON.parse(/id="frontera-ide-settings">(.*?)<\/script>/s.exec(page)![1]) as {
      endpoint: string;
      examples: Array<{ name: string; query: string }>;
    };
    expect(settings.endpoint).toBe("/graphql");
    expect(settings.examples.map((example) => example.name)).toEqual([
      "ShipmentDossier",
      "TravellerProfile",
      "PortDashboard",
    ]);
    expect(settings.examples[0].query).toBe(documents.named("ShipmentDossier").body);
  });

  it("escapes `<` in its settings, so no text in them can close the script block", () => {
    const settings = /id="frontera-ide-settings">(.*?)<\/script>/s.exec(page)![1];
    expect(settings).not.toContain("<");
  });
});
