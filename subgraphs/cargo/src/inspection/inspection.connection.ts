import { INSPECTION_SCOPES } from "../access/cargo-row-policy";
import { Direction } from "@frontera/federation";
import { Field, ID, InputType } from "type-graphql";
import { connectionType, DateTimeRange, latestFirst, orderInput } from "@frontera/federation";
import { Inspection } from "./inspection.entity";
import { InspectionKind, InspectionResult } from "./inspection.enums";

@InputType({ description: "Every given condition must hold." })
export class InspectionFilter {
  @Field(() => ID, { nullable: true, description: "Port of the exam, CBP Schedule D code." })
  portCode?: string;

  @Field(() => Direction, {
    nullable: true,
    description:
      "Which way across the border; absent: NORTHBOUND, the rows this list held before southbound trade was kept. Only rows the caller may see in that direction are ever counted.",
  })
  direction?: Direction | null;

  @Field(() => InspectionKind, { nullable: true, description: "The kind of exam." })
  kind?: InspectionKind;

  @Field(() => InspectionResult, { nullable: true, description: "Its result; PENDING for open exams." })
  result?: InspectionResult;

  @Field(() => DateTimeRange, { nullable: true, description: "The exam started within this range." })
  startedAt?: DateTimeRange | null;

  @Field(() => ID, { nullable: true, description: "An agency that took part." })
  agencyCode?: string;
}

export const InspectionOrder = orderInput({
  entity: "Inspection",
  fields: { STARTED_AT: "By the time the exam started, then id." },
  ...latestFirst("STARTED_AT"),
});
export type InspectionOrder = InstanceType<typeof InspectionOrder>;
export type InspectionOrderField = InspectionOrder["field"];

export const InspectionConnection = connectionType(
  "Inspection",
  Inspection,
  "Inspections, latest first unless ordered otherwise.",
  INSPECTION_SCOPES,
);
export type InspectionConnection = InstanceType<typeof InspectionConnection>;
