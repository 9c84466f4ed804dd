import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { HOLD_SCOPES } from "../access/cargo-row-policy";
import { HoldEventAction } from "./hold.enums";

// No port of its own: an event is reached only through its hold and lives where it does.
@Directive(scopeDirective(...HOLD_SCOPES))
@ObjectType({ description: "One change to a hold: who, when, what and why. Append-only." })
@Entity("shipment_hold_events")
@Index(["holdId", "sequence"])
export class ShipmentHoldEvent {
  // Written in order, so within a hold it orders its events even within one second.
  @PrimaryGeneratedColumn({ type: "int" })
  sequence: number;

  @Column({ type: "varchar", length: 36 })
  holdId: string;

  @Field()
  @Column({ type: "datetime" })
  at: Date;

  @Field({ description: "Who made the change (the token subject)." })
  @Column({ type: "varchar", length: 128 })
  actor: string;

  // Exposed as `agency` (an Agency reference) by the resolver.
  @Column({ type: "varchar", length: 16 })
  agencyCode: string;

  @Field(() => HoldEventAction)
  @Column({ type: "simple-enum", enum: HoldEventAction })
  action: HoldEventAction;

  @Field({ description: "Why the hold was placed or released." })
  @Column({ type: "varchar", length: 500 })
  reason: string;
}
