import { type TravellersContext } from "../context";
import { type TravelDocument } from "./travel-document.entity";

export function resolveTravelDocumentReference(
  reference: { documentId: string },
  { loaders }: TravellersContext,
): Promise<TravelDocument | null> {
  return loaders.documentById.load(reference.documentId);
}
