import { mutationPayload } from "@frontera/federation";
import { Trip } from "./trip.entity";

const trip = {
  field: "trip",
  type: () => Trip,
  description: "The trip as recorded; null when the request was refused.",
} as const;

export const SubmitTripManifestPayload = mutationPayload({
  mutation: "submitTripManifest",
  ...trip,
  codes: ["INVALID", "NOT_FOUND", "ALREADY_EXISTS", "LANE_NOT_ALLOWED", "NO_UCP_LANE", "IDEMPOTENCY_KEY_REUSED"],
});

export const RecordTripCrossingPayload = mutationPayload({
  mutation: "recordTripCrossing",
  ...trip,
  codes: ["INVALID", "NOT_FOUND", "LANE_NOT_ALLOWED", "NO_UCP_LANE", "ALREADY_CROSSED", "IDEMPOTENCY_KEY_REUSED"],
});
