import { type ClassType, Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection, type OrderBy } from "./ordering";

export interface OrderInputOptions<Value extends string> {
  /** The entity, e.g. `Shipment`: names the input `ShipmentOrder` and the enum `ShipmentOrderField`. */
  entity: string;
  /** The rows in words, plural, e.g. `shipments`. */
  rows: string;
  /** The TypeScript enum of what a list can be sorted by; registered here as `<Entity>OrderField`. */
  fields: Record<string, Value>;
  /** What each value sorts by, in words (its tie-breaker included). */
  descriptions: Record<Value, string>;
  /** The order of a list asked for without one. */
  byDefault: OrderBy<Value>;
  /** The default order in words, e.g. `latest first`; shown after it in the input's description. */
  defaultInWords?: string;
}

/** An `<Entity>Order` input class; its default order travels with it, so description and query agree. */
export type OrderInput<Value extends string> = ClassType<OrderBy<Value>> & { readonly byDefault: OrderBy<Value> };

/**
 * Registers an entity's order-field enum and builds its `<Entity>Order { field, direction }` input:
 * every list is ordered the same way, and type-graphql needs one named class per entity.
 */
export function orderInput<Value extends string>(options: OrderInputOptions<Value>): OrderInput<Value> {
  const { entity, rows, fields, descriptions, byDefault, defaultInWords } = options;
  registerEnumType(fields, {
    name: `${entity}OrderField`,
    description: `What a list of ${rows} is sorted by.`,
    valuesConfig: Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [key, { description: descriptions[value] }]),
    ),
  });
  const meaning = defaultInWords ? ` (${defaultInWords})` : "";

  @InputType(`${entity}Order`, {
    description: `The order of a list of ${rows}; by default ${byDefault.field}, ${byDefault.direction}${meaning}.`,
  })
  class Order implements OrderBy<Value> {
    static readonly byDefault = byDefault;

    @Field(() => fields, { description: "What to sort by." })
    field: Value;

    @Field(() => OrderDirection, { description: "Which way." })
    direction: OrderDirection;
  }
  return Order;
}
