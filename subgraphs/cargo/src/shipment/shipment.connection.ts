import { Field, ID, InputType } from "type-graphql";
import { connectionType } from "../connection/connection-type";
import { Lane } from "../trip/trip.enums";
import { ShipmentStatus } from "./shipment-status";
import { Shipment } from "./shipment.entity";

@InputType({ description: "Every given condition must hold." })
export class ShipmentFilter {
  @Field(() => ID, { nullable: true, description: "Port of arrival, CBP Schedule D code." })
  portCode?: string;

  @Field(() => Date, { nullable: true, description: "Estimated arrival at or after this time." })
  arrivalFrom?: Date;

  @Field(() => Date, { nullable: true, description: "Estimated arrival before this time." })
  arrivalTo?: Date;

  @Field(() => ID, { nullable: true, description: "A program the shipment moves under." })
  programCode?: string;

  @Field({ nullable: true, description: "Leading digits (2 to 6) of the HS code of any goods item: 07 vegetables." })
  hsPrefix?: string;

  @Field(() => ShipmentStatus, { nullable: true })
  status?: ShipmentStatus;

  @Field(() => Lane, { nullable: true, description: "The lane of the shipment's trip." })
  lane?: Lane;
}

export const ShipmentConnection = connectionType("Shipment", Shipment, "Shipments, latest estimated arrival first.", [
  "cargo:manifest:read",
]);
export type ShipmentConnection = InstanceType<typeof ShipmentConnection>;
