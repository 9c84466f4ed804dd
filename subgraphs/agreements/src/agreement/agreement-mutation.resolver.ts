import { scopeDirective } from "@frontera/auth";
import {
  runIdempotentMutation,
  IdempotencyKeyArg,
  type BusinessErrors,
  InputProblems,
  conflict,
  naturalKeyArgument,
  toIsoDate,
} from "@frontera/federation";
import { Arg, Ctx, Directive, ID, Int, Mutation, Resolver } from "type-graphql";
import { type AgreementsContext } from "../context";
import { checkReason } from "../reason";
import { currentAgreement, recordAgreement, replaceAgreementVersion } from "./agreement.commands";
import { Agreement } from "./agreement.entity";
import { AgreementStatus } from "./agreement.enums";
import { AmendAgreementInput, CreateAgreementInput } from "./agreement.inputs";
import { AmendAgreementPayload, CreateAgreementPayload, SetAgreementStatusPayload } from "./agreement.payloads";
import { type AgreementDraft, checkAgreementDraft, checkNewAgreement } from "./agreement.rules";
import { sourcesFromInput } from "../source/source.type";

@Resolver(() => Agreement)
export class AgreementMutationResolver {
  @Directive(scopeDirective("agreements:write"))
  @Mutation(() => CreateAgreementPayload.type, {
    nullable: true,
    description: "Records a signed agreement (agreements:write).",
  })
  async createAgreement(
    @Arg("input", () => CreateAgreementInput, { description: "The agreement, or the fields to change." })
    input: CreateAgreementInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: AgreementsContext,
  ) {
    return runIdempotentMutation(CreateAgreementPayload, context, {
      key: idempotencyKey,
      arguments: input,
      write: async (manager) => {
        const draft: AgreementDraft = {
          id: input.id,
          title: input.title,
          titleEs: input.titleEs ?? null,
          instrumentType: input.instrumentType,
          parties: input.partyCodes,
          signedOn: toIsoDate(input.signedOn),
          signedAt: input.signingPlace ?? null,
          effectiveFrom: toIsoDate(input.effectiveFrom),
          effectiveFromBasis: input.effectiveFromBasis,
          expiresOn: toIsoDate(input.expiresOn),
          status: input.status,
          supersedes: input.supersededAgreementIds,
          programs: input.programCodes,
          sources: sourcesFromInput(input.sources),
        };
        const problems = new InputProblems();
        await checkNewAgreement(manager, draft, problems);
        problems.throwIfAny();
        await recordAgreement(manager, draft, context.actor);
        return draft.id;
      },
    });
  }

  @Directive(scopeDirective("agreements:write"))
  @Mutation(() => AmendAgreementPayload.type, {
    nullable: true,
    description:
      "Changes an agreement's recorded facts; the previous version stays readable in history. Refused with STALE_VERSION when `expectedVersion` is not the agreement's current version: someone amended it since it was read.",
  })
  async amendAgreement(
    @Arg("id", () => ID, { description: "The agreement's global id, or its agreementId (slug)." }) agreementId: string,
    @Arg("expectedVersion", () => Int, { description: "The `version` the change was made against." })
    expectedVersion: number,
    @Arg("input", () => AmendAgreementInput, { description: "The agreement, or the fields to change." })
    input: AmendAgreementInput,
    @Arg("reason", () => String, { description: "Why, in words; kept with the agreement's version history." })
    reason: string,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: AgreementsContext,
  ) {
    agreementId = naturalKeyArgument(agreementId, "Agreement", "id");
    return runIdempotentMutation(AmendAgreementPayload, context, {
      key: idempotencyKey,
      arguments: { agreementId, expectedVersion, input, reason },
      write: async (manager) => {
        const problems = new InputProblems();
        checkReason(problems, reason);
        const { agreement, snapshot } = await currentAgreement(manager, agreementId);
        // Optimistic concurrency: a change made against an older version would silently undo another.
        if (agreement.version !== expectedVersion) {
          throw staleVersion(agreementId, expectedVersion, agreement.version);
        }
        const given = <Key extends keyof AmendAgreementInput>(key: Key) => input[key] !== undefined;
        const amended = {
          ...snapshot,
          ...(given("title") && { title: input.title! }),
          ...(given("titleEs") && { titleEs: input.titleEs ?? null }),
          ...(given("instrumentType") && { instrumentType: input.instrumentType! }),
          ...(given("partyCodes") && { parties: input.partyCodes! }),
          ...(given("signedOn") && { signedOn: toIsoDate(input.signedOn) }),
          ...(given("signingPlace") && { signedAt: input.signingPlace ?? null }),
          ...(given("effectiveFrom") && { effectiveFrom: toIsoDate(input.effectiveFrom) }),
          ...(given("effectiveFromBasis") && { effectiveFromBasis: input.effectiveFromBasis! }),
          ...(given("expiresOn") && { expiresOn: toIsoDate(input.expiresOn) }),
          ...(given("programCodes") && { programs: input.programCodes! }),
          ...(given("sources") && { sources: sourcesFromInput(input.sources!) }),
        };
        await checkAgreementDraft(manager, { ...amended, id: agreementId, supersedes: [] }, problems);
        problems.throwIfAny();
        await replaceAgreementVersion(manager, agreementId, () => amended, context.actor, reason);
        return agreementId;
      },
    });
  }

  @Directive(scopeDirective("agreements:write"))
  @Mutation(() => SetAgreementStatusPayload.type, {
    nullable: true,
    description: "Moves an agreement to IN_FORCE, SUPERSEDED or TERMINATED (final).",
  })
  async setAgreementStatus(
    @Arg("id", () => ID, { description: "The agreement's global id, or its agreementId (slug)." }) agreementId: string,
    @Arg("status", () => AgreementStatus, { description: "The new status." }) status: AgreementStatus,
    @Arg("reason", () => String, { description: "Why, in words; kept with the agreement's version history." })
    reason: string,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: AgreementsContext,
  ) {
    agreementId = naturalKeyArgument(agreementId, "Agreement", "id");
    return runIdempotentMutation(SetAgreementStatusPayload, context, {
      key: idempotencyKey,
      arguments: { agreementId, status, reason },
      write: async (manager) => {
        const problems = new InputProblems();
        checkReason(problems, reason);
        problems.throwIfAny();
        const { snapshot } = await currentAgreement(manager, agreementId);
        if (snapshot.status === AgreementStatus.TERMINATED) {
          throw conflict(
            "TERMINATED_IS_FINAL",
            `agreement ${agreementId} is TERMINATED; termination is final`,
            "status",
          );
        }
        if (snapshot.status === status) {
          throw conflict("ALREADY_IN_STATUS", `agreement ${agreementId} is already ${status}`, "status");
        }
        await replaceAgreementVersion(
          manager,
          agreementId,
          (current) => ({ ...current, status }),
          context.actor,
          reason,
        );
        return agreementId;
      },
    });
  }
}

function staleVersion(id: string, expected: number, current: number): BusinessErrors {
  return conflict(
    "STALE_VERSION",
    `agreement ${id} is at version ${current}, not ${expected}: read it again and reapply the change`,
    "expectedVersion",
  );
}
