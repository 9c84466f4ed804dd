import { OrderDirection, type OrderBy } from "@frontera/federation";
import { Field, InputType, registerEnumType } from "type-graphql";

export enum TravellerOrderField {
  ID = "ID",
  NAME = "NAME",
}

registerEnumType(TravellerOrderField, {
  name: "TravellerOrderField",
  description: "What a list of travellers is sorted by.",
  valuesConfig: {
    ID: { description: "By id: a stable order that says nothing about the person." },
    NAME: {
      description:
        "By family name, then given names, then id. Needs traveller:identity:read, and lists only people at whose ports it holds: an order by name tells names apart.",
    },
  },
});

@InputType({ description: "The order of a list of travellers; by default ID, ASC." })
export class TravellerOrder implements OrderBy<TravellerOrderField> {
  @Field(() => TravellerOrderField, { description: "What to sort by." })
  field: TravellerOrderField;

  @Field(() => OrderDirection, { description: "Which way." })
  direction: OrderDirection;
}
