import { scopeDirective } from "@frontera/auth";
import { runIdempotentMutation, IdempotencyKeyArg, naturalKeyArgument } from "@frontera/federation";
import { Arg, Ctx, Directive, ID, Mutation, Resolver } from "type-graphql";
import { type CargoContext } from "../context";
import { placeHold, releaseHold } from "./hold.commands";
import { ShipmentHold } from "./hold.entity";
import { PlaceShipmentHoldInput } from "./hold.inputs";
import { PlaceShipmentHoldPayload, ReleaseShipmentHoldPayload } from "./hold.payloads";

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
      write: (manager) => placeHold(manager, context, input),
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
      write: (manager) => releaseHold(manager, context, holdId, reason),
    });
  }
}
