import { Directive, Field, ID, InputType } from "type-graphql";

// Only the gateway sends these (recordDisclosures): kept out of its public schema.
@Directive("@inaccessible")
@InputType({ description: "A disclosed scope and the recipient's arrangements that granted it." })
export class DisclosureGrantInput {
  @Field()
  scope: string;

  @Field(() => [ID])
  arrangementIds: string[];
}

@Directive("@inaccessible")
@InputType({ description: "A record a disclosure carried: its type, key, and the scopes of its own fields." })
export class DisclosureRecordInput {
  @Field()
  typeName: string;

  @Field(() => ID)
  key: string;

  @Field(() => [String])
  scopes: string[];
}

@InputType({ description: "One record, by its type and key." })
export class RecordRef {
  @Field({ description: "Traveller, Shipment, Trip, Crossing or Inspection." })
  typeName: string;

  @Field(() => ID)
  key: string;
}
