import { type Faker } from "@faker-js/faker";
import { InspectionKind, InspectionResult, Lane, RemedialAction } from "@frontera/code-lists";
import { type TruckLane } from "./generate-cargo";
import { pestFacts, portFacts } from "./reference-data";
import { type SeedCalendar } from "./seed-calendar";

export interface InspectionSeed {
  id: string;
  shipmentControlNumber: string;
  portCode: string;
  kind: InspectionKind;
  locationCountry: string;
  programCode: string | null;
  agencies: string[];
  startedAt: Date;
  endedAt: Date | null;
  result: InspectionResult;
  pestFindings: Array<{
    taxon: string;
    commonName: string;
    ppq523Serial: string;
    action: RemedialAction;
  }>;
}

export interface InspectedShipment {
  shipmentControlNumber: string;
  portCode: string;
  lane: TruckLane;
  crossedAt: Date | null;
  estimatedArrival: Date;
  produce: boolean;
  programCodes: string[];
  /** The HS codes of the shipment's goods: a pest is found only in goods that host it. */
  goodsHs6: string[];
  /** The shipment's risk score, when it was assessed: referrals follow it. */
  riskScore: number | null;
  /** The truck went through large-scale imaging (NII) before primary. */
  imaged: boolean;
}

/**
 * The chance primary refers a shipment to secondary: rising with the risk band of its assessment
 * (LOW below 40, MEDIUM below 70, HIGH from 70, as the cargo subgraph bands scores), lower in the
 * FAST and UCP lanes; an unassessed shipment takes the lane's base rate. See docs/demo-data.md.
 */
export function referralRate(lane: TruckLane, riskScore: number | null): number {
  const fast = lane !== Lane.STANDARD;
  if (riskScore === null) return fast ? 0.05 : 0.12;
  if (riskScore >= 70) return fast ? 0.45 : 0.6;
  if (riskScore >= 40) return fast ? 0.12 : 0.25;
  return fast ? 0.02 : 0.04;
}

const minutes = (date: Date, count: number) => new Date(date.getTime() + count * 60_000);

/**
 * An exam drawn to end after the as-of moment is still running at it: pending, without findings
 * yet. Exams are drawn in full first, so the random sequence, and with it every later row, stays
 * the same whatever the as-of moment.
 */
function stillRunningAt(
  calendar: SeedCalendar,
  exam: Pick<InspectionSeed, "startedAt" | "endedAt">,
): Partial<InspectionSeed> {
  if (exam.endedAt === null || exam.endedAt.getTime() <= calendar.asOf) return {};
  return {
    endedAt: null,
    result: InspectionResult.PENDING,
    pestFindings: [],
  };
}

function followUpResult(faker: Faker, calendar: SeedCalendar, startedAt: Date): InspectionResult {
  // Exams opened in the day before the as-of moment may still be running.
  if (startedAt.getTime() > calendar.dayMs(-1) && faker.datatype.boolean(0.5)) return InspectionResult.PENDING;
  return faker.helpers.weightedArrayElement([
    { value: InspectionResult.RELEASED, weight: 85 },
    { value: InspectionResult.HELD, weight: 8 },
    { value: InspectionResult.REEXPORTED, weight: 5 },
    { value: InspectionResult.SEIZED, weight: 2 },
  ]);
}

/**
 * Inspections that follow the programs: imaging (NII) of about one truck in seven before primary,
 * a CBP primary at every crossing, referrals to secondary that follow the risk score (a single
 * joint CBP + ANAM exam for UCP lane trucks at UCP ports), agriculture exams on produce (rarer
 * under NARP) with the occasional pest of pests.json that the goods host, and joint
 * pre-inspections in Mexico of CPI shipments at Mesa de Otay and San Jerónimo.
 */
