import { pendingSchemaChanges, testDatabaseKind } from "@frontera/testing";
import { cargoSubgraph } from "../src/subgraph";

// Needs MySQL (the migrations are MySQL's), so it lives outside the unit project.
describe("cargo subgraph migrations", () => {
  (testDatabaseKind() === "mysql" ? it : it.skip)(
    "build exactly its entities (run `pnpm migration:generate <Name>`)",
    async () => {
      expect(await pendingSchemaChanges(cargoSubgraph)).toBe("");
    },
  );
});
