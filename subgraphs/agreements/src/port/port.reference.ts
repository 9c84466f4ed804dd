import { type AgreementsContext } from "../context";
import { type PortOfEntry } from "./port.entity";

export function resolvePortReference(
  reference: Pick<PortOfEntry, "code">,
  { loaders }: AgreementsContext,
): Promise<PortOfEntry | null> {
  return loaders.portByCode.load(reference.code);
}
