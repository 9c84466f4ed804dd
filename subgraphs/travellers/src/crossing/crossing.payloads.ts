import { mutationPayload } from "@frontera/federation";
import { Crossing } from "./crossing.entity";

export const RecordCrossingPayload = mutationPayload({
  mutation: "recordCrossing",
  field: "crossing",
  type: () => Crossing,
  description: "The crossing as recorded; null when the request was refused.",
  codes: [
    "INVALID",
    "NOT_FOUND",
    "LANE_NOT_ALLOWED",
    "DOCUMENT_EXPIRED",
    "TRIP_CROSSING_RECORDED_BY_CARGO",
    "IDEMPOTENCY_KEY_REUSED",
  ],
});