export function generateInspections(
  faker: Faker,
  calendar: SeedCalendar,
  shipment: InspectedShipment,
): InspectionSeed[] {
  const inspections: InspectionSeed[] = [];
  const add = (
    inspection: Omit<InspectionSeed, "id" | "shipmentControlNumber" | "portCode" | "pestFindings"> &
      Partial<InspectionSeed>,
  ) => {
    const full = {
      id: faker.string.uuid(),
      shipmentControlNumber: shipment.shipmentControlNumber,
      portCode: shipment.portCode,
      pestFindings: [],
      ...inspection,
      ...stillRunningAt(calendar, inspection),
    };
    // An exam that would begin after the as-of moment has not happened yet.
    if (full.startedAt.getTime() <= calendar.asOf) inspections.push(full);
    return full;
  };
  const port = portFacts.find((p) => p.code === shipment.portCode);
  if (shipment.programCodes.includes("CPI") && port?.northboundTruckPreInspection) {
    const startedAt = minutes(shipment.estimatedArrival, -faker.number.int({ min: 180, max: 600 }));
    add({
      kind: InspectionKind.PRE_INSPECTION,
      locationCountry: "MX",
      programCode: "CPI",
      agencies: ["ANAM", "CBP"],
      startedAt,
      endedAt: minutes(startedAt, faker.number.int({ min: 20, max: 90 })),
      result: InspectionResult.RELEASED,
    });
  }
  if (!shipment.crossedAt) return inspections;

  const primaryStart = minutes(shipment.crossedAt, -faker.number.int({ min: 2, max: 12 }));
  if (shipment.imaged) {
    // Drive-through imaging in the pre-primary lanes, minutes before the booth.
    const startedAt = minutes(primaryStart, -faker.number.int({ min: 3, max: 20 }));
    add({
      kind: InspectionKind.NII_XRAY,
      locationCountry: "US",
      programCode: null,
      agencies: ["CBP"],
      startedAt,
      endedAt: minutes(startedAt, 1),
      result: InspectionResult.RELEASED,
    });
  }
  const referred = faker.datatype.boolean(referralRate(shipment.lane, shipment.riskScore));
  const primary = add({
    kind: InspectionKind.PRIMARY,
    locationCountry: "US",
    programCode: null,
    agencies: ["CBP"],
    startedAt: primaryStart,
    endedAt: minutes(primaryStart, 2),
    result: referred ? InspectionResult.REFERRED : InspectionResult.RELEASED,
  });
  if (referred) {
    const startedAt = minutes(primary.endedAt!, faker.number.int({ min: 10, max: 90 }));
    const result = followUpResult(faker, calendar, startedAt);
    const joint = shipment.lane === Lane.UCP;
    add({
      kind: joint ? InspectionKind.UCP_JOINT : InspectionKind.SECONDARY,
      locationCountry: "US",
      programCode: joint ? "UCP" : null,
      agencies: joint ? ["ANAM", "CBP"] : ["CBP"],
      startedAt,
      endedAt: result === InspectionResult.PENDING ? null : minutes(startedAt, faker.number.int({ min: 20, max: 180 })),
      result,
    });
  }
  const agricultureRate = shipment.programCodes.includes("NARP") ? 0.1 : 0.3;
  if (shipment.produce && faker.datatype.boolean(agricultureRate)) {
    const startedAt = minutes(primary.endedAt!, faker.number.int({ min: 5, max: 60 }));
    // A pest only in goods that host it (pests.json, hostHs6): no screwworm in a load of tomatoes.
    const hosted = pestFacts.filter((p) => p.hostHs6.some((code) => shipment.goodsHs6.includes(code)));
    const pest = hosted.length > 0 && faker.datatype.boolean(0.06) ? faker.helpers.arrayElement(hosted) : null;
    // The remedy taken is also the exam's result.
    const remedy = pest
      ? faker.helpers.weightedArrayElement([
          { value: { action: RemedialAction.TREATED, result: InspectionResult.TREATED }, weight: 50 },
          { value: { action: RemedialAction.REEXPORTED, result: InspectionResult.REEXPORTED }, weight: 35 },
          { value: { action: RemedialAction.DESTROYED, result: InspectionResult.DESTROYED }, weight: 15 },
        ])
      : null;
    add({
      kind: InspectionKind.AGRICULTURE,
      locationCountry: "US",
      programCode: shipment.programCodes.includes("NARP") ? "NARP" : null,
      agencies: ["CBP"],
      startedAt,
      endedAt: minutes(startedAt, faker.number.int({ min: 15, max: 120 })),
      result: remedy?.result ?? InspectionResult.RELEASED,
      pestFindings:
        pest && remedy
          ? [
              {
                taxon: pest.taxon,
                commonName: pest.commonName,
                ppq523Serial: `523-${faker.string.numeric(8)}`,
                action: remedy.action,
              },
            ]
          : [],
    });
  }
  return inspections;
}
