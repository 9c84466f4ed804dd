import { Field, ID, InputType } from "type-graphql";
import { HoldKind } from "./hold.enums";

@InputType({ description: "A hold to place on a shipment, at its port." })
export class PlaceShipmentHoldInput {
  @Field(() => ID, { description: "The shipment held: its control number or global id." })
  shipmentControlNumber: string;

  @Field(() => HoldKind, { description: "Under whose authority: it decides the scope the hold needs." })
  kind: HoldKind;

  @Field({ description: "Why the shipment is stopped, in words (at most 500 characters)." })
  reason: string;
}
