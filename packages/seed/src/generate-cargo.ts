import { type Faker } from "@faker-js/faker";
import {
  CertificationStatus,
  DeclarationKind,
  EquipmentKind,
  Lane,
  PortMode,
  ShipmentType,
  TradeRole,
} from "@frontera/code-lists";
import { minutesUntilClosing, withinHours } from "./commercial-hours";
import { type HoldSeed, generateHolds, manifestReceivedAt } from "./generate-holds";
import { type InspectionSeed, generateInspections } from "./generate-inspections";
import { type CertificationSeed, type TradePartySeed, generateTradeParties } from "./generate-trade-parties";
import { isFastDriver, seededTravellerId } from "./generate-travellers";
import { type CommodityFact, type PortFact, commodityFacts, narpCoverage, portFacts } from "./reference-data";
import { DAYS_AHEAD, DAYS_OF_HISTORY, seedCalendar } from "./seed-calendar";
import { type SeedSize, driverCount } from "./seed-size";
import { seededFaker, stableId } from "./seeded-random";
import { containerNumber, truckPlate, truckVin } from "./vehicle-identifiers";

/** The lanes a truck is filed for. */
export type TruckLane = Lane.STANDARD | Lane.FAST | Lane.UCP;

/**
 * The id of the event of a seeded trip's crossing: cargo's outbox row and the driver's crossing in
 * travellers both carry it, as if cargo's relay had delivered it.
 */
export function tripCrossingEventId(seed: number, tripNumber: string): string {
  return stableId(seed, "trip-crossing-event", tripNumber);
}

export interface TripSeed {
  tripNumber: string;
  carrierId: string;
  portCode: string;
  estimatedArrival: Date;
  crossedAt: Date | null;
  lane: TruckLane;
  driverId: string;
  conveyanceVin: string;
  conveyancePlate: string;
  conveyanceUsdot: string | null;
  /** Null for a trip whose manifest is not yet due at the as-of moment (not received yet). */
  manifestReceivedAt: Date | null;
  equipment: Array<{ number: string; kind: EquipmentKind.CONTAINER | EquipmentKind.TRAILER; seals: string[] }>;
}

export interface ShipmentSeed {
  shipmentControlNumber: string;
  tripNumber: string;
  portCode: string;
  type: ShipmentType;
  estimatedArrival: Date;
  programCodes: string[];
  shipperId: string;
  consigneeId: string;
  importerId: string | null;
}

export interface GoodsItemSeed {
  shipmentControlNumber: string;
  sequence: number;
  description: string;
  hsCode: string;
  nationalCode: string;
  originCountry: string;
  grossMassKg: number;
  quantity: number;
  packagingUnit: string;
  valueMinor: number;
  currency: string;
  phytoNumber: string | null;
  phytoIssuingAgency: string | null;
  phytoElectronic: boolean | null;
  phytoIssuedOn: string | null;
}

export interface DeclarationSeed {
  id: string;
  shipmentControlNumber: string;
  authorityCode: string;
  kind: DeclarationKind;
  number: string;
  filedAt: Date;
}

export interface RiskAssessmentSeed {
  id: string;
  shipmentControlNumber: string;
  score: number;
  rulesHit: string[];
  assessedAt: Date;
}

export interface CargoSeed {
  tradeParties: TradePartySeed[];
  certifications: CertificationSeed[];
  trips: TripSeed[];
  shipments: ShipmentSeed[];
  goodsItems: GoodsItemSeed[];
  declarations: DeclarationSeed[];
  inspections: InspectionSeed[];
  holds: HoldSeed[];
  riskAssessments: RiskAssessmentSeed[];
}

// A fixed window, so the same seed gives the same data whatever the day it runs.

