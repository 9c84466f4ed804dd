import {
  CustomsRegime,
  DeclarationKind,
  InspectionKind,
  InspectionResult,
  Lane,
  PedimentoClave,
  SelectionResult,
  ShipmentType,
  TradeRole,
} from "@frontera/code-lists";
import { type DeclarationSeed, type GoodsItemSeed, type ShipmentSeed, type TripSeed } from "./generate-cargo";
import { type InspectionSeed } from "./generate-inspections";
import { type TradePartySeed } from "./generate-trade-parties";
import { portFacts } from "./reference-data";
import tigieFile from "./reference/tigie.json";
import { DAYS_AHEAD, seedCalendar } from "./seed-calendar";
import { type SeedSize } from "./seed-size";
import { seededFaker } from "./seeded-random";

/** A southbound trip: a truck that crossed north coming back south, loaded or empty. */
export interface SouthboundTripSeed extends Omit<TripSeed, "equipment"> {
  loaded: boolean;
  returnOfTripNumber: string;
}

/** A southbound goods line: its HTS line and, beside it, the TIGIE fraction and NICO. */
export interface SouthboundGoodsItemSeed extends GoodsItemSeed {
  tigieFraction: string;
  tigieNico: string;
}

export interface PedimentoSeed {
  shipmentControlNumber: string;
  number: string;
  clave: PedimentoClave.A1 | PedimentoClave.IN;
  regime: CustomsRegime;
  brokerName: string;
  brokerPatente: string;
  customsValueMinor: number;
  exchangeRateTenThousandths: number;
  selection: SelectionResult;
  expres: boolean;
  paidAt: Date;
}

export interface SouthboundBatch {
  trips: SouthboundTripSeed[];
  shipments: ShipmentSeed[];
  goodsItems: SouthboundGoodsItemSeed[];
  declarations: DeclarationSeed[];
  pedimentos: PedimentoSeed[];
  /** SENASICA's agriculture inspections of southbound agricultural goods, at the port (in Mexico). */
  inspections: InspectionSeed[];
}

export interface TigieLine {
  hs6: string;
  description: string;
  agri: boolean;
  fraction: string;
  nico: string;
}

/** The sourced TIGIE lines (reference/tigie.json): the only Mexican tariff lines the seed uses. */
export const tigieLines: TigieLine[] = tigieFile.lines.map(({ hs6, description, agri, fraction, nico }) => ({
  hs6,
  description,
  agri,
  fraction,
  nico,
}));

// Of the northbound trucks that crossed, the share seen coming back south within the window, and
// of those the share carrying freight: many return empty (docs/southbound.md).
const RETURN_SHARE = 0.55;
const LOADED_SHARE = 0.6;
const HOUR_MS = 3_600_000;

const portByCode = new Map(portFacts.map((port) => [port.code, port]));

/**
 * Southbound trips, drawn batch by batch from the northbound ones: each crossed northbound truck
 * may come back south 4 to 36 hours later (same carrier, driver and conveyance), empty or with US
 * exports entered in Mexico on a pedimento. Its own random stream, so the northbound data is what
 * it always was; same seed and as-of moment, same southbound data.
 */
