import { INSPECTION_SCOPES } from "../access/cargo-row-policy";
import { Field, ID, InputType } from "type-graphql";
import { connectionType, DateTimeRange, OrderDirection, type OrderBy, orderInput } from "@frontera/federation";
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

export const InspectionOrder = orderInput({
  entity: "Inspection",
  rows: "inspections",
  fields: InspectionOrderField,
  descriptions: { STARTED_AT: "By the time the exam started, then id." },
  byDefault: { field: InspectionOrderField.STARTED_AT, direction: OrderDirection.DESC },
  defaultInWords: "latest first",
});
export type InspectionOrder = OrderBy<InspectionOrderField>;

export const InspectionConnection = connectionType(
  "Inspection",
  Inspection,
  "Inspections, latest first unless ordered otherwise.",
  INSPECTION_SCOPES,
);
export type InspectionConnection = InstanceType<typeof InspectionConnection>;
