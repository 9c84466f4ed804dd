import { OrderDirection, type OrderBy, type KeysetColumn } from "@frontera/federation";
import { Field, InputType, registerEnumType } from "type-graphql";
import { type Disclosure } from "./disclosure.entity";

export enum DisclosureOrderField {
  AT = "AT",
}

registerEnumType(DisclosureOrderField, {
  name: "DisclosureOrderField",
  description: "What a list of disclosures is sorted by.",
  valuesConfig: { AT: { description: "By the time the answer was sent, then id." } },
});

@InputType({ description: "The order of a list of disclosures; by default AT, DESC (latest first)." })
export class DisclosureOrder implements OrderBy<DisclosureOrderField> {
  @Field(() => DisclosureOrderField, { description: "What to sort by." })
  field: DisclosureOrderField;

  @Field(() => OrderDirection, { description: "Which way." })
  direction: OrderDirection;
}

// Served by the indexes on (at, id), alone or after the agency, read forwards or backwards.
export const DISCLOSURE_ORDERS: Record<DisclosureOrderField, Array<KeysetColumn<Disclosure>>> = {
  [DisclosureOrderField.AT]: [
    { column: "disclosure.at", type: "time", direction: "DESC", of: (row) => row.at },
    { column: "disclosure.id", type: "text", direction: "DESC", of: (row) => row.id },
  ],
};

export const LATEST_FIRST = { field: DisclosureOrderField.AT, direction: OrderDirection.DESC };
