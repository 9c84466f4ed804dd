import { entityPayloads } from "@frontera/federation";
import { Trip } from "./trip.entity";

const tripPayload = entityPayloads({ field: "trip", type: () => Trip });

export const SubmitTripManifestPayload = tripPayload("submitTripManifest", [
  "INVALID",
  "NOT_FOUND",
  "ALREADY_EXISTS",
  "LANE_NOT_ALLOWED",
  "NO_UCP_LANE",
  "IDEMPOTENCY_KEY_REUSED",
]);

export const RecordTripCrossingPayload = tripPayload("recordTripCrossing", [
  "INVALID",
  "NOT_FOUND",
  "LANE_NOT_ALLOWED",
  "NO_UCP_LANE",
  "ALREADY_CROSSED",
  "IDEMPOTENCY_KEY_REUSED",
]);