export function createSouthboundGenerator(
  size: SeedSize,
  tradeParties: TradePartySeed[],
): (northbound: TripSeed[]) => SouthboundBatch {
  const faker = seededFaker(size.seed, "southbound");
  const calendar = seedCalendar(size.asOf);
  const lastArrival = calendar.dayMs(DAYS_AHEAD);
  // US companies ship south; Mexican companies receive.
  const exporters = tradeParties.filter((party) => party.roles.includes(TradeRole.CONSIGNEE));
  const importers = tradeParties.filter((party) => party.roles.includes(TradeRole.SHIPPER));
  const brokers = Array.from({ length: 12 }, () => ({
    name: `Agencia Aduanal ${faker.person.lastName()} ${faker.person.lastName()}`,
    patente: faker.string.numeric({ length: 4, allowLeadingZeros: false }),
  }));
  const used = new Set<string>();
  // Northbound numbers are SCAC + 10 characters: 11 here keeps the two sets apart.
  const unique = (make: () => string) => {
    let value = make();
    while (used.has(value)) value = make();
    used.add(value);
    return value;
  };

  return (northbound) => {
    const batch: SouthboundBatch = {
      trips: [],
      shipments: [],
      goodsItems: [],
      declarations: [],
      pedimentos: [],
      inspections: [],
    };
    for (const outbound of northbound) {
      if (!outbound.crossedAt || !faker.datatype.boolean(RETURN_SHARE)) continue;
      const estimatedArrival = new Date(outbound.crossedAt.getTime() + faker.number.int({ min: 4, max: 36 }) * HOUR_MS);
      estimatedArrival.setUTCSeconds(0, 0);
      if (estimatedArrival.getTime() > lastArrival) continue;
      const minutesToAsOf = Math.floor((calendar.asOf - estimatedArrival.getTime()) / 60_000);
      const crossedAt =
        minutesToAsOf > 0
          ? new Date(
              estimatedArrival.getTime() +
                faker.number.int({ min: Math.min(5, minutesToAsOf), max: Math.min(180, minutesToAsOf) }) * 60_000,
            )
          : null;
      const loaded = faker.datatype.boolean(LOADED_SHARE);
      const scac = outbound.tripNumber.slice(0, 4);
      const trip: SouthboundTripSeed = {
        tripNumber: unique(() => `${scac}${faker.string.numeric(11)}`),
        carrierId: outbound.carrierId,
        portCode: outbound.portCode,
        estimatedArrival,
        crossedAt,
        lane: Lane.STANDARD,
        driverId: outbound.driverId,
        conveyanceVin: outbound.conveyanceVin,
        conveyancePlate: outbound.conveyancePlate,
        conveyanceUsdot: outbound.conveyanceUsdot,
        // Exports are not filed on CBP's inbound e-manifest: there is no receipt to time.
        manifestReceivedAt: null,
        loaded,
        returnOfTripNumber: outbound.tripNumber,
      };
      batch.trips.push(trip);
      if (!loaded) continue;
      const count = faker.helpers.weightedArrayElement([
        { value: 1, weight: 75 },
        { value: 2, weight: 25 },
      ]);
      for (let s = 0; s < count; s += 1) addShipment(batch, trip, scac);
    }
    return batch;
  };

  function addShipment(batch: SouthboundBatch, trip: SouthboundTripSeed, scac: string): void {
    const shipmentControlNumber = unique(() => `${scac}${faker.string.alphanumeric({ length: 11, casing: "upper" })}`);
    const line = faker.helpers.arrayElement(tigieLines);
    const importer = faker.helpers.arrayElement(importers);
    const shipment: ShipmentSeed = {
      shipmentControlNumber,
      tripNumber: trip.tripNumber,
      portCode: trip.portCode,
      type: ShipmentType.PAPS,
      estimatedArrival: trip.estimatedArrival,
      programCodes: [],
      shipperId: faker.helpers.arrayElement(exporters).id,
      consigneeId: importer.id,
      importerId: importer.id,
    };
    batch.shipments.push(shipment);
    const items = faker.number.int({ min: 1, max: 2 });
    let valueUsdMinor = 0;
    for (let sequence = 1; sequence <= items; sequence += 1) {
      const item = goodsLine(shipmentControlNumber, sequence, line, trip.estimatedArrival);
      valueUsdMinor += item.valueMinor;
      batch.goodsItems.push(item);
    }
    const paidAt = new Date(trip.estimatedArrival.getTime() - faker.number.int({ min: 2, max: 30 }) * HOUR_MS);
    // A pedimento not yet paid at the as-of moment is not filed yet: the shipment has none.
    if (paidAt.getTime() > calendar.asOf) return;
    const pedimento = pedimentoOf(shipmentControlNumber, trip.portCode, paidAt, line, valueUsdMinor);
    batch.pedimentos.push(pedimento);
    batch.declarations.push({
      id: faker.string.uuid(),
      shipmentControlNumber,
      authorityCode: "ANAM",
      kind: DeclarationKind.MX_PEDIMENTO,
      number: pedimento.number,
      filedAt: paidAt,
    });
    if (line.agri && trip.crossedAt) {
      const inspection = senasicaInspection(shipment, trip.crossedAt);
      if (inspection) batch.inspections.push(inspection);
    }
  }

  function goodsLine(
    shipmentControlNumber: string,
    sequence: number,
    line: TigieLine,
    arrival: Date,
  ): SouthboundGoodsItemSeed {
    // Plant products travel with APHIS's phytosanitary certificate; meat with a zoosanitary one (not kept).
    const plant = line.agri && line.hs6.slice(0, 2) !== "02";
    return {
      shipmentControlNumber,
      sequence,
      description: line.description,
      hsCode: line.hs6,
      // The US side of the line: the 6-digit HS code and 4 national digits, as northbound.
      nationalCode: `${line.hs6}${faker.string.numeric(4)}`,
      originCountry: "US",
      grossMassKg: faker.number.int({ min: line.agri ? 15000 : 2000, max: line.agri ? 24000 : 18000 }),
      quantity: faker.number.int({ min: 1, max: line.agri ? 40 : 600 }),
      packagingUnit: line.agri
        ? faker.helpers.arrayElement(["BG", "BX", "CT"])
        : faker.helpers.arrayElement(["PX", "CS"]),
      valueMinor: faker.number.int({ min: line.agri ? 700_000 : 2_000_000, max: line.agri ? 5_000_000 : 60_000_000 }),
      currency: "USD",
      phytoNumber: plant ? `APHIS-${faker.string.numeric(9)}` : null,
      phytoIssuingAgency: plant ? "APHIS" : null,
      phytoElectronic: plant ? faker.datatype.boolean(0.7) : null,
      phytoIssuedOn: plant ? new Date(arrival.getTime() - 2 * 24 * HOUR_MS).toISOString().slice(0, 10) : null,
      tigieFraction: line.fraction,
      tigieNico: line.nico,
    };
  }

  function pedimentoOf(
    shipmentControlNumber: string,
    portCode: string,
    paidAt: Date,
    line: TigieLine,
    valueUsdMinor: number,
  ): PedimentoSeed {
    const broker = faker.helpers.arrayElement(brokers);
    const year = paidAt.getUTCFullYear() % 100;
    const aduana = portByCode.get(portCode)!.mxAduanaSeccion.slice(0, 2);
    // Year (2), aduana (2), patente (4), last digit of the year and a 6-digit serial (7).
    const number = unique(
      () => `${String(year).padStart(2, "0")}${aduana}${broker.patente}${year % 10}${faker.string.numeric(6)}`,
    );
    // Industrial inputs mostly enter temporarily for IMMEX plants; food enters for good.
    const immex = !line.agri && faker.datatype.boolean(0.7);
    const exchangeRateTenThousandths = faker.number.int({ min: 170_000, max: 205_000 });
    return {
      shipmentControlNumber,
      number,
      clave: immex ? PedimentoClave.IN : PedimentoClave.A1,
      regime: immex ? CustomsRegime.TEMPORARY_IMPORT_IMMEX : CustomsRegime.DEFINITIVE_IMPORT,
      brokerName: broker.name,
      brokerPatente: broker.patente,
      customsValueMinor: Math.round((valueUsdMinor * exchangeRateTenThousandths) / 10_000),
      exchangeRateTenThousandths,
      selection: faker.datatype.boolean(0.1) ? SelectionResult.RED : SelectionResult.GREEN,
      expres: faker.datatype.boolean(0.25),
      paidAt,
    };
  }

  function senasicaInspection(shipment: ShipmentSeed, crossedAt: Date): InspectionSeed | null {
    const startedAt = new Date(crossedAt.getTime() + faker.number.int({ min: 10, max: 90 }) * 60_000);
    if (startedAt.getTime() > calendar.asOf) return null;
    const endedAt = new Date(startedAt.getTime() + faker.number.int({ min: 20, max: 120 }) * 60_000);
    const running = endedAt.getTime() > calendar.asOf;
    return {
      id: faker.string.uuid(),
      shipmentControlNumber: shipment.shipmentControlNumber,
      portCode: shipment.portCode,
      kind: InspectionKind.AGRICULTURE,
      // SENASICA's OISA at the port, on the Mexican side.
      locationCountry: "MX",
      programCode: null,
      agencies: ["SENASICA"],
      startedAt,
      endedAt: running ? null : endedAt,
      result: running
        ? InspectionResult.PENDING
        : faker.helpers.weightedArrayElement([
            { value: InspectionResult.RELEASED, weight: 92 },
            { value: InspectionResult.TREATED, weight: 5 },
            { value: InspectionResult.REEXPORTED, weight: 3 },
          ]),
      pestFindings: [],
    };
  }
}
