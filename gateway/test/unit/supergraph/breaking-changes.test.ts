import { readFileSync } from "node:fs";
import { SUPERGRAPH_FILE, composeSupergraph } from "../../../src/compose/compose-supergraph";
import { apiBreakingChanges } from "../../../src/compose/breaking-changes";

describe("breaking-change check of `pnpm compose`", () => {
  const committed = readFileSync(SUPERGRAPH_FILE, "utf8");

  it("finds none between the committed supergraph and itself", () => {
    expect(apiBreakingChanges(committed, composeSupergraph())).toEqual([]);
  });

  it("names a removed field", () => {
    // drop Agency.parent from the supergraph's SDL
    const withoutParent = committed.replace(
      /\n\s*"""\n[^"]*ministry or department[^"]*"""\n\s*parent: String!?[^\n]*/,
      "",
    );
    expect(withoutParent).not.toBe(committed);
    const changes = apiBreakingChanges(committed, withoutParent);
    expect(changes).toContainEqual(
      expect.objectContaining({ type: "FIELD_REMOVED", description: "Agency.parent was removed." }),
    );
  });
});
