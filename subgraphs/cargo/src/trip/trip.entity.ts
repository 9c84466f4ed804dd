import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Lane } from "@frontera/federation";
import { Direction } from "@frontera/federation";

@Directive('@key(fields: "tripNumber")')
@Directive(scopeDirective("cargo:manifest:read"))
@ObjectType({ description: "One truck's journey across the border: conveyance, driver and the shipments it carries." })
@Entity("trips")
@Index(["portCode", "direction", "estimatedArrival", "tripNumber"])
// Trips of every port, by arrival, read forwards or backwards. Every list reads one direction of
// trade (docs/southbound.md): the direction follows the equality columns in each index.
@Index(["direction", "estimatedArrival", "tripNumber"])
@Index(["driverId", "direction", "estimatedArrival"])
@Index(["portCode", "direction", "crossedAt"])
// Late manifests of a port by arrival: the edges of a dashboard window are counted along it.
@Index(["portCode", "manifestLate", "direction", "estimatedArrival"])
export class Trip {
  @Field(() => ID, { description: "8–25 characters, starting with the carrier's SCAC." })
  @PrimaryColumn({ type: "varchar", length: 25 })
  tripNumber: string;

  @Column({ type: "varchar", length: 36 })
  carrierId: string;

  // Hidden from clients (portOfArrival is the field): travellers requires it to place the driver.
  @Field(() => ID)
  @Directive("@inaccessible")
  @Column({ type: "varchar", length: 4 })
  portCode: string;

  @Field({ nullable: true })
  @Column({ type: "datetime" })
  estimatedArrival: Date;

  // Nullable: travellers requires it, and a field crossing a subgraph boundary may come back null.
  @Field(() => Direction, {
    nullable: true,
    description: "NORTHBOUND into the United States, SOUTHBOUND into Mexico.",
  })
  @Column({ type: "simple-enum", enum: Direction, default: Direction.NORTHBOUND })
  direction: Direction;

  @Field(() => Boolean, {
    nullable: true,
    description: "False for an empty crossing: a truck (often a return) carrying no shipment.",
  })
  @Column({ type: "boolean", default: true })
  loaded: boolean;

  // The trip this one is the return of (a truck that went north coming back south); read through
  // Trip.returnOf, so the caller sees it only where it may see that trip.
  @Column({ type: "varchar", length: 25, nullable: true })
  returnOfTripNumber: string | null;

  @Field(() => Date, { nullable: true, description: "When the truck crossed; null while awaited." })
  @Column({ type: "datetime", nullable: true })
  crossedAt: Date | null;

  @Field(() => Lane, { nullable: true })
  @Column({ type: "simple-enum", enum: Lane })
  lane: Lane;

  // Hidden from clients: travellers requires it to resolve Trip.driver.
  @Field(() => ID)
  @Directive("@inaccessible")
  @Column({ type: "varchar", length: 36 })
  driverId: string;

  @Column({ type: "varchar", length: 17 })
  conveyanceVin: string;

  @Column({ type: "varchar", length: 15 })
  conveyancePlate: string;

  @Column({ type: "varchar", length: 12, nullable: true })
  conveyanceUsdot: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the e-manifest was received (submitTripManifest); null for trips filed before it was kept.",
  })
  @Column({ type: "datetime", nullable: true })
  manifestReceivedAt: Date | null;

  // manifestTimeliness(this).late, kept in every write that changes an input (the manifest, the
  // crossing) so late manifests are counted per day (LATE_MANIFESTS_BY_ARRIVAL). Null: no receipt.
  @Column({ type: "boolean", nullable: true })
  manifestLate: boolean | null;
}
