import { type TravellersContext } from "../context";
import { type Traveller } from "./traveller.entity";

export function resolveTravellerReference(
  reference: { travellerId: string },
  { loaders }: TravellersContext,
): Promise<Traveller | null> {
  return loaders.travellerById.load(reference.travellerId);
}
