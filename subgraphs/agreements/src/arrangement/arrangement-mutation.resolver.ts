import { scopeDirective } from "@frontera/auth";
import { InputProblems, naturalKeyArgument, runIdempotent } from "@frontera/federation";
import { Arg, Ctx, Directive, ID, Mutation, Resolver } from "type-graphql";
import { type AgreementsContext } from "../context";
import { checkReason } from "../reason";
import { changeArrangementStatus, recordArrangement } from "./arrangement.commands";
import { DataSharingArrangement } from "./arrangement.entity";
import { ArrangementAction, type StatusAction } from "./arrangement.enums";
import { CreateArrangementInput } from "./arrangement.inputs";
import {
  CreateArrangementPayload,
  ResumeArrangementPayload,
  RevokeArrangementPayload,
  SuspendArrangementPayload,
} from "./arrangement.payloads";
import { checkNewArrangement } from "./arrangement.rules";

const KEY = { nullable: true, description: "Retrying with the same key and arguments writes once." } as const;

type StatusChange = StatusAction;

const PAYLOADS = {
  [ArrangementAction.SUSPENDED]: SuspendArrangementPayload,
  [ArrangementAction.RESUMED]: ResumeArrangementPayload,
  [ArrangementAction.REVOKED]: RevokeArrangementPayload,
} as const;

@Resolver(() => DataSharingArrangement)
export class ArrangementMutationResolver {
  @Directive(scopeDirective("agreements:write"))
  @Mutation(() => CreateArrangementPayload.type, {
    nullable: true,
    description: "Grants a partner agency scopes under an agreement.",
  })
  async createArrangement(
    @Arg("input", () => CreateArrangementInput, { description: "The new arrangement." }) input: CreateArrangementInput,
    @Arg("idempotencyKey", () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: AgreementsContext,
  ) {
    input.agreementId = naturalKeyArgument(input.agreementId, "Agreement", "input.agreementId");
    return CreateArrangementPayload.run(async () => {
      const id = await runIdempotent(
        context.dataSource,
        { caller: context.actor, key: idempotencyKey, operation: "createArrangement", arguments: input },
        async (manager) => {
          const problems = new InputProblems();
          await checkNewArrangement(manager, input, problems);
          problems.throwIfAny();
          return recordArrangement(manager, input, context.actor);
        },
      );
      return this.readBack(context, id);
    });
  }

  @Directive(scopeDirective("agreements:write"))
  @Mutation(() => SuspendArrangementPayload.type, {
    nullable: true,
    description: "Stops the sharing until resumed; partners lose its scopes.",
  })
  suspendArrangement(
    @Arg("id", () => ID, { description: "The arrangement's global id, or its arrangementId." }) id: string,
    @Arg("reason", () => String, { description: "Why, in words; kept in the arrangement's history." }) reason: string,
    @Arg("idempotencyKey", () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: AgreementsContext,
  ) {
    return this.change(context, id, ArrangementAction.SUSPENDED, reason, idempotencyKey);
  }

  @Directive(scopeDirective("agreements:write"))
  @Mutation(() => ResumeArrangementPayload.type, { nullable: true, description: "Restarts a suspended arrangement." })
  resumeArrangement(
    @Arg("id", () => ID, { description: "The arrangement's global id, or its arrangementId." }) id: string,
    @Arg("reason", () => String, { nullable: true, description: "Why, in words; kept in the arrangement's history." })
    reason: string | null | undefined,
    @Arg("idempotencyKey", () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: AgreementsContext,
  ) {
    return this.change(context, id, ArrangementAction.RESUMED, reason ?? null, idempotencyKey);
  }

  @Directive(scopeDirective("agreements:write"))
  @Mutation(() => RevokeArrangementPayload.type, {
    nullable: true,
    description: "Ends an arrangement for good: revoked is final.",
  })
  revokeArrangement(
    @Arg("id", () => ID, { description: "The arrangement's global id, or its arrangementId." }) id: string,
    @Arg("reason", () => String, { description: "Why, in words; kept in the arrangement's history." }) reason: string,
    @Arg("idempotencyKey", () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: AgreementsContext,
  ) {
    return this.change(context, id, ArrangementAction.REVOKED, reason, idempotencyKey);
  }

  private change(
    context: AgreementsContext,
    arrangementId: string,
    action: StatusChange,
    reason: string | null,
    idempotencyKey: string | null,
  ) {
    arrangementId = naturalKeyArgument(arrangementId, "DataSharingArrangement", "id");
    return PAYLOADS[action].run(async () => {
      const id = await runIdempotent(
        context.dataSource,
        {
          caller: context.actor,
          key: idempotencyKey,
          operation: `${action}Arrangement`,
          arguments: { arrangementId, reason },
        },
        async (manager) => {
          const problems = new InputProblems();
          if (reason !== null || action !== ArrangementAction.RESUMED) checkReason(problems, reason ?? "");
          problems.throwIfAny();
          return changeArrangementStatus(manager, arrangementId, action, context.actor, reason);
        },
      );
      return this.readBack(context, id);
    });
  }

  private readBack({ dataSource }: AgreementsContext, id: string): Promise<DataSharingArrangement> {
    return dataSource.getRepository(DataSharingArrangement).findOneByOrFail({ id });
  }
}
