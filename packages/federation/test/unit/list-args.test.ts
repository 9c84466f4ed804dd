import { type GraphQLSchema, graphql } from "graphql";
import { Args, Field, InputType, Query, Resolver, buildSchema } from "type-graphql";
import { type ListArguments, OrderDirection, latestFirst, listArgs, orderInput } from "../../src";

@InputType()
class RowFilter {
  @Field({ nullable: true })
  portCode?: string;
}

const RowOrder = orderInput({ entity: "Row", fields: { AT: "By time." }, ...latestFirst("AT") });
const RowArgs = listArgs({ filter: RowFilter, orderBy: RowOrder });
const RowsAtPortArgs = listArgs({
  filter: RowFilter,
  orderBy: RowOrder,
  filterDescription: "Conditions every returned row meets (its port is this one).",
});
const LogArgs = listArgs({ filter: RowFilter, orderBy: RowOrder, orderByDescription: "How.", orderByAfterPage: true });

let received: ListArguments<RowFilter, InstanceType<typeof RowOrder>> | undefined;

@Resolver()
class RowResolver {
  @Query(() => Boolean)
  rows(@Args(() => RowArgs) args: ListArguments<RowFilter, InstanceType<typeof RowOrder>>): boolean {
    received = args;
    return true;
  }

  @Query(() => Boolean)
  rowsAtPort(@Args(() => RowsAtPortArgs) _args: object): boolean {
    return true;
  }

  @Query(() => Boolean)
  log(@Args(() => LogArgs) _args: object): boolean {
    return true;
  }
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({ resolvers: [RowResolver], validate: false, skipCheck: true });
});

const argumentsOf = (field: string) =>
  schema
    .getQueryType()!
    .getFields()
    [field].args.map(({ name, description }) => ({ name, description }));
const PAGE = ["first", "after", "last", "before"];

describe("listArgs", () => {
  it("takes orderBy, the four page arguments and filter, in the order every list of the graph prints", () => {
    expect(argumentsOf("rows").map(({ name }) => name)).toEqual(["orderBy", ...PAGE, "filter"]);
    expect(argumentsOf("rows")).toContainEqual({
      name: "filter",
      description: "Conditions every returned row meets; omit for all.",
    });
    expect(argumentsOf("rows")).toContainEqual({
      name: "orderBy",
      description: "The order of the rows; omit for the default.",
    });
  });

  it("gives the filter the words of its field", () => {
    expect(argumentsOf("rowsAtPort")).toContainEqual({
      name: "filter",
      description: "Conditions every returned row meets (its port is this one).",
    });
  });

  it("puts orderBy after the page, with its own words, where a list always had it there", () => {
    expect(argumentsOf("log").map(({ name }) => name)).toEqual([...PAGE, "orderBy", "filter"]);
    expect(argumentsOf("log")).toContainEqual({ name: "orderBy", description: "How." });
  });

  it("hands the resolver its filter, order and page as the request gave them", async () => {
    const answer = await graphql({
      schema,
      source: `{ rows(filter: { portCode: "2304" }, orderBy: { field: AT, direction: ASC }, first: 5, after: "c") }`,
    });
    expect(answer.errors).toBeUndefined();
    const { filter, orderBy, ...page } = received!;
    expect(filter).toEqual({ portCode: "2304" });
    expect(filter).toBeInstanceOf(RowFilter);
    expect(orderBy).toEqual({ field: "AT", direction: OrderDirection.ASC });
    expect(page).toEqual({ first: 5, after: "c" });
  });
});
