import { type AgreementsContext } from "../context";
import { type Agreement } from "./agreement.entity";

export function resolveAgreementReference(
  reference: { agreementId: string },
  { loaders }: AgreementsContext,
): Promise<Agreement | null> {
  return loaders.agreementById.load(reference.agreementId);
}
