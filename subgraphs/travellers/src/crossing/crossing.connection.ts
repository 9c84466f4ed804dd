import { DateTimeRange, Lane, connectionType, latestFirst, orderInput } from "@frontera/federation";
import { Field, ID, InputType } from "type-graphql";
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

export const CrossingOrder = orderInput({
  entity: "Crossing",
  fields: { AT: "By the time of the crossing, then id." },
  ...latestFirst("AT"),
});
export type CrossingOrder = InstanceType<typeof CrossingOrder>;
export type CrossingOrderField = CrossingOrder["field"];

export const CrossingConnection = connectionType(
  "Crossing",
  Crossing,
  "Crossings, latest first unless ordered otherwise.",
  ["traveller:identity:read"],
);
export type CrossingConnection = InstanceType<typeof CrossingConnection>;
