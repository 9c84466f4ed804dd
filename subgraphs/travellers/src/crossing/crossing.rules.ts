import { type InputProblems } from "@frontera/federation";
import { type ReferenceData } from "@frontera/service";
import { RFID_DOCUMENTS, type TravelDocument } from "../document/travel-document.entity";
import { MembershipStatus, type TrustedTravellerMembership } from "../membership/membership.entity";
import { type CrossingInput } from "../traveller/traveller.inputs";
import { CrossingLane, CrossingMode } from "./crossing.entity";

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
const LANE_PROGRAM: Partial<Record<CrossingLane, string>> = {
  [CrossingLane.SENTRI]: "SENTRI",
  [CrossingLane.FAST]: "FAST",
};
const CLOCK_SKEW_MS = 5 * 60_000;

function activeOn(membership: TrustedTravellerMembership, at: Date): boolean {
  return membership.status === MembershipStatus.ACTIVE && membership.validUntil >= at.toISOString().slice(0, 10);
}

/**
 * The rules of a crossing: a port that handles that traffic, a lane the traveller may use (SENTRI
 * and FAST lanes only with an active membership of that program, READY lanes with an RFID card),
 * the traveller's own unexpired document, and a trip only for commercial drivers.
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
  else {
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
      memberships.some((membership) => membership.programCode === program && activeOn(membership, input.at)),
      "input.lane",
      `the ${input.lane} lane needs an active ${program} membership`,
      "LANE_NOT_ALLOWED",
    );
  }
  if (input.lane === CrossingLane.FAST) {
    problems.check(
      input.mode === CrossingMode.COMMERCIAL_DRIVER,
      "input.lane",
      "FAST lanes are for commercial drivers",
      "LANE_NOT_ALLOWED",
    );
  }
  if (input.lane === CrossingLane.READY) {
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
  if (input.tripNumber) {
    problems.check(
      input.mode === CrossingMode.COMMERCIAL_DRIVER,
      "input.tripNumber",
      "only commercial drivers cross on a trip",
    );
    problems.check(/^[A-Z]{2,4}[A-Z0-9]{4,21}$/.test(input.tripNumber), "input.tripNumber", "not a trip number");
  }
}
