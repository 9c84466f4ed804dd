import { readFileSync } from "node:fs";
import { SUPERGRAPH_FILE, composeSupergraph } from "../../../src/compose/compose-supergraph";

describe("committed supergraph", () => {
  it("is what the committed subgraph SDL composes to (run `pnpm compose` after a schema change)", () => {
    expect(composeSupergraph()).toBe(readFileSync(SUPERGRAPH_FILE, "utf8"));
  });
});
