import { OrderDirection, type OrderBy, orderInput } from "@frontera/federation";

export enum TravellerOrderField {
  ID = "ID",
  NAME = "NAME",
}

export const TravellerOrder = orderInput({
  entity: "Traveller",
  rows: "travellers",
  fields: TravellerOrderField,
  descriptions: {
    ID: "By id: a stable order that says nothing about the person.",
    NAME: "By family name, then given names, then id. Needs traveller:identity:read, and lists only people at whose ports it holds: an order by name tells names apart.",
  },
  byDefault: { field: TravellerOrderField.ID, direction: OrderDirection.ASC },
});
export type TravellerOrder = OrderBy<TravellerOrderField>;
