import { Field, ID, InputType } from "type-graphql";
import { Direction } from "@frontera/federation";
import { connectionType, DateTimeRange, latestFirst, orderInput } from "@frontera/federation";
import { HOLD_SCOPES } from "../access/cargo-row-policy";
import { ShipmentHold } from "./hold.entity";
import { HoldKind } from "./hold.enums";

// Every key reads a field of the hold itself, which the rows it filters are already cut to: a
// filter can only narrow the holds the caller may read, never ask about another.
@InputType({ description: "Every given condition must hold." })
export class HoldFilter {
  @Field(() => ID, { nullable: true, description: "Port of the shipment held, CBP Schedule D code." })
  portCode?: string;

  @Field(() => Direction, {
    nullable: true,
    description:
      "Which way across the border; absent: NORTHBOUND, the rows this list held before southbound trade was kept. Only rows the caller may see in that direction are ever counted.",
  })
  direction?: Direction | null;

  @Field(() => HoldKind, { nullable: true, description: "The kind of hold." })
  kind?: HoldKind;

  @Field({ nullable: true, description: "true: only holds still open; false: only released ones." })
  open?: boolean;

  @Field(() => ID, { nullable: true, description: "The agency that placed the hold." })
  agencyCode?: string;

  @Field(() => DateTimeRange, { nullable: true, description: "The hold was placed within this range." })
  placedAt?: DateTimeRange | null;
}

export const HoldOrder = orderInput({
  entity: "ShipmentHold",
  fields: { PLACED_AT: "By the time the hold was placed, then id." },
  ...latestFirst("PLACED_AT"),
});
export type HoldOrder = InstanceType<typeof HoldOrder>;
export type HoldOrderField = HoldOrder["field"];

export const HoldConnection = connectionType(
  "ShipmentHold",
  ShipmentHold,
  "Holds on shipments, latest first unless ordered otherwise.",
  HOLD_SCOPES,
);
export type HoldConnection = InstanceType<typeof HoldConnection>;