// The share of northbound loads that are produce, by port: the produce gateways (Nogales, Pharr,
// Otay Mesa) carry much of it, Laredo some among its manufactures, the other ports little. These
// shares are the generator's estimates, not sourced figures (docs/demo-data.md).
const PRODUCE_SHARE_BY_PORT: Record<string, number> = { "2604": 0.6, "2305": 0.45, "2506": 0.35, "2304": 0.1 };
const OTHER_PORT_PRODUCE_SHARE = 0.04;
// Ports where produce is a large part of northbound freight: more agricultural holds there.
const PRODUCE_PORTS = new Set(Object.keys(PRODUCE_SHARE_BY_PORT).filter((code) => PRODUCE_SHARE_BY_PORT[code] >= 0.3));
const RISK_RULES = [
  "NEW_SHIPPER",
  "ROUTING_ANOMALY",
  "HS_VALUE_MISMATCH",
  "SEAL_DISCREPANCY",
  "WATCHLIST_PARTY",
  "PRIOR_VIOLATION",
];

const truckPorts = portFacts.filter((p) => p.modes.includes(PortMode.TRUCK) && p.trucksPerDay2021);

function pickPort(faker: Faker): PortFact {
  // Weighted by 2021 truck volumes: Laredo carries the most.
  return faker.helpers.weightedArrayElement(truckPorts.map((p) => ({ value: p, weight: p.trucksPerDay2021 ?? 0 })));
}

function pickLane(faker: Faker, port: PortFact): TruckLane {
  // UCP runs only at UCP ports; FAST lanes everywhere commercial traffic crosses.
  if (!port.programs.includes("UCP")) {
    return faker.helpers.weightedArrayElement([
      { value: Lane.FAST as const, weight: 35 },
      { value: Lane.STANDARD as const, weight: 65 },
    ]);
  }
  return faker.helpers.weightedArrayElement([
    { value: Lane.UCP as const, weight: 35 },
    { value: Lane.FAST as const, weight: 30 },
    { value: Lane.STANDARD as const, weight: 35 },
  ]);
}

// Weights of the manufactured goods: 2023 US imports from Mexico by chapter (commodities.json:
// 87 about 130 bn, 85 85.6 bn, 84 81.6 bn), shared among the chapter's codes; chapters the source
// gives no figure for (beer, medical instruments) get a small weight of their own.
const CHAPTER_IMPORTS_BN: Record<string, number> = { "87": 130, "85": 85.6, "84": 81.6 };
const OTHER_CHAPTER_WEIGHT = 8;

const importCommodities = commodityFacts.filter((c) => !c.usExport);

function commodityWeight(commodity: CommodityFact): number {
  if (commodity.agri) return 1;
  const chapter = commodity.code.slice(0, 2);
  const total = CHAPTER_IMPORTS_BN[chapter];
  if (total === undefined) return OTHER_CHAPTER_WEIGHT;
  return total / importCommodities.filter((c) => !c.agri && c.code.startsWith(chapter)).length;
}

function pickCommodity(faker: Faker, port: PortFact): CommodityFact {
  // One draw per load: produce or manufactures (vehicles, electrical goods, machinery above all).
  const produce = faker.datatype.boolean(PRODUCE_SHARE_BY_PORT[port.code] ?? OTHER_PORT_PRODUCE_SHARE);
  const pool = importCommodities.filter((c) => c.agri === produce);
  return faker.helpers.weightedArrayElement(pool.map((c) => ({ value: c, weight: commodityWeight(c) })));
}

/** The HTSUS line of a commodity on the day it arrives: a seasonal line only in its season. */
export function nationalLineOf(commodity: CommodityFact, arrival: Date, faker: Faker): string {
  const monthDay = arrival.toISOString().slice(5, 10);
  const inSeason = commodity.nationalLines.filter((line) => {
    if (!line.season) return true;
    for (let i = 0; i + 1 < line.season.length; i += 2) {
      if (monthDay >= line.season[i] && monthDay <= line.season[i + 1]) return true;
    }
    return false;
  });
  if (inSeason.length === 0) throw new Error(`commodities.json ${commodity.code}: no national line for ${monthDay}`);
  return faker.helpers.arrayElement(inSeason).code;
}

