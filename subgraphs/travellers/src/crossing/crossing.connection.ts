import { Field, ID, InputType } from "type-graphql";
import { connectionType } from "../connection/connection-type";
import { Crossing, CrossingLane, CrossingMode } from "./crossing.entity";

@InputType({ description: "Every given condition must hold." })
export class CrossingFilter {
  @Field(() => ID, { nullable: true })
  portCode?: string;

  @Field(() => Date, { nullable: true, description: "At or after this time." })
  from?: Date;

  @Field(() => Date, { nullable: true, description: "Before this time." })
  to?: Date;

  @Field(() => CrossingLane, { nullable: true })
  lane?: CrossingLane;

  @Field(() => CrossingMode, { nullable: true })
  mode?: CrossingMode;
}

export const CrossingConnection = connectionType("Crossing", Crossing, "Crossings, latest first.", [
  "traveller:identity:read",
]);
export type CrossingConnection = InstanceType<typeof CrossingConnection>;
