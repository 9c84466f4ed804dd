import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The agreements subgraph's scopes on a request, repeated so that every subgraph's SDL says the same. */
export const ASSISTANCE_SCOPES = ["enforcement:request", "enforcement:respond"] as const;

/**
 * Owned by the agreements subgraph; cargo adds the record a request is about. Agreements supplies
 * the request's port and the subject's key (@requires): the subject is read here, under cargo's own
 * access rules, so what a partner sees through a request is what it may see of that record.
 */
@Directive('@key(fields: "assistanceRequestId")')
@Directive(scopeDirective(...ASSISTANCE_SCOPES))
@ObjectType("AssistanceRequest")
export class AssistanceRequest {
  @Field(() => ID)
  assistanceRequestId: string;

  @Directive("@external")
  @Field(() => ID)
  portCode: string;

  @Directive("@external")
  @Field(() => ID, { nullable: true })
  subjectShipment: string | null;

  @Directive("@external")
  @Field(() => ID, { nullable: true })
  subjectTrip: string | null;

  @Directive("@external")
  @Field(() => ID, { nullable: true })
  subjectTradeParty: string | null;
}
