import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { INSPECTION_SCOPES } from "../access/cargo-row-policy";
import { InspectionEventAction, InspectionResult } from "./inspection.enums";

// No port of its own: an event is reached only through its inspection and lives where it does.
@Directive(scopeDirective(...INSPECTION_SCOPES))
@ObjectType({ description: "One change to an inspection: who, when, what and why. Append-only." })
@Entity("inspection_events")
@Index(["inspectionId", "sequence"])
export class InspectionEvent {
  // Written in order, so within an inspection it orders its events even within one second.
  @PrimaryGeneratedColumn({ type: "int" })
  sequence: number;

  @Column({ type: "varchar", length: 36 })
  inspectionId: string;

  @Field()
  @Column({ type: "datetime" })
  at: Date;

  @Field({ description: "Who made the change (the token subject)." })
  @Column({ type: "varchar", length: 128 })
  actor: string;

  // Exposed as `agency` (an Agency reference) by the resolver.
  @Column({ type: "varchar", length: 16 })
  agencyCode: string;

  @Field(() => InspectionEventAction)
  @Column({ type: "simple-enum", enum: InspectionEventAction })
  action: InspectionEventAction;

  @Field(() => InspectionResult, { nullable: true, description: "The result before the change; null when opened." })
  @Column({ type: "simple-enum", enum: InspectionResult, nullable: true })
  resultBefore: InspectionResult | null;

  @Field(() => InspectionResult, { description: "The result the change left." })
  @Column({ type: "simple-enum", enum: InspectionResult })
  resultAfter: InspectionResult;

  @Field(() => String, { nullable: true, description: "Why a result was reopened." })
  @Column({ type: "varchar", length: 500, nullable: true })
  reason: string | null;
}
