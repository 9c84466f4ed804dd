import { scopeDirective } from "@frontera/auth";
import {
  InputProblems,
  IdempotencyKeyArg,
  type PayloadRunner,
  naturalKeyArgument,
  runIdempotentMutation,
} from "@frontera/federation";
import { Arg, Ctx, Directive, ID, Mutation, Resolver } from "type-graphql";
import { type AgreementsContext } from "../context";
import { checkReason } from "../reason";
import { ASSISTANCE_SCOPES, AssistanceRequest } from "./assistance-request.entity";
import { type AssistanceChange, changeAssistanceRequest, openAssistanceRequest } from "./assistance.commands";
import { AssistanceAction, AssistanceSubjectKind } from "./assistance.enums";
import { OpenAssistanceRequestInput } from "./assistance.inputs";
import {
  AddAssistanceMessagePayload,
  AnswerAssistanceRequestPayload,
  CloseAssistanceRequestPayload,
  DeclineAssistanceRequestPayload,
  OpenAssistanceRequestPayload,
} from "./assistance.payloads";
import { checkNewAssistanceRequest, checkText, MAX_MESSAGE, SUBJECT_FIELD } from "./assistance.rules";
import { type SubjectFound } from "./cargo-subjects";

const SUBJECT_TYPE: Record<AssistanceSubjectKind, string> = {
  [AssistanceSubjectKind.SHIPMENT]: "Shipment",
  [AssistanceSubjectKind.TRIP]: "Trip",
  [AssistanceSubjectKind.TRADE_PARTY]: "TradeParty",
};

/** The one subject the input names, by its natural key (a global id is taken too). */
function subjectOf(input: OpenAssistanceRequestInput): { kind: AssistanceSubjectKind; key: string } {
  const given = (
    [
      [AssistanceSubjectKind.SHIPMENT, input.subject.shipmentControlNumber],
      [AssistanceSubjectKind.TRIP, input.subject.tripNumber],
      [AssistanceSubjectKind.TRADE_PARTY, input.subject.tradePartyId],
    ] as const
  ).filter(([, key]) => key != null);
  // @oneOf already holds this at validation; kept so no caller reaches the commands with both or neither.
  if (given.length !== 1) {
    const problems = new InputProblems();
    problems.add("input.subject", "name exactly one of shipmentControlNumber, tripNumber and tradePartyId");
    problems.throwIfAny();
  }
  const [kind, key] = given[0]!;
  return { kind, key: naturalKeyArgument(key!, SUBJECT_TYPE[kind], SUBJECT_FIELD[kind]) };
}

type ChangePayload = PayloadRunner<unknown>;

@Resolver(() => AssistanceRequest)
export class AssistanceMutationResolver {
  @Directive(scopeDirective("enforcement:request"))
  @Mutation(() => OpenAssistanceRequestPayload.type, {
    nullable: true,
    description:
      "Asks another agency, under an agreement, about one shipment, trip or trade party, for the caller's agency. The request lives at its subject's port, where the caller must hold `enforcement:request`.",
  })
  async openAssistanceRequest(
    @Arg("input", () => OpenAssistanceRequestInput, { description: "The new request." })
    input: OpenAssistanceRequestInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: AgreementsContext,
  ) {
    input.agreementId = naturalKeyArgument(input.agreementId, "Agreement", "input.agreementId");
    const { kind, key } = subjectOf(input);
    const { assistanceRows: rows } = context;
    // Cargo is asked before the transaction opens: no lock is held while another service answers.
    const found: SubjectFound = await context.cargoSubjects.find(kind, key);
    return runIdempotentMutation(OpenAssistanceRequestPayload, context, {
      key: idempotencyKey,
      arguments: { ...input, subject: { kind, key } },
      write: async (manager) => {
        // A subject at a port where the caller may not ask reads as one that does not exist.
        const askable =
          found !== null && (found.portCode === null || rows.policy.holdsAt(["enforcement:request"], [found.portCode]));
        const problems = new InputProblems();
        const portCode = await checkNewAssistanceRequest(
          manager,
          input,
          rows.agency,
          kind,
          key,
          askable ? found : null,
          problems,
        );
        if (portCode && !rows.policy.holdsAt(["enforcement:request"], [portCode])) {
          problems.add("input.portCode", `enforcement:request does not hold for the caller at ${portCode}`);
        }
        problems.throwIfAny();
        return openAssistanceRequest(
          manager,
          {
            requesterCode: rows.agency,
            addresseeCode: input.addresseeCode,
            agreementId: input.agreementId,
            subjectKind: kind,
            subjectKey: key,
            portCode: portCode!,
            concern: input.concern,
            question: input.question,
            dueAt: input.dueAt,
          },
          { actor: context.actor, rows },
        );
      },
    });
  }