function goodsItem(
  faker: Faker,
  shipmentControlNumber: string,
  sequence: number,
  commodity: CommodityFact,
  arrival: Date,
): GoodsItemSeed {
  const produce = commodity.agri;
  // A phytosanitary certificate only where one is required for the commodity from Mexico
  // (commodities.json, phytosanitaryCertificate): SENASICA's, issued the day before.
  const phyto = commodity.phytoRequiredFromMexico;
  return {
    shipmentControlNumber,
    sequence,
    description: commodity.description,
    hsCode: commodity.code,
    // HTSUS: a line of the shipped list (commodities.json, nationalLines), never invented digits.
    nationalCode: nationalLineOf(commodity, arrival, faker),
    originCountry: "MX",
    grossMassKg: faker.number.int({ min: produce ? 8000 : 500, max: produce ? 22000 : 18000 }),
    quantity: faker.number.int({ min: 10, max: produce ? 1400 : 600 }),
    packagingUnit: produce
      ? faker.helpers.arrayElement(["CT", "BX", "PX"])
      : faker.helpers.arrayElement(["PX", "CT", "CS"]),
    valueMinor: faker.number.int({ min: produce ? 800_000 : 1_500_000, max: produce ? 6_000_000 : 90_000_000 }),
    currency: "USD",
    phytoNumber: phyto ? `SEN-${faker.string.numeric(10)}` : null,
    phytoIssuingAgency: phyto ? "SENASICA" : null,
    phytoElectronic: phyto ? faker.datatype.boolean(0.6) : null,
    phytoIssuedOn: phyto ? new Date(arrival.getTime() - 86_400_000).toISOString().slice(0, 10) : null,
  };
}

/**
 * NARP goes by commodity and origin, with no sign-up: a load gets it when it holds a single covered
 * commodity (programs.json, NARP covered). Mixed loads never do here (docs/demo-data.md).
 */
export function narpApplies(items: Array<{ hsCode: string; originCountry: string }>): boolean {
  const commodities = new Set(items.map((item) => `${item.hsCode}:${item.originCountry}`));
  return commodities.size === 1 && narpCoverage.has([...commodities][0]);
}

function shipmentPrograms(faker: Faker, port: PortFact, lane: TruckLane, narp: boolean): string[] {
  const programs: string[] = [];
  if (lane === Lane.UCP) programs.push("UCP");
  if (lane === Lane.FAST || lane === Lane.UCP) programs.push("FAST", "CTPAT");
  // CPI pre-inspects northbound trucks only in Mexico (Mesa de Otay, San Jerónimo); Laredo's CPI
  // is Mexican officers checking southbound air cargo at its airport, never a northbound truck.
  if (port.northboundTruckPreInspection && faker.datatype.boolean(0.1)) programs.push("CPI");
  if (narp) programs.push("NARP");
  return programs;
}

function declarations(faker: Faker, shipment: ShipmentSeed, port: PortFact, crossedAt: Date): DeclarationSeed[] {
  const filedAt = new Date(crossedAt.getTime() - faker.number.int({ min: 60, max: 1440 }) * 60_000);
  const year = filedAt.getUTCFullYear() % 100;
  // Pedimento: year (2), aduana (2), broker patente (4), last digit of the year + serial (6).
  const pedimento = `${String(year).padStart(2, "0")}${port.mxAduanaSeccion.slice(0, 2)}${faker.string.numeric({ length: 4, allowLeadingZeros: false })}${year % 10}${faker.string.numeric(6)}`;
  const entry = `${faker.string.alphanumeric({ length: 3, casing: "upper" })}-${faker.string.numeric(7)}-${faker.string.numeric(1)}`;
  // The export pedimento is filed with Mexican customs (ANAM since 2022); PAPS entries with CBP.
  const filed: DeclarationSeed[] = [
    {
      id: faker.string.uuid(),
      shipmentControlNumber: shipment.shipmentControlNumber,
      authorityCode: "ANAM",
      kind: DeclarationKind.MX_PEDIMENTO,
      number: pedimento,
      filedAt,
    },
  ];
  if (shipment.type === ShipmentType.PAPS) {
    filed.push({
      id: faker.string.uuid(),
      shipmentControlNumber: shipment.shipmentControlNumber,
      authorityCode: "CBP",
      kind: DeclarationKind.US_ENTRY,
      number: entry,
      filedAt,
    });
  }
  return filed;
}

