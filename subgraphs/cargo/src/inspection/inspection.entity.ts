import { scopeDirective } from "@frontera/auth";
import { GraphQLCountryCode } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Direction } from "@frontera/federation";
import { InspectionKind, InspectionResult, RemedialAction } from "./inspection.enums";

@Directive('@key(fields: "inspectionId")')
@Directive(scopeDirective("inspection:read", "inspection:joint:read", "inspection:agri:read"))
@ObjectType({
  description:
    "One examination, by one agency or jointly, of a shipment or of a whole trip (the truck and everything on it, as one X-ray does).",
})
@Entity("inspections")
// A shipment's inspections are read oldest first, in this index's order.
@Index(["shipmentControlNumber", "startedAt", "id"])
// A trip's own exams (the truck as a whole), read with its shipments' in the same order.
@Index(["tripNumber", "startedAt", "id"])
@Index(["portCode", "direction", "startedAt", "id"])
// A partner shown a few kinds reads a port's page one kind at a time along this one (docs/performance.md).
@Index(["portCode", "direction", "kind", "startedAt", "id"])
@Index(["direction", "startedAt", "id"])
// A queue of one result (pending inspections, oldest first) pages along this one.
@Index(["result", "direction", "startedAt", "id"])
export class Inspection {
  @Field(() => ID, { name: "inspectionId", description: "The inspection's own id (a UUID)." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  // Exactly one of the two is set: what was examined.
  @Column({ type: "varchar", length: 16, nullable: true })
  shipmentControlNumber: string | null;

  @Column({ type: "varchar", length: 25, nullable: true })
  tripNumber: string | null;

  // The port of the shipment or trip, copied: inspections are listed by port.
  @Column({ type: "varchar", length: 4 })
  portCode: string;

  // Which way the row crossed, copied from its trip as the port is: rows are listed and shared by
  // direction (docs/southbound.md). Northbound unless stated: every row before directions were kept.
  @Column({ type: "simple-enum", enum: Direction, default: Direction.NORTHBOUND })
  direction: Direction;

  @Field(() => InspectionKind)
  @Column({ type: "simple-enum", enum: InspectionKind })
  kind: InspectionKind;

  @Field(() => GraphQLCountryCode, {
    description: "Where the exam took place (pre-inspection: the exporting country).",
  })
  @Column({ type: "varchar", length: 2 })
  locationCountry: string;

  @Column({ type: "varchar", length: 32, nullable: true })
  programCode: string | null;

  @Field()
  @Column({ type: "datetime" })
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  endedAt: Date | null;

  @Field(() => InspectionResult)
  @Column({ type: "simple-enum", enum: InspectionResult })
  result: InspectionResult;

  @Field(() => Int, { description: "How many times a recorded result was reopened." })
  @Column({ type: "int", default: 0 })
  reopenedCount: number;
}

@Entity("inspection_agencies")
@Index(["agencyCode", "inspectionId"])
export class InspectionAgency {
  @PrimaryColumn({ type: "varchar", length: 36 })
  inspectionId: string;

  @PrimaryColumn({ type: "varchar", length: 16 })
  agencyCode: string;
}

@Directive(scopeDirective("inspection:read", "inspection:agri:read"))
@ObjectType({ description: "A pest intercepted in an inspection, as on a PPQ Form 523 (never the owner's SSN/TIN)." })
@Entity("pest_findings")
@Index(["inspectionId"])
export class PestFinding {
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "varchar", length: 36 })
  inspectionId: string;

  @Field({ description: "Scientific name, e.g. Anastrepha ludens." })
  @Column({ type: "varchar", length: 120 })
  taxon: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 120, nullable: true })
  commonName: string | null;

  @Field(() => String, { nullable: true, description: "Serial of the PPQ 523 Emergency Action Notification." })
  @Column({ type: "varchar", length: 20, nullable: true })
  ppq523Serial: string | null;

  @Field(() => RemedialAction)
  @Column({ type: "simple-enum", enum: RemedialAction })
  action: RemedialAction;
}
