import { scopeDirective } from "@frontera/auth";
import {
  runIdempotentMutation,
  IdempotencyKeyArg,
  InputProblems,
  conflict,
  naturalKeyArgument,
  notFound,
} from "@frontera/federation";
import { randomUUID } from "node:crypto";
import { Arg, Ctx, Directive, ID, Mutation, Resolver } from "type-graphql";
import { type CargoContext } from "../context";
import { checkNoOpenHold } from "../hold/hold-release-check";
import {
  refreshStatusesExaminedBy,
  refreshStatusesOf,
  shipmentsExaminedBy,
} from "../shipment/shipment-status.commands";
import { Inspection, InspectionAgency, PestFinding } from "./inspection.entity";
import { recordInspectionEvent } from "./inspection-event.commands";
import { findExamined } from "./inspection-target";
import { InspectionEventAction, InspectionResult } from "./inspection.enums";
import { InspectionResultInput, OpenInspectionInput } from "./inspection.inputs";
import { OpenInspectionPayload, RecordInspectionResultPayload, ReopenInspectionPayload } from "./inspection.payloads";
import { checkInspectionResult, checkOpenInspection } from "./inspection.rules";

@Resolver(() => Inspection)
export class InspectionMutationResolver {
  @Directive(scopeDirective("inspection:write"))
  @Mutation(() => OpenInspectionPayload.type, {
    nullable: true,
    description: "Opens an inspection of a shipment or of a whole trip; its result is PENDING.",
  })
  async openInspection(
    @Arg("input", () => OpenInspectionInput, { description: "The inspection and what was found." })
    input: OpenInspectionInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: CargoContext,
  ) {
    const reference = await context.reference.get();
    return runIdempotentMutation(OpenInspectionPayload, context, {
      key: idempotencyKey,
      arguments: input,
      write: async (manager) => {
        const problems = new InputProblems();
        const examined = await findExamined(manager, input, problems);
        checkOpenInspection(input, reference, problems);
        problems.throwIfAny();
        const inspectionId = randomUUID();
        const target = {
          shipmentControlNumber: input.target.shipmentControlNumber ?? null,
          tripNumber: input.target.tripNumber ?? null,
        };
        await manager.getRepository(Inspection).insert({
          id: inspectionId,
          ...target,
          portCode: examined!.portCode,
          direction: examined!.direction,
          kind: input.kind,
          locationCountry: input.locationCountry,
          programCode: input.programCode ?? null,
          startedAt: input.startedAt,
          endedAt: null,
          result: InspectionResult.PENDING,
          reopenedCount: 0,
        });
        await manager
          .getRepository(InspectionAgency)
          .insert([...new Set(input.agencyCodes)].map((agencyCode) => ({ inspectionId, agencyCode })));
        await recordInspectionEvent(manager, context, {
          inspectionId,
          action: InspectionEventAction.OPENED,
          resultBefore: null,
          resultAfter: InspectionResult.PENDING,
        });
        await refreshStatusesExaminedBy(manager, target);
        return inspectionId;
      },
    });
  }