function riskAssessment(faker: Faker, shipmentControlNumber: string, estimatedArrival: Date): RiskAssessmentSeed {
  const score = faker.number.int({ min: 0, max: 100 });
  return {
    id: faker.string.uuid(),
    shipmentControlNumber,
    score,
    rulesHit: score < 40 ? [] : faker.helpers.arrayElements(RISK_RULES, { min: 1, max: 3 }),
    assessedAt: new Date(estimatedArrival.getTime() - faker.number.int({ min: 30, max: 600 }) * 60_000),
  };
}

/** The rows that grow with the seed size, for a run of whole trips: each trip with its shipments. */
export type CargoBatch = Omit<CargoSeed, "tradeParties" | "certifications">;

export interface CargoStream {
  tradeParties: TradePartySeed[];
  certifications: CertificationSeed[];
  /** One pass only: the batches draw from the same random sequence, in order. */
  batches: Generator<CargoBatch>;
}

/** Batches of about this many shipments keep a million-shipment seed in bounded memory. */
export const SHIPMENTS_PER_BATCH = 10_000;

const emptyBatch = (): CargoBatch => ({
  trips: [],
  shipments: [],
  goodsItems: [],
  declarations: [],
  inspections: [],
  holds: [],
  riskAssessments: [],
});

/**
 * Trips (one truck crossing northbound) with 1–4 shipments each, each with 1–3 goods items, their
 * trade parties, declarations, inspections and, for about a third, a risk assessment; drivers
 * are the first travellers of the travellers generator. The trade parties come first; the trips
 * follow in batches of whole trips, so a trip's shipments and inspections share a batch.
 */
export function streamCargo(size: SeedSize, shipmentsPerBatch = SHIPMENTS_PER_BATCH): CargoStream {
  const faker = seededFaker(size.seed, "cargo");
  const scacs = faker.helpers.uniqueArray(() => faker.string.alpha({ length: 4, casing: "upper" }), 40);
  const { parties, certifications, carriers, shippers, consignees } = generateTradeParties(faker, scacs);
  return {
    tradeParties: parties,
    certifications,
    batches: cargoBatches(faker, size, shipmentsPerBatch, {
      carriers,
      shippers,
      consignees,
      ctpat: ctpatMembers(certifications),
    }),
  };
}

/** The parties holding C-TPAT (certified or validated; a suspended membership does not count). */
export function ctpatMembers(certifications: CertificationSeed[]): ReadonlySet<string> {
  return new Set(
    certifications
      .filter((c) => c.programCode === "CTPAT" && c.status !== CertificationStatus.SUSPENDED)
      .map((c) => c.tradePartyId),
  );
}

interface Parties {
  carriers: TradePartySeed[];
  shippers: TradePartySeed[];
  consignees: TradePartySeed[];
  ctpat: ReadonlySet<string>;
}

/** The share of crossing trucks imaged by large-scale NII (ports.json, commercialVehicleImaging). */
export const TRUCK_IMAGING_SHARE = 0.15;

