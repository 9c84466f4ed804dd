import { Field, ID, InputType } from "type-graphql";
import { Direction } from "@frontera/federation";
import { connectionType, DateTimeRange, Lane, latestFirst, orderInput } from "@frontera/federation";
import { ShipmentStatus } from "./shipment-status";
import { Shipment } from "./shipment.entity";

@InputType({ description: "Every given condition must hold." })
export class ShipmentFilter {
  @Field(() => ID, { nullable: true, description: "Port of arrival, CBP Schedule D code." })
  portCode?: string;

  @Field(() => Direction, {
    nullable: true,
    description:
      "Which way across the border; absent: NORTHBOUND, the rows this list held before southbound trade was kept. Only rows the caller may see in that direction are ever counted.",
  })
  direction?: Direction | null;

  @Field(() => DateTimeRange, { nullable: true, description: "The trip's estimated arrival falls in this range." })
  estimatedArrival?: DateTimeRange | null;

  @Field(() => ID, { nullable: true, description: "A program the shipment moves under." })
  programCode?: string;

  @Field({ nullable: true, description: "Leading digits (2 to 6) of the HS code of any goods item: 07 vegetables." })
  hsPrefix?: string;

  @Field(() => ShipmentStatus, {
    nullable: true,
    description: "The shipment's status; needs an inspection scope wherever the rows may be.",
  })
  status?: ShipmentStatus;

  @Field(() => Lane, { nullable: true, description: "The lane of the shipment's trip." })
  lane?: Lane;
}

export const ShipmentOrder = orderInput({
  entity: "Shipment",
  fields: { ESTIMATED_ARRIVAL: "By estimated arrival, then shipment control number." },
  ...latestFirst("ESTIMATED_ARRIVAL"),
});
export type ShipmentOrder = InstanceType<typeof ShipmentOrder>;
export type ShipmentOrderField = ShipmentOrder["field"];

export const ShipmentConnection = connectionType(
  "Shipment",
  Shipment,
  "Shipments, latest estimated arrival first unless ordered otherwise.",
  ["cargo:manifest:read"],
);
export type ShipmentConnection = InstanceType<typeof ShipmentConnection>;
