import { type KeysetColumn, latestFirst, orderInput, timeThenKey } from "@frontera/federation";
import { type Disclosure } from "./disclosure.entity";

export const DisclosureOrder = orderInput({
  entity: "Disclosure",
  fields: { AT: "By the time the answer was sent, then id." },
  ...latestFirst("AT"),
});
export type DisclosureOrder = InstanceType<typeof DisclosureOrder>;
export type DisclosureOrderField = DisclosureOrder["field"];

// Served by the indexes on (at, id), alone or after the agency, read forwards or backwards.
export const DISCLOSURE_ORDERS: Record<DisclosureOrderField, Array<KeysetColumn<Disclosure>>> = {
  AT: timeThenKey<Disclosure>("disclosure", "at", "id"),
};
