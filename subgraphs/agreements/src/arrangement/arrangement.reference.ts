import { type AgreementsContext } from "../context";
import { type DataSharingArrangement } from "./arrangement.entity";

export function resolveArrangementReference(
  reference: Pick<DataSharingArrangement, "id">,
  { loaders }: AgreementsContext,
): Promise<DataSharingArrangement | null> {
  return loaders.arrangementById.load(reference.id);
}