  @Directive(scopeDirective("inspection:write"))
  @Mutation(() => RecordInspectionResultPayload.type, {
    nullable: true,
    description:
      "Records the result, once: a recorded result changes only after reopenInspection. A result that lets the goods go on (RELEASED, TREATED) is refused with SHIPMENT_ON_HOLD while a hold on the shipment examined (or on any shipment of the trip examined) is open; release the hold first.",
  })
  async recordInspectionResult(
    @Arg("input", () => InspectionResultInput, { description: "The inspection and what was found." })
    input: InspectionResultInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: CargoContext,
  ) {
    input.inspectionId = naturalKeyArgument(input.inspectionId, "Inspection", "input.inspectionId");
    return runIdempotentMutation(RecordInspectionResultPayload, context, {
      key: idempotencyKey,
      arguments: input,
      write: async (manager) => {
        const inspections = manager.getRepository(Inspection);
        const inspection = await inspections.findOneBy({ id: input.inspectionId });
        if (!inspection) throw notFound(`inspection ${input.inspectionId}`, "input.inspectionId");
        if (inspection.result !== InspectionResult.PENDING) {
          throw conflict(
            "ALREADY_RECORDED",
            `inspection ${inspection.id} already has the result ${inspection.result}; reopen it first`,
            "input.inspectionId",
          );
        }
        const problems = new InputProblems();
        checkInspectionResult(inspection, input, problems);
        problems.throwIfAny();
        // Read once: the hold check and the status refresh below both need them.
        const examined = await shipmentsExaminedBy(manager, inspection);
        await checkNoOpenHold(manager, examined, input.result);
        const updated = await inspections.update(
          { id: inspection.id, result: InspectionResult.PENDING },
          { result: input.result, endedAt: input.endedAt },
        );
        if (updated.affected === 0) {
          throw conflict(
            "ALREADY_RECORDED",
            `inspection ${inspection.id} got a result meanwhile`,
            "input.inspectionId",
          );
        }
        // A result after a reopening replaces the findings of the earlier one.
        await manager.getRepository(PestFinding).delete({ inspectionId: inspection.id });
        if (input.pestFindings.length) {
          await manager.getRepository(PestFinding).insert(
            input.pestFindings.map((finding) => ({
              inspectionId: inspection.id,
              taxon: finding.taxon,
              commonName: finding.commonName ?? null,
              ppq523Serial: finding.ppq523Serial ?? null,
              action: finding.action,
            })),
          );
        }
        await recordInspectionEvent(manager, context, {
          inspectionId: inspection.id,
          action: InspectionEventAction.RESULT_RECORDED,
          resultBefore: InspectionResult.PENDING,
          resultAfter: input.result,
        });
        await refreshStatusesOf(manager, examined);
        return inspection.id;
      },
    });
  }

  @Directive(scopeDirective("inspection:write"))
  @Mutation(() => ReopenInspectionPayload.type, {
    nullable: true,
    description: "Sets a recorded result back to PENDING so it can be recorded again.",
  })
  async reopenInspection(
    @Arg("id", () => ID, { description: "The inspection's global id, or its inspectionId." }) inspectionId: string,
    @Arg("reason", () => String, { description: "Why it is reopened, in words; kept in the inspection's history." })
    reason: string,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: CargoContext,
  ) {
    inspectionId = naturalKeyArgument(inspectionId, "Inspection", "id");
    return runIdempotentMutation(ReopenInspectionPayload, context, {
      key: idempotencyKey,
      arguments: { inspectionId, reason },
      write: async (manager) => {
        const problems = new InputProblems();
        problems.check(
          reason.trim().length > 0 && reason.length <= 500,
          "reason",
          "must say why, in at most 500 characters",
        );
        problems.throwIfAny();
        const inspection = await manager.getRepository(Inspection).findOneBy({ id: inspectionId });
        if (!inspection) throw notFound(`inspection ${inspectionId}`, "id");
        if (inspection.result === InspectionResult.PENDING) {
          throw conflict("NOT_RECORDED", `inspection ${inspectionId} is still open`, "id");
        }
        // Conditional on the result read above: of two concurrent reopenings, the second finds nothing.
        const updated = await manager
          .getRepository(Inspection)
          .update(
            { id: inspectionId, result: inspection.result },
            { result: InspectionResult.PENDING, endedAt: null, reopenedCount: inspection.reopenedCount + 1 },
          );
        if (updated.affected === 0) {
          throw conflict("CHANGED_MEANWHILE", `inspection ${inspectionId} changed meanwhile; read it again`, "id");
        }
        await recordInspectionEvent(manager, context, {
          inspectionId,
          action: InspectionEventAction.REOPENED,
          resultBefore: inspection.result,
          resultAfter: InspectionResult.PENDING,
          reason,
        });
        await refreshStatusesExaminedBy(manager, inspection);
        return inspectionId;
      },
    });
  }
}
