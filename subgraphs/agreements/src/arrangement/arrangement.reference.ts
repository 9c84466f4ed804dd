import { type AgreementsContext } from "../context";
import { type DataSharingArrangement } from "./arrangement.entity";

export function resolveArrangementReference(
  reference: { arrangementId: string },
  { loaders }: AgreementsContext,
): Promise<DataSharingArrangement | null> {
  return loaders.arrangementById.load(reference.arrangementId);
}
