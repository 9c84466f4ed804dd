import { Directive, Field, ID, InputType } from "type-graphql";

// Only the gateway sends these (recordDisclosures): kept out of its public schema.
@Directive("@inaccessible")
@InputType({ description: "A disclosed scope and the recipient's arrangements that granted it." })
export class ScopeGrantInput {
  @Field({ description: "The scope." })
  scope: string;

  @Field(() => [ID], { description: "The arrangements granting it to the recipient." })
  arrangementIds: string[];
}

@Directive("@inaccessible")
@InputType({ description: "The records of one type a disclosure carried." })
export class RecordsOfTypeInput {
  @Field({ description: "Traveller, Shipment, Trip, Crossing, Inspection, AssistanceRequest or ShipmentHold." })
  typeName: string;

  @Field(() => [String], { description: "The scopes of these records' own fields the answer held." })
  scopes: string[];

  @Field(() => [ID], { description: "Their natural keys." })
  keys: string[];
}
