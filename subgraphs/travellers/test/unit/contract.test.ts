import { join } from "node:path";
import { subgraphSdlDrift } from "@frontera/testing";
import { travellersSubgraph } from "../../src/subgraph";

describe("travellers subgraph contract", () => {
  it("prints the SDL committed in schema.graphql (run `pnpm compose` after a schema change)", async () => {
    const { committed, printed } = await subgraphSdlDrift(
      travellersSubgraph,
      join(__dirname, "..", "..", "schema.graphql"),
    );
    expect(printed).toBe(committed);
  });
});
