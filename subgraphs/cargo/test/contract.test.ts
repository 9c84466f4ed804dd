import { join } from "node:path";
import { pendingSchemaChanges, subgraphSdlDrift, testDatabaseKind } from "@frontera/testing";
import { cargoSubgraph } from "../src/subgraph";

describe("cargo subgraph contract", () => {
  it("prints the SDL committed in schema.graphql (run `pnpm compose` after a schema change)", async () => {
    const { committed, printed } = await subgraphSdlDrift(cargoSubgraph, join(__dirname, "..", "schema.graphql"));
    expect(printed).toBe(committed);
  });

  (testDatabaseKind() === "mysql" ? it : it.skip)(
    "has migrations that build exactly its entities (run `pnpm migration:generate <Name>`)",
    async () => {
      expect(await pendingSchemaChanges(cargoSubgraph)).toBe("");
    },
  );
});
