import { Field, ID, InputType } from "type-graphql";
import { Direction } from "@frontera/federation";
import { connectionType, DateTimeRange, Lane, latestFirst, orderInput } from "@frontera/federation";
import { Trip } from "./trip.entity";

@InputType({ description: "Every given condition must hold." })
export class TripFilter {
  @Field(() => ID, { nullable: true, description: "Port of arrival, CBP Schedule D code." })
  portCode?: string;

  @Field(() => Direction, {
    nullable: true,
    description:
      "Which way across the border; absent: NORTHBOUND, the rows this list held before southbound trade was kept. Only rows the caller may see in that direction are ever counted.",
  })
  direction?: Direction | null;

  @Field(() => ID, { nullable: true, description: "The driver: a Traveller's global id, or its travellerId." })
  driverId?: string;

  @Field(() => Lane, { nullable: true, description: "The lane the trip is filed for, or crossed in." })
  lane?: Lane;

  @Field(() => DateTimeRange, { nullable: true, description: "The estimated arrival falls in this range." })
  estimatedArrival?: DateTimeRange | null;

  @Field(() => DateTimeRange, { nullable: true, description: "The truck crossed within this range." })
  crossedAt?: DateTimeRange | null;

  @Field({ nullable: true, description: "true: only trips that crossed; false: only those still awaited." })
  crossed?: boolean;

  @Field({
    nullable: true,
    description: "true: only trips whose e-manifest came late (Trip.manifestLate); false: only those on time.",
  })
  manifestLate?: boolean;
}

export const TripOrder = orderInput({
  entity: "Trip",
  fields: { ESTIMATED_ARRIVAL: "By estimated arrival, then trip number." },
  ...latestFirst("ESTIMATED_ARRIVAL"),
});
export type TripOrder = InstanceType<typeof TripOrder>;
export type TripOrderField = TripOrder["field"];

export const TripConnection = connectionType(
  "Trip",
  Trip,
  "Trips, latest estimated arrival first unless ordered otherwise.",
  ["cargo:manifest:read"],
);
export type TripConnection = InstanceType<typeof TripConnection>;
