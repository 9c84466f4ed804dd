import { FieldResolver, Query, Resolver, Root } from "type-graphql";
import { foreignEntity } from "../../src";
import { printTypes } from "./print-types";

const Port = foreignEntity({ name: "Port", key: "code", scopes: ["reference:read"] });
const Plan = foreignEntity({ name: "Plan", key: "code", scopes: ["reference:read"], resolvable: false });
const Haul = foreignEntity({
  name: "Haul",
  key: "haulNumber",
  scopes: ["cargo:manifest:read"],
  external: ["portCode", "driverId"],
});

@Resolver(() => Haul)
class HaulResolver {
  @Query(() => Port)
  port(): InstanceType<typeof Port> {
    return { code: "2304" };
  }

  @FieldResolver(() => String)
  driverName(@Root() haul: InstanceType<typeof Haul>): string {
    return haul.driverId;
  }
}

describe("foreignEntity", () => {
  it("prints another subgraph's entity as its key, with the owner's scopes", async () => {
    expect(await printTypes([HaulResolver], ["Port", "Plan"], [Plan])).toBe(
      `type Port @key(fields: "code") @scope(requires: ["reference:read"]) {
  code: ID!
}

type Plan @key(fields: "code", resolvable: false) @scope(requires: ["reference:read"]) {
  code: ID!
}`,
    );
  });

  it("adds the owner's fields a @requires needs, @external, after the key", async () => {
    expect(await printTypes([HaulResolver], ["Haul"], [Haul])).toBe(
      `type Haul @key(fields: "haulNumber") @scope(requires: ["cargo:manifest:read"]) {
  haulNumber: ID!
  portCode: ID! @external
  driverId: ID! @external
  driverName: String!
}`,
    );
  });
});
