import { registerEnumType } from "type-graphql";

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "ASC: oldest (or smallest) first; DESC: newest (or largest) first.",
  valuesConfig: {
    ASC: { description: "Ascending: oldest, smallest or alphabetically first." },
    DESC: { description: "Descending: newest, largest or alphabetically last first." },
  },
});

/** What every `<Entity>Order` input holds: a field from that entity's enum, and a direction. */
export interface OrderBy<Field extends string> {
  field: Field;
  direction: OrderDirection;
}

/**
 * The keyset columns of the order asked for, taken from a fixed map of enum values to columns:
 * nothing of the request's text reaches SQL. Every column turns the same way, so one index read
 * forwards or backwards serves both directions.
 */
export function keysetOrder<Column extends { direction: string }, Field extends string>(
  orders: Record<Field, Column[]>,
  orderBy: OrderBy<Field> | null | undefined,
  byDefault: OrderBy<Field>,
): Column[] {
  const { field, direction } = orderBy ?? byDefault;
  return orders[field].map((column) => ({ ...column, direction }));
}
