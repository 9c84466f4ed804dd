import { type CargoContext } from "../context";
import { type Trip } from "./trip.entity";

export function resolveTripReference(
  reference: Pick<Trip, "tripNumber">,
  { loaders }: CargoContext,
): Promise<Trip | null> {
  return loaders.tripByNumber.load(reference.tripNumber);
}
