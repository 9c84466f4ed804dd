import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { ShipmentStatus } from "./shipment-status";
import { ShipmentType } from "@frontera/code-lists";
import { Direction } from "@frontera/federation";

// The code list's enum (shared with the demo data), served by this subgraph as GraphQL enum.
export { ShipmentType };

registerEnumType(ShipmentType, {
  name: "ShipmentType",
  description: "How a shipment is entered.",
  valuesConfig: {
    PAPS: { description: "Pre-Arrival Processing System: entered at the border port of arrival." },
    IN_BOND: { description: "Moves under bond to an inland port, where it is entered." },
  },
});

@Directive('@key(fields: "shipmentControlNumber")')
@Directive(scopeDirective("cargo:manifest:read"))
@ObjectType({ description: "One consignment on a trip, as declared in the e-manifest." })
@Entity("shipments")
// Keyset pagination walks (port, direction, estimatedArrival, shipmentControlNumber), forwards or
// backwards: every list reads one direction of trade (docs/southbound.md).
@Index(["portCode", "direction", "estimatedArrival", "shipmentControlNumber"])
@Index(["direction", "estimatedArrival", "shipmentControlNumber"])
@Index(["tripNumber"])
@Index(["status", "direction", "estimatedArrival", "shipmentControlNumber"])
export class Shipment {
  @Field(() => ID, { description: "Carrier SCAC + 4–12 letters or digits." })
  @PrimaryColumn({ type: "varchar", length: 16 })
  shipmentControlNumber: string;

  @Field(() => ShipmentType)
  @Column({ type: "simple-enum", enum: ShipmentType })
  type: ShipmentType;

  @Column({ type: "varchar", length: 25 })
  tripNumber: string;

  // Copied from the trip: the port and arrival time are what shipments are listed by. Hidden
  // from clients; the travellers subgraph requires it to place the driver (Shipment.driver).
  @Field(() => ID)
  @Directive("@inaccessible")
  @Column({ type: "varchar", length: 4 })
  portCode: string;

  @Column({ type: "datetime" })
  estimatedArrival: Date;

  @Field(() => Direction, {
    nullable: true,
    description: "NORTHBOUND: a US import from Mexico; SOUTHBOUND: a US export entering Mexico.",
  })
  @Column({ type: "simple-enum", enum: Direction, default: Direction.NORTHBOUND })
  direction: Direction;

  @Column({ type: "varchar", length: 36 })
  shipperId: string;

  @Column({ type: "varchar", length: 36 })
  consigneeId: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  importerId: string | null;

  // Read through ShipmentResolver.status: a partner gets the status its own inspections give.
  @Column({ type: "simple-enum", enum: ShipmentStatus })
  status: ShipmentStatus;
}

@Entity("shipment_programs")
@Index(["programCode", "shipmentControlNumber"])
export class ShipmentProgram {
  @PrimaryColumn({ type: "varchar", length: 16 })
  shipmentControlNumber: string;

  @PrimaryColumn({ type: "varchar", length: 32 })
  programCode: string;
}