function* cargoBatches(
  faker: Faker,
  size: SeedSize,
  shipmentsPerBatch: number,
  { carriers, shippers, consignees, ctpat }: Parties,
): Generator<CargoBatch> {
  // FAST (and UCP, which runs in the FAST lane) needs a C-TPAT carrier, importer and manufacturer
  // and a FAST-card driver (programs.json, FAST): such trips take their parties from these.
  const fastShippers = shippers.filter((s) => ctpat.has(s.id) && s.roles.includes(TradeRole.MANUFACTURER));
  const fastConsignees = consignees.filter((c) => ctpat.has(c.id));
  const fastPossible = fastShippers.length > 0 && fastConsignees.length > 0;
  // Their own streams: adding them left every other generated value as it was.
  const holdFaker = seededFaker(size.seed, "holds");
  const manifestFaker = seededFaker(size.seed, "manifests");
  const drivers = driverCount(size);
  const calendar = seedCalendar(size.asOf);
  const fastDrivers = Array.from({ length: drivers }, (_, i) => i).filter((i) => isFastDriver(size.seed, i));
  const usedNumbers = new Set<string>();
  const uniqueNumber = (make: () => string) => {
    let value = make();
    while (usedNumbers.has(value)) value = make();
    usedNumbers.add(value);
    return value;
  };

  let generated = 0;
  let batch = emptyBatch();
  while (generated < size.shipments) {
    const port = pickPort(faker);
    const drawnLane = pickLane(faker, port);
    const carrier = faker.helpers.arrayElement(carriers);
    const lane = fastPossible && ctpat.has(carrier.id) ? drawnLane : Lane.STANDARD;
    const scac = carrier.scac!;
    const driverIndex =
      lane === Lane.STANDARD ? faker.number.int({ min: 0, max: drivers - 1 }) : faker.helpers.arrayElement(fastDrivers);
    const firstArrival = calendar.dayMs(-DAYS_OF_HISTORY);
    const lastArrival = calendar.dayMs(DAYS_AHEAD);
    // Trucks arrive while the cargo facility is open (ports.json, commercialHours), at least 5
    // minutes before it closes.
    const estimatedArrival = withinHours(
      new Date(faker.number.int({ min: firstArrival, max: lastArrival })),
      port.commercialHours,
      5,
      firstArrival,
      lastArrival,
    );
    estimatedArrival.setUTCSeconds(0, 0);
    // Arrived before the as-of moment: crossed, 5 minutes to 4 hours later but never after it,
    // nor after the facility closes.
    const minutesToAsOf = Math.floor((calendar.asOf - estimatedArrival.getTime()) / 60_000);
    const latestCrossing = Math.min(
      240,
      minutesToAsOf,
      minutesUntilClosing(estimatedArrival, port.commercialHours) - 1,
    );
    const crossedAt =
      minutesToAsOf > 0
        ? new Date(
            estimatedArrival.getTime() +
              faker.number.int({ min: Math.min(5, latestCrossing), max: latestCrossing }) * 60_000,
          )
        : null;
    // Large-scale NII images the whole truck, before primary: every shipment on it.
    const imaged = crossedAt !== null && faker.datatype.boolean(TRUCK_IMAGING_SHARE);
    const container = faker.datatype.boolean(0.3);
    const trip: TripSeed = {
      tripNumber: uniqueNumber(() => `${scac}${faker.string.numeric(10)}`),
      carrierId: carrier.id,
      portCode: port.code,
      estimatedArrival,
      crossedAt,
      lane,
      driverId: seededTravellerId(size.seed, driverIndex),
      conveyanceVin: truckVin(faker),
      conveyancePlate: truckPlate(faker, carrier.country === "MX"),
      conveyanceUsdot: carrier.usdotNumber,
      manifestReceivedAt: manifestReceivedAt(manifestFaker, calendar, lane, crossedAt ?? estimatedArrival),
      equipment: [
        {
          number: container
            ? containerNumber(faker, faker.helpers.arrayElement(["MSC", "CMA", "HLX", "TGH", "SEG"]))
            : `${scac}${faker.string.numeric(6)}`,
          kind: container ? EquipmentKind.CONTAINER : EquipmentKind.TRAILER,
          seals: [...Array(faker.number.int({ min: 1, max: 2 }))].map(() => faker.string.numeric(8)),
        },
      ],
    };
    batch.trips.push(trip);
    const count = Math.min(
      size.shipments - generated,
      faker.helpers.weightedArrayElement([
        { value: 1, weight: 55 },
        { value: 2, weight: 25 },
        { value: 3, weight: 12 },
        { value: 4, weight: 8 },
      ]),
    );
    for (let s = 0; s < count; s += 1) {
      const shipmentControlNumber = uniqueNumber(
        () => `${scac}${faker.string.alphanumeric({ length: 10, casing: "upper" })}`,
      );
      const commodity = pickCommodity(faker, port);
      const items = faker.number.int({ min: 1, max: 3 });
      const goods: GoodsItemSeed[] = [];
      for (let sequence = 1; sequence <= items; sequence += 1) {
        // One commodity per shipment mostly; mixed loads now and then.
        const itemCommodity = sequence === 1 || faker.datatype.boolean(0.7) ? commodity : pickCommodity(faker, port);
        goods.push(goodsItem(faker, shipmentControlNumber, sequence, itemCommodity, estimatedArrival));
      }
      batch.goodsItems.push(...goods);
      const type = faker.datatype.boolean(0.9) ? ShipmentType.PAPS : ShipmentType.IN_BOND;
      const fast = lane !== Lane.STANDARD;
      const consignee = faker.helpers.arrayElement(fast ? fastConsignees : consignees);
      const shipment: ShipmentSeed = {
        shipmentControlNumber,
        tripNumber: trip.tripNumber,
        portCode: port.code,
        type,
        estimatedArrival,
        programCodes: shipmentPrograms(faker, port, lane, narpApplies(goods)),
        shipperId: faker.helpers.arrayElement(fast ? fastShippers : shippers).id,
        consigneeId: consignee.id,
        importerId: type === ShipmentType.PAPS ? consignee.id : null,
      };
      batch.shipments.push(shipment);
      generated += 1;
      if (crossedAt) batch.declarations.push(...declarations(faker, shipment, port, crossedAt));
      // The risk assessment comes before the inspections: referrals follow its score.
      const risk = faker.datatype.boolean(0.3) ? riskAssessment(faker, shipmentControlNumber, estimatedArrival) : null;
      if (risk) batch.riskAssessments.push(risk);
      const inspections = generateInspections(faker, calendar, {
        ...shipment,
        lane,
        crossedAt,
        produce: commodity.agri,
        goodsHs6: goods.map((item) => item.hsCode),
        riskScore: risk?.score ?? null,
        imaged,
      });
      batch.inspections.push(...inspections);
      batch.holds.push(
        ...generateHolds(holdFaker, calendar, {
          ...shipment,
          crossedAt,
          produce: commodity.agri,
          producePort: PRODUCE_PORTS.has(port.code),
          inspections,
        }),
      );
    }
    if (batch.shipments.length >= shipmentsPerBatch) {
      yield batch;
      batch = emptyBatch();
    }
  }
  if (batch.trips.length) yield batch;
}

/** All of the cargo data at once: for tests and small sizes (the seed streams it). */
export function generateCargo(size: SeedSize): CargoSeed {
  const { tradeParties, certifications, batches } = streamCargo(size);
  const all: CargoSeed = { tradeParties, certifications, ...emptyBatch() };
  // A batch is small enough to spread into push().
  for (const batch of batches) {
    all.trips.push(...batch.trips);
    all.shipments.push(...batch.shipments);
    all.goodsItems.push(...batch.goodsItems);
    all.declarations.push(...batch.declarations);
    all.inspections.push(...batch.inspections);
    all.holds.push(...batch.holds);
    all.riskAssessments.push(...batch.riskAssessments);
  }
  return all;
}
