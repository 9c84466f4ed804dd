import { type CargoContext } from "../context";
import { type RiskAssessment } from "./risk-assessment.entity";

export function resolveRiskAssessmentReference(
  reference: { riskAssessmentId: string },
  { loaders }: CargoContext,
): Promise<RiskAssessment | null> {
  return loaders.riskAssessmentById.load(reference.riskAssessmentId);
}
