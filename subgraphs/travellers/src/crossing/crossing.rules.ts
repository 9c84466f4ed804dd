import { type InputProblems, Lane, TRUCK_LANES } from "@frontera/federation";
import { type ReferenceData } from "@frontera/agreements-client";
import { RFID_DOCUMENTS, type TravelDocument } from "../document/travel-document.entity";
import { type TrustedTravellerMembership } from "../membership/membership.entity";
import { isActiveOn } from "../membership/membership-status";
import { type CrossingInput } from "../traveller/traveller.inputs";
import { CrossingMode } from "./crossing.entity";

// The kind of traffic a port must handle for each way of crossing (agreements' PortOfEntry.modes).
const PORT_MODE: Record<CrossingMode, string | null> = {
  [CrossingMode.PEDESTRIAN]: "PEDESTRIAN",
  [CrossingMode.PRIVATE_VEHICLE]: "PRIVATE_VEHICLE",
  [CrossingMode.COMMERCIAL_DRIVER]: "TRUCK",
  [CrossingMode.BUS]: "BUS",
  [CrossingMode.RAIL]: "RAIL",
  [CrossingMode.AIR]: null,
};
// Which trusted-traveller program a lane is reserved to.
const LANE_PROGRAM: Partial<Record<Lane, string>> = {
  [Lane.SENTRI]: "SENTRI",
};
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The rules of a person's crossing: a port that handles that traffic, a lane the traveller may use
 * (SENTRI only with an active SENTRI membership, READY with an RFID card, never a truck lane), the
 * traveller's own unexpired document. A truck driver's crossing is not recorded here: it is the
 * trip's, recorded by cargo and delivered to travellers (recordTripCrossingEvent).
 */
export function checkCrossing(
  input: CrossingInput,
  reference: ReferenceData,
  memberships: TrustedTravellerMembership[],
  document: TravelDocument | null,
  problems: InputProblems,
): void {
  const port = reference.ports.get(input.portCode);
  if (!port) problems.add("input.portCode", `no port of entry ${input.portCode}`, "NOT_FOUND");
  else if (input.mode !== CrossingMode.COMMERCIAL_DRIVER) {
    const needed = PORT_MODE[input.mode];
    problems.check(
      needed !== null && port.modes.has(needed),
      "input.mode",
      `port ${input.portCode} has no ${input.mode} crossing`,
    );
  }
  problems.check(input.at.getTime() <= Date.now() + CLOCK_SKEW_MS, "input.at", "cannot be in the future");

  const program = LANE_PROGRAM[input.lane];
  if (program) {
    problems.check(
      memberships.some((membership) => membership.programCode === program && isActiveOn(membership, input.at)),
      "input.lane",
      `the ${input.lane} lane needs an active ${program} membership`,
      "LANE_NOT_ALLOWED",
    );
  }
  if (TRUCK_LANES.includes(input.lane) && input.lane !== Lane.STANDARD) {
    problems.add("input.lane", `the ${input.lane} lane is for trucks on cargo trips`, "LANE_NOT_ALLOWED");
  }
  if (input.lane === Lane.READY) {
    problems.check(
      document !== null && RFID_DOCUMENTS.includes(document.type),
      "input.documentId",
      "the READY lane needs an RFID card (passport card, border crossing card, trusted-traveller card)",
      "LANE_NOT_ALLOWED",
    );
  }
  if (input.documentId) {
    if (!document || document.travellerId !== input.travellerId) {
      problems.add("input.documentId", "not a document of this traveller", "NOT_FOUND");
    } else {
      problems.check(
        document.expiresOn >= input.at.toISOString().slice(0, 10),
        "input.documentId",
        "the document had expired",
        "DOCUMENT_EXPIRED",
      );
    }
  }
  // One truck crossing, one record: cargo's. A driver's crossing reaches travellers from the trip.
  if (input.tripNumber != null) {
    problems.add(
      "input.tripNumber",
      "a trip's crossing is recorded with the trip (recordTripCrossing); it then shows among the driver's crossings",
      "TRIP_CROSSING_RECORDED_BY_CARGO",
    );
  }
  if (input.mode === CrossingMode.COMMERCIAL_DRIVER) {
    problems.add(
      "input.mode",
      "a truck driver's crossing is recorded with the trip (recordTripCrossing)",
      "TRIP_CROSSING_RECORDED_BY_CARGO",
    );
  }
}
