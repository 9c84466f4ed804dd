import { Direction, Lane } from "@frontera/federation";
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

  // The trip's direction. Absent from events sent before cargo sent it (a relay of an older
  // cargo, an outbox row written before the column): those were northbound trips, the only ones
  // relayed then (docs/crossing-events.md).
  @Field(() => Direction, { nullable: true, defaultValue: Direction.NORTHBOUND })
  direction?: Direction | null;
}
