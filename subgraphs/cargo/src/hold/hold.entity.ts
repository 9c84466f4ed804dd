import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Direction } from "@frontera/federation";
import { HOLD_SCOPES } from "../access/cargo-row-policy";
import { HoldKind } from "./hold.enums";

@Directive('@key(fields: "holdId")')
@Directive(scopeDirective(...HOLD_SCOPES))
@ObjectType({
  description:
    "An agency's stop on a shipment at its port: while it is open, no inspection result releases the shipment. Seen with hold:read (every kind) or hold:agri:read (AGRICULTURAL only) at the shipment's port.",
})
@Entity("shipment_holds")
// A shipment's holds are read oldest first, in this index's order.
@Index(["shipmentControlNumber", "placedAt", "id"])
@Index(["portCode", "direction", "placedAt", "id"])
@Index(["direction", "placedAt", "id"])
export class ShipmentHold {
  @Field(() => ID, { name: "holdId", description: "The hold's own id (a UUID)." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 16 })
  shipmentControlNumber: string;

  // The shipment's port, copied: holds are listed and cut by port.
  @Column({ type: "varchar", length: 4 })
  portCode: string;

  // Which way the row crossed, copied from its trip as the port is: rows are listed and shared by
  // direction (docs/southbound.md). Northbound unless stated: every row before directions were kept.
  @Column({ type: "simple-enum", enum: Direction, default: Direction.NORTHBOUND })
  direction: Direction;

  @Field(() => HoldKind)
  @Column({ type: "simple-enum", enum: HoldKind })
  kind: HoldKind;

  // Exposed as `agency` (an Agency reference) by the resolver: the agency that placed it.
  @Column({ type: "varchar", length: 16 })
  agencyCode: string;

  @Field({ description: "Why the shipment is stopped, in words." })
  @Column({ type: "varchar", length: 500 })
  reason: string;

  @Field({ description: "When the hold was placed." })
  @Column({ type: "datetime" })
  placedAt: Date;

  @Field({ description: "Who placed it (the token subject)." })
  @Column({ type: "varchar", length: 128 })
  placedBy: string;

  @Field(() => Date, { nullable: true, description: "When it was released; null while open." })
  @Column({ type: "datetime", nullable: true })
  releasedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Who released it (the token subject); null while open." })
  @Column({ type: "varchar", length: 128, nullable: true })
  releasedBy: string | null;

  // Exposed as `releasingAgency` by the resolver.
  @Column({ type: "varchar", length: 16, nullable: true })
  releasedByAgencyCode: string | null;

  @Field(() => String, { nullable: true, description: "Why it was released; null while open." })
  @Column({ type: "varchar", length: 500, nullable: true })
  releaseReason: string | null;
}
