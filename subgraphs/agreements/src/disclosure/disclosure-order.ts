import { type KeysetColumn } from "@frontera/database";
import { OrderDirection, type OrderBy, orderInput } from "@frontera/federation";
import { type Disclosure } from "./disclosure.entity";

export enum DisclosureOrderField {
  AT = "AT",
}

export const DisclosureOrder = orderInput({
  entity: "Disclosure",
  rows: "disclosures",
  fields: DisclosureOrderField,
  descriptions: { AT: "By the time the answer was sent, then id." },
  byDefault: { field: DisclosureOrderField.AT, direction: OrderDirection.DESC },
  defaultInWords: "latest first",
});
export type DisclosureOrder = OrderBy<DisclosureOrderField>;

// Served by the indexes on (at, id), alone or after the agency, read forwards or backwards.
export const DISCLOSURE_ORDERS: Record<DisclosureOrderField, Array<KeysetColumn<Disclosure>>> = {
  [DisclosureOrderField.AT]: [
    { column: "disclosure.at", type: "time", direction: "DESC", of: (row) => row.at },
    { column: "disclosure.id", type: "text", direction: "DESC", of: (row) => row.id },
  ],
};
