import { Direction, type InputProblems, Lane, TRUCK_LANES } from "@frontera/federation";
import { type ReferenceData } from "@frontera/agreements-client";

/**
 * A truck's lane: one of the commercial lanes (READY and SENTRI are for people), and UCP only at a
 * port that runs Unified Cargo Processing. Southbound, the graph keeps no lane but STANDARD, as
 * the demo data (docs/southbound.md). Shared by the manifest and the crossing of a trip.
 */
export function checkTruckLane(
  problems: InputProblems,
  field: string,
  lane: Lane,
  portCode: string,
  reference: ReferenceData,
  direction: Direction = Direction.NORTHBOUND,
): void {
  if (direction === Direction.SOUTHBOUND && TRUCK_LANES.includes(lane)) {
    problems.check(
      lane === Lane.STANDARD,
      field,
      `a southbound trip uses the STANDARD lane; FAST and UCP are kept for northbound trips`,
      "LANE_NOT_ALLOWED",
    );
  }
  problems.check(
    TRUCK_LANES.includes(lane),
    field,
    `the ${lane} lane is for people; a truck uses ${TRUCK_LANES.join(", ")}`,
    "LANE_NOT_ALLOWED",
  );
  const programs = reference.ports.get(portCode)?.programs;
  if (lane === Lane.UCP && programs) {
    problems.check(programs.has("UCP"), field, `port ${portCode} has no UCP lane`, "NO_UCP_LANE");
  }
}