  @Directive(scopeDirective("enforcement:respond"))
  @Mutation(() => AnswerAssistanceRequestPayload.type, {
    nullable: true,
    description:
      "Answers an OPEN request addressed to the caller's agency: the answer is kept as a message; → ANSWERED.",
  })
  answerAssistanceRequest(
    @Arg("id", () => ID, { description: "The request's global id, or its assistanceRequestId." }) id: string,
    @Arg("body", () => String, { description: "The answer, in words (at most 4,000 characters)." }) body: string,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: AgreementsContext,
  ) {
    return this.change(context, AnswerAssistanceRequestPayload, id, AssistanceAction.ANSWERED, body, idempotencyKey);
  }

  @Directive(scopeDirective(...ASSISTANCE_SCOPES))
  @Mutation(() => AddAssistanceMessagePayload.type, {
    nullable: true,
    description:
      "Adds a message to an OPEN or ANSWERED request, from either side: the agency asked (`enforcement:respond`) or the one that asked (`enforcement:request`).",
  })
  addAssistanceMessage(
    @Arg("id", () => ID, { description: "The request's global id, or its assistanceRequestId." }) id: string,
    @Arg("body", () => String, { description: "The message, in words (at most 4,000 characters)." }) body: string,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: AgreementsContext,
  ) {
    return this.change(context, AddAssistanceMessagePayload, id, AssistanceAction.MESSAGE_ADDED, body, idempotencyKey);
  }

  @Directive(scopeDirective("enforcement:respond"))
  @Mutation(() => DeclineAssistanceRequestPayload.type, {
    nullable: true,
    description: "Declines an OPEN request addressed to the caller's agency, saying why; → DECLINED, final.",
  })
  declineAssistanceRequest(
    @Arg("id", () => ID, { description: "The request's global id, or its assistanceRequestId." }) id: string,
    @Arg("reason", () => String, { description: "Why, in words; the requesting agency reads it." }) reason: string,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: AgreementsContext,
  ) {
    return this.change(context, DeclineAssistanceRequestPayload, id, AssistanceAction.DECLINED, reason, idempotencyKey);
  }

  @Directive(scopeDirective("enforcement:request"))
  @Mutation(() => CloseAssistanceRequestPayload.type, {
    nullable: true,
    description: "Closes an ANSWERED request the caller's agency sent; → CLOSED, final.",
  })
  closeAssistanceRequest(
    @Arg("id", () => ID, { description: "The request's global id, or its assistanceRequestId." }) id: string,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: AgreementsContext,
  ) {
    return this.change(context, CloseAssistanceRequestPayload, id, AssistanceAction.CLOSED, null, idempotencyKey);
  }

  private change(
    context: AgreementsContext,
    payload: ChangePayload,
    id: string,
    action: AssistanceChange,
    text: string | null,
    idempotencyKey: string | null,
  ) {
    const requestId = naturalKeyArgument(id, "AssistanceRequest", "id");
    return runIdempotentMutation(payload, context, {
      key: idempotencyKey,
      arguments: { requestId, text },
      write: async (manager) => {
        const problems = new InputProblems();
        if (action === AssistanceAction.DECLINED) checkReason(problems, text ?? "");
        else if (text !== null) checkText(problems, text, "body", MAX_MESSAGE);
        problems.throwIfAny();
        return changeAssistanceRequest(manager, requestId, action, text, {
          actor: context.actor,
          rows: context.assistanceRows,
        });
      },
    });
  }
}
