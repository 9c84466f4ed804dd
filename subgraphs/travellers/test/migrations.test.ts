import { pendingSchemaChanges, testDatabaseKind } from "@frontera/testing";
import { travellersSubgraph } from "../src/subgraph";

// Needs MySQL (the migrations are MySQL's), so it lives outside the unit project.
describe("travellers subgraph migrations", () => {
  (testDatabaseKind() === "mysql" ? it : it.skip)(
    "build exactly its entities (run `pnpm migration:generate <Name>`)",
    async () => {
      expect(await pendingSchemaChanges(travellersSubgraph)).toBe("");
    },
  );
});
