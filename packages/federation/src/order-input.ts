import { type ClassType, Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection, type OrderBy } from "./ordering";

export interface OrderInputOptions<Value extends string> {
  /** The entity, e.g. `Shipment`: names the input `ShipmentOrder` and the enum `ShipmentOrderField`. */
  entity: string;
  /** The rows in words, plural; by default the entity's name in lower case with an s (`shipments`). */
  rows?: string;
  /** What a list can be sorted by (the enum's values), each with what it sorts by in words, tie-breaker included. */
  fields: Record<Value, string>;
  /** The order of a list asked for without one. */
  byDefault: OrderBy<NoInfer<Value>>;
  /** The default order in words, e.g. `latest first`; shown after it in the input's description. */
  defaultInWords?: string;
}

/** An `<Entity>Order` input class; its default order travels with it, so description and query agree. */
export type OrderInput<Value extends string> = ClassType<OrderBy<Value>> & { readonly byDefault: OrderBy<Value> };

/** The default of most lists: by this field, newest first. */
export function latestFirst<Value extends string>(field: Value) {
  return { byDefault: { field, direction: OrderDirection.DESC }, defaultInWords: "latest first" };
}

/**
 * Registers an entity's `<Entity>OrderField` enum and builds its `<Entity>Order { field, direction }`
 * input: every list is ordered the same way, and type-graphql needs one named class per entity.
 */
export function orderInput<Value extends string>(options: OrderInputOptions<Value>): OrderInput<Value> {
  const { entity, fields, byDefault, defaultInWords } = options;
  const rows = options.rows ?? `${entity.charAt(0).toLowerCase()}${entity.slice(1)}s`;
  const values = Object.keys(fields) as Value[];
  const fieldEnum = Object.fromEntries(values.map((value) => [value, value]));
  registerEnumType(fieldEnum, {
    name: `${entity}OrderField`,
    description: `What a list of ${rows} is sorted by.`,
    valuesConfig: Object.fromEntries(values.map((value) => [value, { description: fields[value] }])),
  });
  const meaning = defaultInWords ? ` (${defaultInWords})` : "";

  @InputType(`${entity}Order`, {
    description: `The order of a list of ${rows}; by default ${byDefault.field}, ${byDefault.direction}${meaning}.`,
  })
  class Order implements OrderBy<Value> {
    static readonly byDefault = byDefault;

    @Field(() => fieldEnum, { description: "What to sort by." })
    field: Value;

    @Field(() => OrderDirection, { description: "Which way." })
    direction: OrderDirection;
  }
  return Order;
}
