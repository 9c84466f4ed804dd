import { Lane } from "@frontera/federation";
import { Directive, Field, ID, InputType } from "type-graphql";

// The input of cargo's relay: hidden from gateway clients with the mutation that takes it.
@Directive("@inaccessible")
@InputType()
export class TripCrossingEventInput {
  @Field(() => ID)
  eventId: string;

  @Field(() => ID)
  tripNumber: string;

  @Field(() => ID)
  driverId: string;

  @Field(() => ID)
  portCode: string;

  @Field()
  at: Date;

  @Field(() => Lane)
  lane: Lane;
}
