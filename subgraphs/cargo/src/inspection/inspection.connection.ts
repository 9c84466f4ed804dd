import { INSPECTION_SCOPES } from "../access/cargo-row-policy";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { connectionType, DateTimeRange, OrderDirection, type OrderBy } from "@frontera/federation";
import { Inspection } from "./inspection.entity";
import { InspectionKind, InspectionResult } from "./inspection.enums";

@InputType({ description: "Every given condition must hold." })
export class InspectionFilter {
  @Field(() => ID, { nullable: true, description: "Port of the exam, CBP Schedule D code." })
  portCode?: string;

  @Field(() => InspectionKind, { nullable: true, description: "The kind of exam." })
  kind?: InspectionKind;

  @Field(() => InspectionResult, { nullable: true, description: "Its result; PENDING for open exams." })
  result?: InspectionResult;

  @Field(() => DateTimeRange, { nullable: true, description: "The exam started within this range." })
  startedAt?: DateTimeRange | null;

  @Field(() => ID, { nullable: true, description: "An agency that took part." })
  agencyCode?: string;
}

export enum InspectionOrderField {
  STARTED_AT = "STARTED_AT",
}

registerEnumType(InspectionOrderField, {
  name: "InspectionOrderField",
  description: "What a list of inspections is sorted by.",
  valuesConfig: { STARTED_AT: { description: "By the time the exam started, then id." } },
});

@InputType({ description: "The order of a list of inspections; by default STARTED_AT, DESC (latest first)." })
export class InspectionOrder implements OrderBy<InspectionOrderField> {
  @Field(() => InspectionOrderField, { description: "What to sort by." })
  field: InspectionOrderField;

  @Field(() => OrderDirection, { description: "Which way." })
  direction: OrderDirection;
}

export const InspectionConnection = connectionType(
  "Inspection",
  Inspection,
  "Inspections, latest first unless ordered otherwise.",
  INSPECTION_SCOPES,
);
export type InspectionConnection = InstanceType<typeof InspectionConnection>;
