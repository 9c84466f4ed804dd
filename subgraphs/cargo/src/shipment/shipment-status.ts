import { registerEnumType } from "type-graphql";
import { InspectionResult } from "../inspection/inspection.enums";

export enum ShipmentStatus {
  AWAITING_ARRIVAL = "AWAITING_ARRIVAL",
  IN_INSPECTION = "IN_INSPECTION",
  RELEASED = "RELEASED",
  ON_HOLD = "ON_HOLD",
  HELD = "HELD",
  SEIZED = "SEIZED",
  REEXPORTED = "REEXPORTED",
}

registerEnumType(ShipmentStatus, {
  name: "ShipmentStatus",
  description:
    "Where a shipment stands, derived from its trip, inspections and holds; checked in the order SEIZED, REEXPORTED, ON_HOLD, HELD, IN_INSPECTION, AWAITING_ARRIVAL, RELEASED; the first whose rule applies wins.",
  valuesConfig: {
    SEIZED: { description: "An inspection seized or destroyed the goods: out of commerce for good." },
    REEXPORTED: { description: "An inspection refused entry and the goods were sent back." },
    ON_HOLD: { description: "An agency's open hold stops the shipment (see Shipment.holds)." },
    HELD: { description: "An inspection holds the goods." },
    IN_INSPECTION: {
      description: "An inspection is pending, or the latest one referred the truck to another exam not yet opened.",
    },
    AWAITING_ARRIVAL: { description: "No inspection yet and the truck has not crossed." },
    RELEASED: { description: "Every inspection released or treated the goods, or the truck crossed without one." },
  },
});

/**
 * A shipment's status follows from its inspections and holds; the first rule that applies wins:
 *
 *   1. any inspection SEIZED or DESTROYED          → SEIZED      (out of commerce for good)
 *   2. any inspection REEXPORTED                   → REEXPORTED  (refused, sent back)
 *   2b. any hold still open                        → ON_HOLD     (an agency stopped it)
 *   3. any inspection HELD                         → HELD
 *   4. any inspection PENDING, or the last REFERRED → IN_INSPECTION (an exam is open or due)
 *   5. no inspection and the truck has not crossed → AWAITING_ARRIVAL
 *   6. otherwise (every result RELEASED or TREATED, or crossed without exam) → RELEASED
 *
 * "Last REFERRED" is a referral with no later inspection yet: primary sent the truck to
 * secondary. It is stored on the shipment (for filtering) and recomputed in the transaction of
 * every write that changes an input: a crossing, an inspection opened, a result recorded or
 * reopened, a hold placed or released. A hold ranks below SEIZED and REEXPORTED: the goods are
 * gone either way, and the hold stays on record.
 */
export function deriveShipmentStatus(
  crossed: boolean,
  inspections: ReadonlyArray<{ result: InspectionResult; startedAt: Date }>,
  holds: ReadonlyArray<{ releasedAt: Date | null }>,
): ShipmentStatus {
  const results = new Set(inspections.map((inspection) => inspection.result));
  if (results.has(InspectionResult.SEIZED) || results.has(InspectionResult.DESTROYED)) return ShipmentStatus.SEIZED;
  if (results.has(InspectionResult.REEXPORTED)) return ShipmentStatus.REEXPORTED;
  if (holds.some((hold) => hold.releasedAt === null)) return ShipmentStatus.ON_HOLD;
  if (results.has(InspectionResult.HELD)) return ShipmentStatus.HELD;
  const latest = [...inspections].sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())[0];
  if (results.has(InspectionResult.PENDING) || latest?.result === InspectionResult.REFERRED) {
    return ShipmentStatus.IN_INSPECTION;
  }
  if (inspections.length === 0 && !crossed) return ShipmentStatus.AWAITING_ARRIVAL;
  return ShipmentStatus.RELEASED;
}
