import { Directive, Field, ID, ObjectType } from "type-graphql";

// Owned by the cargo subgraph; travellers contributes the driver's crossing of a trip.
@Directive('@key(fields: "tripNumber")')
@ObjectType()
export class Trip {
  @Field(() => ID)
  tripNumber: string;
}
