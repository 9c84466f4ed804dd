import { ArgsType, type ClassType, Field } from "type-graphql";
import { addPageArgumentFields } from "./page-args";
import { type PageArguments } from "./pagination";

/** A list's arguments as a resolver receives them: its filter, its page and its order. */
export interface ListArguments<Filter, Order> extends PageArguments {
  filter?: Filter | null;
  orderBy?: Order | null;
}

export interface ListArgsOptions<Filter extends object, Order extends object> {
  filter: ClassType<Filter>;
  orderBy: ClassType<Order>;
  /** What the filter holds at this field, e.g. that a port's shipments are at that port. */
  filterDescription?: string;
  orderByDescription?: string;
  /** `orderBy` after the page arguments rather than before them (the disclosure log's order). */
  orderByAfterPage?: boolean;
}

const FILTER = "Conditions every returned row meets; omit for all.";
const ORDER_BY = "The order of the rows; omit for the default.";

/**
 * The arguments of a list field, `orderBy`, Relay's four page arguments and `filter`, as one
 * `@Args` class: every connection of the graph takes them in the same order with the same words.
 * (That order is the one type-graphql printed for them as three parameters, last one first.)
 * Only the filter's description changes from field to field, so each field that needs its own
 * gets its own class (the printed arguments are the same either way).
 */
export function listArgs<Filter extends object, Order extends object>(
  options: ListArgsOptions<Filter, Order>,
): ClassType<ListArguments<Filter, Order>> {
  @ArgsType()
  class ListArgs {}
  const addField = (name: "filter" | "orderBy", type: ClassType<object>, description: string) =>
    Field(() => type, { nullable: true, description })(ListArgs.prototype, name);
  const addOrderBy = () => addField("orderBy", options.orderBy, options.orderByDescription ?? ORDER_BY);
  if (!options.orderByAfterPage) addOrderBy();
  addPageArgumentFields(ListArgs.prototype);
  if (options.orderByAfterPage) addOrderBy();
  addField("filter", options.filter, options.filterDescription ?? FILTER);
  return ListArgs as ClassType<ListArguments<Filter, Order>>;
}
