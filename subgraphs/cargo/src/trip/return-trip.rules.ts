import { Direction, type InputProblems } from "@frontera/federation";
import { type EntityManager } from "typeorm";
import { type TripManifestInput } from "./trip-manifest.inputs";
import { Trip } from "./trip.entity";

/**
 * The trip a southbound manifest returns from (Trip.returnOf, docs/southbound.md): a northbound
 * trip of the same carrier, at the same port, that has crossed before this truck is expected
 * back. Only a southbound trip returns from another.
 */
export async function checkReturnTrip(
  manager: EntityManager,
  input: Pick<TripManifestInput, "direction" | "returnOfTripNumber" | "carrier" | "portCode" | "estimatedArrival">,
  problems: InputProblems,
): Promise<void> {
  const field = "input.returnOfTripNumber";
  if (!input.returnOfTripNumber) return;
  if (input.direction !== Direction.SOUTHBOUND) {
    problems.add(field, "only a southbound trip returns from another");
    return;
  }
  const outbound = await manager.getRepository(Trip).findOneBy({ tripNumber: input.returnOfTripNumber });
  if (!outbound) {
    problems.add(field, `no trip ${input.returnOfTripNumber}`, "NOT_FOUND");
    return;
  }
  problems.check(outbound.direction === Direction.NORTHBOUND, field, "must be a northbound trip");
  problems.check(
    input.carrier.id === outbound.carrierId,
    field,
    "must be a trip of the same carrier (name that carrier by input.carrier.id)",
  );
  problems.check(outbound.portCode === input.portCode, field, `crossed at port ${outbound.portCode}, not this one`);
  if (!outbound.crossedAt) {
    problems.add(field, `trip ${outbound.tripNumber} has not crossed yet`);
  } else {
    problems.check(
      input.estimatedArrival.getTime() > outbound.crossedAt.getTime(),
      field,
      "the truck comes back after it crossed north: the estimated arrival must be later",
    );
  }
}
