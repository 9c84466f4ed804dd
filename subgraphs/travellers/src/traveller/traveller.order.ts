import { OrderDirection, orderInput } from "@frontera/federation";

export const TravellerOrder = orderInput({
  entity: "Traveller",
  fields: {
    ID: "By id: a stable order that says nothing about the person.",
    NAME: "By family name, then given names, then id. Needs traveller:identity:read, and lists only people at whose ports it holds: an order by name tells names apart.",
  },
  byDefault: { field: "ID", direction: OrderDirection.ASC },
});
export type TravellerOrder = InstanceType<typeof TravellerOrder>;
export type TravellerOrderField = TravellerOrder["field"];
