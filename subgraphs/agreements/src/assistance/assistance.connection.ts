import { connectionType, latestFirst, orderInput } from "@frontera/federation";
import { Field, InputType } from "type-graphql";
import { ASSISTANCE_SCOPES, AssistanceRequest } from "./assistance-request.entity";
import { AssistanceConcern, AssistanceDirection, AssistanceRequestStatus } from "./assistance.enums";

@InputType({ description: "Every given condition must hold." })
export class AssistanceRequestFilter {
  @Field(() => AssistanceDirection, {
    nullable: true,
    description: "SENT: those the caller's agency asked; RECEIVED: those addressed to it; omit for both.",
  })
  direction?: AssistanceDirection | null;

  @Field(() => AssistanceRequestStatus, { nullable: true, description: "Only requests with this status." })
  status?: AssistanceRequestStatus | null;

  @Field(() => AssistanceConcern, { nullable: true, description: "Only requests about this concern." })
  concern?: AssistanceConcern | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only OPEN requests past their due time, at this instant; false: all others.",
  })
  overdue?: boolean | null;
}

export const AssistanceRequestOrder = orderInput({
  entity: "AssistanceRequest",
  fields: { OPENED_AT: "By the time the request was opened, then id." },
  ...latestFirst("OPENED_AT"),
});
export type AssistanceRequestOrder = InstanceType<typeof AssistanceRequestOrder>;
export type AssistanceRequestOrderField = AssistanceRequestOrder["field"];

export const AssistanceRequestConnection = connectionType(
  "AssistanceRequest",
  AssistanceRequest,
  "Assistance requests the caller's agency sent or received, latest first unless ordered otherwise.",
  ASSISTANCE_SCOPES,
);
export type AssistanceRequestConnection = InstanceType<typeof AssistanceRequestConnection>;
