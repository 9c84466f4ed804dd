import { randomUUID } from "node:crypto";
import { type EntityManager } from "typeorm";
import { addToDailyCount } from "@frontera/port-daily-counts";
import { Direction, toIsoDate } from "@frontera/federation";
import { GoodsItem } from "../goods-item/goods-item.entity";
import { LATE_MANIFESTS_BY_ARRIVAL, SHIPMENTS_BY_ARRIVAL } from "../port-of-entry/port-traffic-counts";
import { ShipmentStatus } from "../shipment/shipment-status";
import { Shipment, ShipmentProgram } from "../shipment/shipment.entity";
import { TradeParty, TradeRole } from "../trade-party/trade-party.entity";
import { Equipment } from "./equipment.entity";
import { manifestTimeliness } from "./manifest-timeliness";
import { type TradePartyInput, type TripManifestInput } from "./trip-manifest.inputs";
import { Trip } from "./trip.entity";

/** The id of a referenced party, or of the party this manifest creates for it. */
async function partyId(manager: EntityManager, party: TradePartyInput, role: TradeRole): Promise<string> {
  if (party.id) return party.id;
  const id = randomUUID();
  await manager.getRepository(TradeParty).insert({
    id,
    name: party.name!.trim(),
    country: party.country!,
    scac: party.scac ?? null,
    mxRfc: party.mxRfc ?? null,
    roles: [role],
  });
  return id;
}

/**
 * Writes a checked manifest: trip (with when it was received and whether that was late),
 * equipment, new parties, shipments, programs, goods. A southbound trip is written as the seed
 * writes one (docs/southbound.md): no receipt to time (CBP's e-manifest rule is about trucks
 * entering the US), loaded when it has shipments, and counted in no daily series (they count
 * northbound trade); its pedimentos are filed apart.
 */
export async function recordTripManifest(
  manager: EntityManager,
  input: TripManifestInput,
  receivedAt: Date,
): Promise<string> {
  const carrierId = await partyId(manager, input.carrier, TradeRole.CARRIER);
  const northbound = input.direction === Direction.NORTHBOUND;
  const manifestReceivedAt = northbound ? receivedAt : null;
  const timeliness = manifestTimeliness({ ...input, crossedAt: null, manifestReceivedAt });
  if (timeliness?.late) {
    await addToDailyCount(manager, LATE_MANIFESTS_BY_ARRIVAL, input.portCode, input.estimatedArrival);
  }
  await manager.getRepository(Trip).insert({
    tripNumber: input.tripNumber,
    carrierId,
    portCode: input.portCode,
    direction: input.direction,
    loaded: input.shipments.length > 0,
    returnOfTripNumber: input.returnOfTripNumber ?? null,
    estimatedArrival: input.estimatedArrival,
    crossedAt: null,
    lane: input.lane,
    driverId: input.driverId.toLowerCase(),
    conveyanceVin: input.conveyance.vin,
    conveyancePlate: input.conveyance.licensePlate,
    conveyanceUsdot: input.conveyance.usdotNumber ?? null,
    manifestReceivedAt,
    manifestLate: timeliness?.late ?? null,
  });
  // An empty southbound truck may list none.
  if (input.equipment.length > 0) {
    await manager.getRepository(Equipment).insert(
      input.equipment.map((item) => ({
        tripNumber: input.tripNumber,
        number: item.number,
        kind: item.kind,
        seals: item.seals,
      })),
    );
  }
  for (const shipment of input.shipments) {
    const { shipmentControlNumber } = shipment;
    await manager.getRepository(Shipment).insert({
      shipmentControlNumber,
      tripNumber: input.tripNumber,
      portCode: input.portCode,
      direction: input.direction,
      estimatedArrival: input.estimatedArrival,
      type: shipment.type,
      shipperId: await partyId(manager, shipment.shipper, TradeRole.SHIPPER),
      consigneeId: await partyId(manager, shipment.consignee, TradeRole.CONSIGNEE),
      importerId: shipment.importer ? await partyId(manager, shipment.importer, TradeRole.IMPORTER) : null,
      status: ShipmentStatus.AWAITING_ARRIVAL,
    });
    if (northbound) await addToDailyCount(manager, SHIPMENTS_BY_ARRIVAL, input.portCode, input.estimatedArrival);
    const programs = [...new Set(shipment.programCodes)];
    if (programs.length) {
      await manager
        .getRepository(ShipmentProgram)
        .insert(programs.map((programCode) => ({ shipmentControlNumber, programCode })));
    }
    await manager.getRepository(GoodsItem).insert(
      shipment.goodsItems.map((item, index) => ({
        shipmentControlNumber,
        sequence: index + 1,
        description: item.description.trim(),
        hsCode: item.hsCode,
        nationalCode: item.nationalCode,
        originCountry: item.originCountry,
        grossMassKg: item.grossMassKg,
        quantity: item.quantity,
        packagingUnit: item.packagingUnit,
        valueMinor: item.value.minorUnits,
        currency: item.value.currency,
        phytoNumber: item.phytoCertificate?.number ?? null,
        phytoIssuingAgency: item.phytoCertificate?.issuingAgencyCode ?? null,
        phytoElectronic: item.phytoCertificate?.electronic ?? null,
        phytoIssuedOn: toIsoDate(item.phytoCertificate?.issuedOn),
      })),
    );
  }
  return input.tripNumber;
}
