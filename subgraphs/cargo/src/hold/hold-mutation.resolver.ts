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
import { IsNull } from "typeorm";
import { type CargoContext } from "../context";
import { refreshStatusesExaminedBy } from "../shipment/shipment-status.commands";
import { Shipment } from "../shipment/shipment.entity";
import { recordHoldEvent } from "./hold-event.commands";
import { ShipmentHold } from "./hold.entity";
import { HoldEventAction } from "./hold.enums";
import { PlaceShipmentHoldInput } from "./hold.inputs";
import { PlaceShipmentHoldPayload, ReleaseShipmentHoldPayload } from "./hold.payloads";
import { checkHoldReason, checkHoldWrite } from "./hold.rules";

const HOLD_WRITE_SCOPES = ["hold:write", "hold:agri:write"];

@Resolver(() => ShipmentHold)
export class HoldMutationResolver {
  @Directive(scopeDirective(...HOLD_WRITE_SCOPES))
  @Mutation(() => PlaceShipmentHoldPayload.type, {
    nullable: true,
    description:
      "Stops a shipment: while the hold is open no inspection result releases it (RELEASED and TREATED are refused with SHIPMENT_ON_HOLD in the error) and its status is ON_HOLD. AGRICULTURAL holds need hold:agri:write or hold:write at the shipment's port, other kinds hold:write.",
  })
  async placeShipmentHold(
    @Arg("input", () => PlaceShipmentHoldInput, { description: "The shipment, the kind of hold and why." })
    input: PlaceShipmentHoldInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: CargoContext,
  ) {
    input.shipmentControlNumber = naturalKeyArgument(
      input.shipmentControlNumber,
      "Shipment",
      "input.shipmentControlNumber",
    );
    return runIdempotentMutation(PlaceShipmentHoldPayload, context, {
      key: idempotencyKey,
      arguments: input,
      write: async (manager) => {
        const problems = new InputProblems();
        checkHoldReason(problems, "input.reason", input.reason);
        problems.throwIfAny();
        const shipment = await manager
          .getRepository(Shipment)
          .findOneBy({ shipmentControlNumber: input.shipmentControlNumber });
        // A shipment the caller may not see does not exist for it, as in every read.
        if (!shipment || !context.rows.atManifestPort(shipment.portCode)) {
          throw notFound(`shipment ${input.shipmentControlNumber}`, "input.shipmentControlNumber");
        }
        checkHoldWrite(context, input.kind, shipment.portCode);
        const agencyCode = context.access.claims.agency;
        const open = await manager.getRepository(ShipmentHold).existsBy({
          shipmentControlNumber: shipment.shipmentControlNumber,
          kind: input.kind,
          agencyCode,
          releasedAt: IsNull(),
        });
        if (open) {
          throw conflict(
            "ALREADY_EXISTS",
            `${agencyCode} already holds shipment ${shipment.shipmentControlNumber} (${input.kind}); release that hold first`,
            "input.shipmentControlNumber",
          );
        }
        const id = randomUUID();
        const at = new Date();
        await manager.getRepository(ShipmentHold).insert({
          id,
          shipmentControlNumber: shipment.shipmentControlNumber,
          portCode: shipment.portCode,
          kind: input.kind,
          agencyCode,
          reason: input.reason.trim(),
          placedAt: at,
          placedBy: context.actor,
          releasedAt: null,
          releasedBy: null,
          releasedByAgencyCode: null,
          releaseReason: null,
        });
        await recordHoldEvent(manager, context, {
          holdId: id,
          action: HoldEventAction.PLACED,
          reason: input.reason.trim(),
          at,
        });
        await refreshStatusesExaminedBy(manager, {
          shipmentControlNumber: shipment.shipmentControlNumber,
          tripNumber: null,
        });
        return id;
      },
    });
  }

  @Directive(scopeDirective(...HOLD_WRITE_SCOPES))
  @Mutation(() => ReleaseShipmentHoldPayload.type, {
    nullable: true,
    description:
      "Releases an open hold, with a reason: an inspection result may then release the shipment. Needs the scope that places a hold of its kind, at its port.",
  })
  async releaseShipmentHold(
    @Arg("id", () => ID, { description: "The hold's global id, or its holdId." }) holdId: string,
    @Arg("reason", () => String, { description: "Why it is released, in words; kept in the hold's history." })
    reason: string,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: CargoContext,
  ) {
    holdId = naturalKeyArgument(holdId, "ShipmentHold", "id");
    return runIdempotentMutation(ReleaseShipmentHoldPayload, context, {
      key: idempotencyKey,
      arguments: { holdId, reason },
      write: async (manager) => {
        const problems = new InputProblems();
        checkHoldReason(problems, "reason", reason);
        problems.throwIfAny();
        const hold = await manager.getRepository(ShipmentHold).findOneBy({ id: holdId });
        // A hold the caller may not read does not exist for it.
        if (!hold || !context.rows.holdVisible(hold)) throw notFound(`hold ${holdId}`, "id");
        checkHoldWrite(context, hold.kind, hold.portCode);
        if (hold.releasedAt) {
          throw conflict("ALREADY_RELEASED", `hold ${holdId} was released at ${hold.releasedAt.toISOString()}`, "id");
        }
        const at = new Date();
        // Conditional on "still open": of two concurrent releases, the second finds nothing.
        const updated = await manager.getRepository(ShipmentHold).update(
          { id: holdId, releasedAt: IsNull() },
          {
            releasedAt: at,
            releasedBy: context.actor,
            releasedByAgencyCode: context.access.claims.agency,
            releaseReason: reason.trim(),
          },
        );
        if (updated.affected === 0) {
          throw conflict("CHANGED_MEANWHILE", `hold ${holdId} was released meanwhile; read it again`, "id");
        }
        await recordHoldEvent(manager, context, {
          holdId,
          action: HoldEventAction.RELEASED,
          reason: reason.trim(),
          at,
        });
        await refreshStatusesExaminedBy(manager, {
          shipmentControlNumber: hold.shipmentControlNumber,
          tripNumber: null,
        });
        return holdId;
      },
    });
  }
}
