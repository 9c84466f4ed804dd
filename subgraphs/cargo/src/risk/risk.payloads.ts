import { mutationPayload } from "@frontera/federation";
import { RiskAssessment } from "./risk-assessment.entity";

export const AssessRiskPayload = mutationPayload({
  mutation: "assessRisk",
  field: "riskAssessment",
  type: () => RiskAssessment,
  description: "The assessment as recorded; null when the request was refused.",
  codes: ["INVALID", "NOT_FOUND", "IDEMPOTENCY_KEY_REUSED"],
});
