import { type Faker } from "@faker-js/faker";
import { HoldKind, Lane } from "@frontera/code-lists";
import { type InspectionSeed } from "./generate-inspections";
import { type SeedCalendar } from "./seed-calendar";

export interface HoldSeed {
  id: string;
  shipmentControlNumber: string;
  portCode: string;
  kind: HoldKind;
  agencyCode: string;
  reason: string;
  placedAt: Date;
  releasedAt: Date | null;
  releasedByAgencyCode: string | null;
  releaseReason: string | null;
}

interface HeldShipment {
  shipmentControlNumber: string;
  portCode: string;
  estimatedArrival: Date;
  crossedAt: Date | null;
  produce: boolean;
  producePort: boolean;
  inspections: InspectionSeed[];
}

const minutes = (date: Date, count: number) => new Date(date.getTime() + count * 60_000);

// Holds placed in the last week before the as-of moment are mostly still open.
const RECENT_DAYS = 7;

const REASONS: Record<HoldKind, string[]> = {
  [HoldKind.AGRICULTURAL]: [
    "Phytosanitary certificate does not match the commodity declared",
    "Suspected fruit fly larvae reported at origin packing house",
    "Awaiting pest identification from the plant inspection station",
    "Shipment from a quarantine area under a federal order",
    "Treatment certificate missing for a regulated commodity",
  ],
  [HoldKind.CUSTOMS]: [
    "Entry summary classification under review",
    "Declared value below reference values for the HS code",
    "Missing permit for a regulated import",
    "Manifest and pedimento quantities disagree",
  ],
  [HoldKind.ENFORCEMENT]: [
    "Suspected transshipment to evade antidumping duties",
    "Suspected counterfeit trademarked goods",
    "Importer named in an open enforcement case",
  ],
};

const RELEASE_REASONS: Record<HoldKind, string[]> = {
  [HoldKind.AGRICULTURAL]: [
    "Pest identified as non-actionable",
    "Corrected certificate received",
    "Treatment verified",
  ],
  [HoldKind.CUSTOMS]: ["Documents corrected", "Value substantiated with invoices", "Permit presented"],
  [HoldKind.ENFORCEMENT]: ["Origin verified", "Rights holder confirmed goods genuine"],
};

/**
 * Holds on a small share of shipments, from the demo data's own random stream (`holds`), so the
 * rest of the cargo stream is unchanged: agricultural holds on about one in twenty produce
 * shipments at produce ports (one in a hundred elsewhere), customs and enforcement holds on about
 * one shipment in two hundred. A hold is placed after the shipment's last exam ended, so no
 * inspection released a shipment while it was held; older holds are mostly released. Nothing is
 * placed or released after the as-of moment: a shipment still awaited has no hold yet.
 */
export function generateHolds(faker: Faker, calendar: SeedCalendar, shipment: HeldShipment): HoldSeed[] {
  const holds: HoldSeed[] = [];
  const agriRate = shipment.produce ? (shipment.producePort ? 0.05 : 0.01) : 0;
  const kinds: HoldKind[] = [];
  if (faker.datatype.boolean(agriRate)) kinds.push(HoldKind.AGRICULTURAL);
  if (faker.datatype.boolean(0.005)) {
    kinds.push(faker.datatype.boolean(0.7) ? HoldKind.CUSTOMS : HoldKind.ENFORCEMENT);
  }
  const lastExam = Math.max(
    (shipment.crossedAt ?? shipment.estimatedArrival).getTime(),
    ...shipment.inspections.map((inspection) => (inspection.endedAt ?? inspection.startedAt).getTime()),
  );
  for (const kind of kinds) {
    const placedAt = minutes(new Date(lastExam), faker.number.int({ min: 5, max: 120 }));
    placedAt.setUTCSeconds(0, 0);
    const releasedAt = minutes(placedAt, faker.number.int({ min: 60, max: 72 * 60 }));
    const releasing = faker.datatype.boolean(placedAt.getTime() < calendar.dayMs(-RECENT_DAYS) ? 0.8 : 0.2);
    if (placedAt.getTime() > calendar.asOf) continue;
    const released = releasing && releasedAt.getTime() <= calendar.asOf;
    const agencyCode =
      kind === HoldKind.AGRICULTURAL
        ? faker.helpers.weightedArrayElement([
            { value: "CBP", weight: 50 },
            { value: "APHIS", weight: 25 },
            { value: "SENASICA", weight: 25 },
          ])
        : "CBP";
    holds.push({
      id: faker.string.uuid(),
      shipmentControlNumber: shipment.shipmentControlNumber,
      portCode: shipment.portCode,
      kind,
      agencyCode,
      reason: faker.helpers.arrayElement(REASONS[kind]),
      placedAt,
      releasedAt: released ? releasedAt : null,
      releasedByAgencyCode: released ? agencyCode : null,
      releaseReason: released ? faker.helpers.arrayElement(RELEASE_REASONS[kind]) : null,
    });
  }
  return holds;
}

/**
 * When a trip's e-manifest was received, from its own random stream (`manifests`): measured back
 * from the truck's arrival (the crossing, else the estimate), about 9% of standard trips and 3%
 * of FAST and UCP trips late (19 CFR 123.92: due 60 minutes before, 30 for FAST), the rest
 * received well ahead; null for a manifest that would come after the as-of moment (not yet filed).
 */
export function manifestReceivedAt(faker: Faker, calendar: SeedCalendar, lane: Lane, arrival: Date): Date | null {
  const fast = lane === Lane.FAST || lane === Lane.UCP;
  const due = fast ? 30 : 60;
  const late = faker.datatype.boolean(fast ? 0.03 : 0.09);
  const lead = late
    ? faker.number.int({ min: -20, max: due - 1 })
    : faker.number.int({ min: due, max: fast ? 480 : 720 });
  const received = minutes(arrival, -lead);
  received.setUTCSeconds(faker.number.int({ min: 0, max: 59 }), 0);
  return received.getTime() <= calendar.asOf ? received : null;
}
