import { INSPECTION_SCOPES } from "../access/cargo-row-policy";
import { Field, ID, InputType } from "type-graphql";
import { connectionType } from "../connection/connection-type";
import { Inspection } from "./inspection.entity";
import { InspectionKind, InspectionResult } from "./inspection.enums";

@InputType({ description: "Every given condition must hold." })
export class InspectionFilter {
  @Field(() => ID, { nullable: true })
  portCode?: string;

  @Field(() => InspectionKind, { nullable: true })
  kind?: InspectionKind;

  @Field(() => InspectionResult, { nullable: true })
  result?: InspectionResult;

  @Field(() => Date, { nullable: true, description: "Started at or after this time." })
  from?: Date;

  @Field(() => Date, { nullable: true, description: "Started before this time." })
  to?: Date;

  @Field(() => ID, { nullable: true, description: "An agency that took part." })
  agencyCode?: string;
}

export const InspectionConnection = connectionType(
  "Inspection",
  Inspection,
  "Inspections, latest first.",
  INSPECTION_SCOPES,
);
export type InspectionConnection = InstanceType<typeof InspectionConnection>;
