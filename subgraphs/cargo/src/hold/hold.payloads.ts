import { entityPayloads } from "@frontera/federation";
import { ShipmentHold } from "./hold.entity";

const holdPayload = entityPayloads({ field: "hold", type: () => ShipmentHold });

export const PlaceShipmentHoldPayload = holdPayload("placeShipmentHold", [
  "INVALID",
  "NOT_FOUND",
  "ALREADY_EXISTS",
  "IDEMPOTENCY_KEY_REUSED",
]);

export const ReleaseShipmentHoldPayload = holdPayload("releaseShipmentHold", [
  "INVALID",
  "NOT_FOUND",
  "ALREADY_RELEASED",
  "CHANGED_MEANWHILE",
  "IDEMPOTENCY_KEY_REUSED",
]);
