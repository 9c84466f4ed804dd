import { scopeDirective } from "@frontera/auth";
import { type ListArguments, listArgs, naturalKeyArgument } from "@frontera/federation";
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.entity";
import { Agreement } from "../agreement/agreement.entity";
import { type AgreementsContext } from "../context";
import { PortOfEntry } from "../port/port.entity";
import { AssistanceMessage } from "./assistance-message.entity";
import { AssistanceRequestEvent } from "./assistance-event.entity";
import { ASSISTANCE_SCOPES, AssistanceRequest } from "./assistance-request.entity";
import { AssistanceRequestConnection, AssistanceRequestFilter, AssistanceRequestOrder } from "./assistance.connection";
import { AssistanceDirection } from "./assistance.enums";
import { findAssistanceRequestPage } from "./assistance.query";

const AssistanceRequestListArgs = listArgs({ filter: AssistanceRequestFilter, orderBy: AssistanceRequestOrder });

@Resolver(() => AssistanceRequest)
export class AssistanceRequestResolver {
  @Directive(scopeDirective(...ASSISTANCE_SCOPES))
  @Query(() => AssistanceRequestConnection, {
    nullable: true,
    description:
      "Assistance requests the caller's agency sent (with `enforcement:request`) or received (with `enforcement:respond`), at the ports where that scope holds; requests between other agencies never show, nor count.",
  })
  assistanceRequests(
    @Args(() => AssistanceRequestListArgs)
    { filter, orderBy, ...page }: ListArguments<AssistanceRequestFilter, AssistanceRequestOrder>,
    @Ctx() { dataSource, assistanceRows }: AgreementsContext,
  ): Promise<AssistanceRequestConnection> {
    return findAssistanceRequestPage(dataSource, assistanceRows, filter ?? {}, page, orderBy);
  }

  @Directive(scopeDirective(...ASSISTANCE_SCOPES))
  @Query(() => AssistanceRequest, {
    nullable: true,
    description: "One assistance request; null when it does not exist or the caller's agency may not see it.",
  })
  assistanceRequest(
    @Arg("id", () => ID, { description: "The request's global id, or its assistanceRequestId." }) id: string,
    @Ctx() { loaders }: AgreementsContext,
  ): Promise<AssistanceRequest | null> {
    return loaders.assistanceRequestById.load(naturalKeyArgument(id, "AssistanceRequest", "id"));
  }

  @FieldResolver(() => AssistanceDirection, { description: "Whether the caller's agency sent it or received it." })
  direction(@Root() request: AssistanceRequest, @Ctx() { assistanceRows }: AgreementsContext): AssistanceDirection {
    return assistanceRows.directionOf(request);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency that asks." })
  requester(@Root() request: AssistanceRequest, @Ctx() { loaders }: AgreementsContext) {
    return loaders.agencyByCode.load(request.requesterCode);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency asked." })
  addressee(@Root() request: AssistanceRequest, @Ctx() { loaders }: AgreementsContext) {
    return loaders.agencyByCode.load(request.addresseeCode);
  }

  @FieldResolver(() => Agreement, { nullable: true, description: "The agreement the request is made under." })
  agreement(@Root() request: AssistanceRequest, @Ctx() { loaders }: AgreementsContext) {
    return loaders.agreementById.load(request.agreementId);
  }

  @FieldResolver(() => PortOfEntry, {
    nullable: true,
    description: "Where the request lives: its subject's port when it was opened.",
  })
  port(@Root() request: AssistanceRequest, @Ctx() { loaders }: AgreementsContext) {
    return loaders.portByCode.load(request.portCode);
  }

  @FieldResolver(() => [AssistanceMessage], { description: "Answers and follow-ups, oldest first." })
  messages(@Root() request: AssistanceRequest, @Ctx() { loaders }: AgreementsContext) {
    return loaders.messagesByAssistanceRequest.load(request.id);
  }

  @FieldResolver(() => [AssistanceRequestEvent], { description: "Every change, oldest first." })
  events(@Root() request: AssistanceRequest, @Ctx() { loaders }: AgreementsContext) {
    return loaders.eventsByAssistanceRequest.load(request.id);
  }
}

@Resolver(() => AssistanceMessage)
export class AssistanceMessageResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "The agency it was written for." })
  author(@Root() message: AssistanceMessage, @Ctx() { loaders }: AgreementsContext) {
    return loaders.agencyByCode.load(message.authorCode);
  }
}

export function resolveAssistanceRequestReference(
  reference: { assistanceRequestId: string },
  { loaders }: AgreementsContext,
): Promise<AssistanceRequest | null> {
  return loaders.assistanceRequestById.load(reference.assistanceRequestId);
}
