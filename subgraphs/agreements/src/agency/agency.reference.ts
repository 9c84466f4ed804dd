import { type AgreementsContext } from "../context";
import { type Agency } from "./agency.entity";

export function resolveAgencyReference(
  reference: Pick<Agency, "code">,
  { loaders }: AgreementsContext,
): Promise<Agency | null> {
  return loaders.agencyByCode.load(reference.code);
}
