import { Arg, Query, Resolver } from "type-graphql";
import { OrderDirection, latestFirst, orderInput } from "../../src";
import { printTypes } from "./print-types";

const WidgetOrder = orderInput({
  entity: "Widget",
  fields: { MADE_AT: "By the time it was made, then id.", NAME: "By name, then id." },
  ...latestFirst("MADE_AT"),
});
const GadgetOrder = orderInput({
  entity: "Gadget",
  rows: "gadgetry",
  fields: { ID: "By id." },
  byDefault: { field: "ID", direction: OrderDirection.ASC },
});

@Resolver()
class ListResolver {
  @Query(() => Boolean)
  widgets(@Arg("orderBy", () => WidgetOrder, { nullable: true }) _orderBy: unknown): boolean {
    return true;
  }

  @Query(() => Boolean)
  gadgets(@Arg("orderBy", () => GadgetOrder, { nullable: true }) _orderBy: unknown): boolean {
    return true;
  }
}

describe("orderInput", () => {
  it("prints <Entity>Order and <Entity>OrderField with the default order in the input's description", async () => {
    expect(await printTypes([ListResolver], ["WidgetOrder", "WidgetOrderField"])).toBe(
      `"""
The order of a list of widgets; by default MADE_AT, DESC (latest first).
"""
input WidgetOrder {
  """What to sort by."""
  field: WidgetOrderField!
  """Which way."""
  direction: OrderDirection!
}

"""What a list of widgets is sorted by."""
enum WidgetOrderField {
  """By the time it was made, then id."""
  MADE_AT
  """By name, then id."""
  NAME
}`,
    );
  });

  it("takes the rows' own plural and a default with no words", async () => {
    const printed = await printTypes([ListResolver], ["GadgetOrder", "GadgetOrderField"]);
    expect(printed).toContain('"""The order of a list of gadgetry; by default ID, ASC."""');
    expect(printed).toContain('"""What a list of gadgetry is sorted by."""');
  });

  it("carries its default order, for the query to use when none is asked for", () => {
    expect(WidgetOrder.byDefault).toEqual({ field: "MADE_AT", direction: OrderDirection.DESC });
    expect(GadgetOrder.byDefault).toEqual({ field: "ID", direction: OrderDirection.ASC });
  });
});
