import { DateTimeRange, Lane, OrderDirection, type OrderBy, connectionType } from "@frontera/federation";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { Crossing, CrossingMode } from "./crossing.entity";

@InputType({ description: "Every given condition must hold." })
export class CrossingFilter {
  @Field(() => ID, { nullable: true, description: "Port of the crossing, CBP Schedule D code." })
  portCode?: string;

  @Field(() => DateTimeRange, { nullable: true, description: "The crossing happened within this range." })
  at?: DateTimeRange | null;

  @Field(() => Lane, { nullable: true, description: "The lane crossed in." })
  lane?: Lane;

  @Field(() => CrossingMode, { nullable: true, description: "How the person crossed." })
  mode?: CrossingMode;
}

export enum CrossingOrderField {
  AT = "AT",
}

registerEnumType(CrossingOrderField, {
  name: "CrossingOrderField",
  description: "What a list of crossings is sorted by.",
  valuesConfig: { AT: { description: "By the time of the crossing, then id." } },
});

@InputType({ description: "The order of a list of crossings; by default AT, DESC (latest first)." })
export class CrossingOrder implements OrderBy<CrossingOrderField> {
  @Field(() => CrossingOrderField, { description: "What to sort by." })
  field: CrossingOrderField;

  @Field(() => OrderDirection, { description: "Which way." })
  direction: OrderDirection;
}

export const CrossingConnection = connectionType(
  "Crossing",
  Crossing,
  "Crossings, latest first unless ordered otherwise.",
  ["traveller:identity:read"],
);
export type CrossingConnection = InstanceType<typeof CrossingConnection>;
