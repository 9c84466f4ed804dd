import { type Faker } from "@faker-js/faker";
import { seededTravellerId, isFastDriver } from "./generate-travellers";
import { type CommodityFact, type PortFact, commodityFacts, portFacts } from "./reference-data";
import { type SeedSize, driverCount } from "./seed-size";
import { seededFaker } from "./seeded-random";

export type Lane = "STANDARD" | "FAST" | "UCP";

export interface TripSeed {
  tripNumber: string;
  carrierScac: string;
  portCode: string;
  estimatedArrival: Date;
  crossedAt: Date | null;
  lane: Lane;
  driverId: string;
}

export interface ShipmentSeed {
  shipmentControlNumber: string;
  tripNumber: string;
  portCode: string;
  type: "PAPS" | "IN_BOND";
  estimatedArrival: Date;
  programCodes: string[];
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
}

// A fixed window, so the same seed gives the same data whatever the day it runs.
const WINDOW_FROM = Date.parse("2026-09-01T00:00:00Z");
const WINDOW_TO = Date.parse("2026-12-01T00:00:00Z");
const CROSSED_BEFORE = Date.parse("2026-11-25T00:00:00Z");

// Ports where produce dominates northbound freight (Nogales, Pharr, Otay Mesa, Laredo).
const PRODUCE_PORTS = new Set(["2604", "2305", "2506", "2304"]);

const truckPorts = portFacts.filter((p) => p.modes.includes("TRUCK") && p.trucksPerDay2021);

function pickPort(faker: Faker): PortFact {
  // Weighted by 2021 truck volumes: Laredo carries the most.
  return faker.helpers.weightedArrayElement(truckPorts.map((p) => ({ value: p, weight: p.trucksPerDay2021 ?? 0 })));
}

function pickLane(faker: Faker, port: PortFact): Lane {
  // UCP runs only at UCP ports; FAST lanes everywhere commercial traffic crosses.
  if (!port.programs.includes("UCP")) {
    return faker.helpers.weightedArrayElement([
      { value: "FAST" as const, weight: 35 },
      { value: "STANDARD" as const, weight: 65 },
    ]);
  }
  return faker.helpers.weightedArrayElement([
    { value: "UCP" as const, weight: 35 },
    { value: "FAST" as const, weight: 30 },
    { value: "STANDARD" as const, weight: 35 },
  ]);
}

function pickCommodity(faker: Faker, port: PortFact): CommodityFact {
  const produceShare = PRODUCE_PORTS.has(port.code) ? 0.55 : 0.2;
  const pool = commodityFacts.filter((c) => c.agri === faker.datatype.boolean(produceShare) && !c.usExport);
  return faker.helpers.arrayElement(pool.length ? pool : commodityFacts);
}

function goodsItem(
  faker: Faker,
  shipmentControlNumber: string,
  sequence: number,
  commodity: CommodityFact,
): GoodsItemSeed {
  const produce = commodity.agri;
  return {
    shipmentControlNumber,
    sequence,
    description: commodity.description,
    hsCode: commodity.code,
    // HTSUS: the 6-digit HS code, a 2-digit US subheading and a 2-digit statistical suffix.
    nationalCode: `${commodity.code}${faker.string.numeric(4)}`,
    originCountry: "MX",
    grossMassKg: faker.number.int({ min: produce ? 8000 : 500, max: produce ? 22000 : 18000 }),
    quantity: faker.number.int({ min: 10, max: produce ? 1400 : 600 }),
    packagingUnit: produce
      ? faker.helpers.arrayElement(["CT", "BX", "PX"])
      : faker.helpers.arrayElement(["PX", "CT", "CS"]),
  };
}

function shipmentPrograms(faker: Faker, port: PortFact, lane: Lane, produce: boolean): string[] {
  const programs: string[] = [];
  if (lane === "UCP") programs.push("UCP");
  if (lane === "FAST" || lane === "UCP") programs.push("FAST", "CTPAT");
  if (port.programs.includes("CPI") && faker.datatype.boolean(0.1)) programs.push("CPI");
  if (produce && faker.datatype.boolean(0.5)) programs.push("NARP");
  return programs;
}

/**
 * Trips (one truck crossing northbound) with 1–4 shipments each, each with 1–3 goods items;
 * drivers are the first travellers of the travellers generator.
 */
export function generateCargo(size: SeedSize): {
  trips: TripSeed[];
  shipments: ShipmentSeed[];
  goodsItems: GoodsItemSeed[];
} {
  const faker = seededFaker(size.seed, "cargo");
  const drivers = driverCount(size);
  const fastDrivers = Array.from({ length: drivers }, (_, i) => i).filter((i) => isFastDriver(size.seed, i));
  const carriers = faker.helpers.uniqueArray(() => faker.string.alpha({ length: 4, casing: "upper" }), 40);
  const trips: TripSeed[] = [];
  const shipments: ShipmentSeed[] = [];
  const goodsItems: GoodsItemSeed[] = [];
  const usedNumbers = new Set<string>();
  const uniqueNumber = (make: () => string) => {
    let value = make();
    while (usedNumbers.has(value)) value = make();
    usedNumbers.add(value);
    return value;
  };

  while (shipments.length < size.shipments) {
    const port = pickPort(faker);
    const lane = pickLane(faker, port);
    const scac = faker.helpers.arrayElement(carriers);
    const driverIndex =
      lane === "STANDARD" ? faker.number.int({ min: 0, max: drivers - 1 }) : faker.helpers.arrayElement(fastDrivers);
    const estimatedArrival = new Date(faker.number.int({ min: WINDOW_FROM, max: WINDOW_TO }));
    estimatedArrival.setUTCSeconds(0, 0);
    const crossed = estimatedArrival.getTime() < CROSSED_BEFORE;
    const trip: TripSeed = {
      tripNumber: uniqueNumber(() => `${scac}${faker.string.numeric(10)}`),
      carrierScac: scac,
      portCode: port.code,
      estimatedArrival,
      crossedAt: crossed
        ? new Date(estimatedArrival.getTime() + faker.number.int({ min: 5, max: 240 }) * 60_000)
        : null,
      lane,
      driverId: seededTravellerId(size.seed, driverIndex),
    };
    trips.push(trip);
    const count = Math.min(
      size.shipments - shipments.length,
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
      for (let sequence = 1; sequence <= items; sequence += 1) {
        // One commodity per shipment mostly; mixed loads now and then.
        const itemCommodity = sequence === 1 || faker.datatype.boolean(0.7) ? commodity : pickCommodity(faker, port);
        goodsItems.push(goodsItem(faker, shipmentControlNumber, sequence, itemCommodity));
      }
      shipments.push({
        shipmentControlNumber,
        tripNumber: trip.tripNumber,
        portCode: port.code,
        type: faker.datatype.boolean(0.9) ? "PAPS" : "IN_BOND",
        estimatedArrival,
        programCodes: shipmentPrograms(faker, port, lane, commodity.agri),
      });
    }
  }
  return { trips, shipments, goodsItems };
}
