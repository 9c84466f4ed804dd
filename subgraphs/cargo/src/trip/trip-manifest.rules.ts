import { forbidden, tradePlace } from "@frontera/auth";
import { Direction, type InputProblems } from "@frontera/federation";
import {
  checkContainerNumber,
  checkHsCode,
  checkNationalTariffCode,
  checkScac,
  checkShipmentControlNumber,
  checkTripNumber,
  checkVin,
} from "@frontera/identifiers";
import { type EntityManager, In } from "typeorm";
import { type ReferenceData } from "@frontera/agreements-client";
import { type CargoContext } from "../context";
import { Shipment } from "../shipment/shipment.entity";
import { TradeParty } from "../trade-party/trade-party.entity";
import { EquipmentKind } from "./equipment.entity";
import { type GoodsItemInput, type TradePartyInput, type TripManifestInput } from "./trip-manifest.inputs";
import { Trip } from "./trip.entity";
import { checkReturnTrip } from "./return-trip.rules";
import { checkTruckLane } from "./truck-lane.rules";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;
// An e-manifest is filed shortly before arrival; a date far off either way is a mistake.
const ARRIVAL_WINDOW_DAYS = 30;

function report(problems: InputProblems, field: string, message: string | null): void {
  if (message) problems.add(field, message);
}

/** A party by id must exist; a new one needs a name and a country (carriers a SCAC too). */
function checkParty(
  problems: InputProblems,
  field: string,
  party: TradePartyInput,
  known: Map<string, TradeParty>,
  carrier = false,
): string | null {
  if (party.id) {
    const found = known.get(party.id);
    if (!found) problems.add(`${field}.id`, `no trade party ${party.id}`, "NOT_FOUND");
    else if (carrier && !found.scac) problems.add(`${field}.id`, "this party has no SCAC: it is not a carrier");
    return found?.scac ?? null;
  }
  problems.check(Boolean(party.name?.trim()), `${field}.name`, "a new party needs a name");
  problems.check(Boolean(party.country), `${field}.country`, "a new party needs a country");
  if (carrier) report(problems, `${field}.scac`, party.scac ? checkScac(party.scac) : "a carrier needs its SCAC");
  if (party.mxRfc) problems.check(/^[A-Z&Ñ]{3,4}\d{6}[A-Z0-9]{3}$/.test(party.mxRfc), `${field}.mxRfc`, "not an RFC");
  return party.scac ?? null;
}

function checkGoodsItem(
  problems: InputProblems,
  field: string,
  item: GoodsItemInput,
  reference: ReferenceData,
  arrival: Date,
) {
  problems.check(
    item.description.trim().length > 0 && item.description.length <= 300,
    `${field}.description`,
    "1 to 300 characters",
  );
  report(problems, `${field}.hsCode`, checkHsCode(item.hsCode));
  report(problems, `${field}.nationalCode`, checkNationalTariffCode(item.nationalCode));
  if (!checkHsCode(item.hsCode) && !checkNationalTariffCode(item.nationalCode)) {
    problems.check(item.nationalCode.startsWith(item.hsCode), `${field}.nationalCode`, "must begin with the HS code");
  }
  problems.check(item.grossMassKg > 0, `${field}.grossMassKg`, "must be positive");
  problems.check(item.quantity > 0, `${field}.quantity`, "must be positive");
  problems.check(
    /^[A-Z0-9]{2}$/.test(item.packagingUnit),
    `${field}.packagingUnit`,
    "a 2-character UN/ECE Rec. 21 code",
  );
  problems.check(item.value.minorUnits >= 0, `${field}.value.minorUnits`, "cannot be negative");
  const phyto = item.phytoCertificate;
  if (phyto) {
    problems.check(
      /^[A-Z0-9-]{4,40}$/.test(phyto.number),
      `${field}.phytoCertificate.number`,
      "4 to 40 letters, digits or hyphens",
    );
    problems.check(
      reference.agencies.has(phyto.issuingAgencyCode),
      `${field}.phytoCertificate.issuingAgencyCode`,
      `no agency ${phyto.issuingAgencyCode}`,
      "NOT_FOUND",
    );
    problems.check(
      phyto.issuedOn.getTime() <= arrival.getTime(),
      `${field}.phytoCertificate.issuedOn`,
      "cannot be after the arrival",
    );
  }
}

/**
 * A manifest is filed where the caller's cargo:write holds: at the trip's port in its direction.
 * No arrangement grants cargo:write (packages/auth's DATA_SHARING_SCOPES), so a partner never
 * files one; the check keeps a write at a place as narrow as a read there (docs/security-model.md).
 */
export function checkManifestWrite(
  { policy }: Pick<CargoContext, "policy">,
  { portCode, direction }: Pick<TripManifestInput, "portCode" | "direction">,
): void {
  if (!policy.holdsAt(["cargo:write"], [tradePlace(portCode, direction)])) {
    throw forbidden(["cargo:write"], { atRecord: true });
  }
}

/**
 * Every rule of an e-manifest, checked before anything is written. Port, program and agency codes
 * are checked against the agreements subgraph's data; identifiers by their check digits. A
 * southbound trip may be an empty truck (no shipments, and then no equipment needed) and may
 * return from a northbound trip (return-trip.rules.ts).
 */
export async function checkTripManifest(
  manager: EntityManager,
  input: TripManifestInput,
  reference: ReferenceData,
  problems: InputProblems,
): Promise<void> {
  const partyIds = [input.carrier, ...input.shipments.flatMap((s) => [s.shipper, s.consignee, s.importer])]
    .map((party) => party?.id)
    .filter((id): id is string => Boolean(id));
  const known = new Map(
    (partyIds.length ? await manager.getRepository(TradeParty).findBy({ id: In(partyIds) }) : []).map((party) => [
      party.id,
      party,
    ]),
  );
  const scac = checkParty(problems, "input.carrier", input.carrier, known, true);
  if (scac) report(problems, "input.tripNumber", checkTripNumber(input.tripNumber, scac));
  if (await manager.getRepository(Trip).existsBy({ tripNumber: input.tripNumber })) {
    problems.add("input.tripNumber", `trip ${input.tripNumber} was already submitted`, "ALREADY_EXISTS");
  }

  const portPrograms = reference.ports.get(input.portCode)?.programs;
  problems.check(portPrograms !== undefined, "input.portCode", `no port of entry ${input.portCode}`, "NOT_FOUND");
  checkTruckLane(problems, "input.lane", input.lane, input.portCode, reference, input.direction);
  await checkReturnTrip(manager, input, problems);
  const offset = Math.abs(input.estimatedArrival.getTime() - Date.now());
  problems.check(
    offset <= ARRIVAL_WINDOW_DAYS * DAY_MS,
    "input.estimatedArrival",
    `must be within ${ARRIVAL_WINDOW_DAYS} days of now`,
  );

  report(problems, "input.conveyance.vin", checkVin(input.conveyance.vin));
  problems.check(
    /^[A-Z0-9-]{1,15}$/.test(input.conveyance.licensePlate),
    "input.conveyance.licensePlate",
    "1 to 15 letters, digits or hyphens",
  );
  if (input.conveyance.usdotNumber) {
    problems.check(/^\d{1,8}$/.test(input.conveyance.usdotNumber), "input.conveyance.usdotNumber", "1 to 8 digits");
  }
  problems.check(UUID.test(input.driverId), "input.driverId", "not a traveller id");

  const southbound = input.direction === Direction.SOUTHBOUND;
  const emptyTruck = southbound && input.shipments.length === 0;
  problems.check(
    input.equipment.length > 0 || emptyTruck,
    "input.equipment",
    "a truck carries at least one container or trailer",
  );
  const numbers = new Set<string>();
  input.equipment.forEach((item, i) => {
    const field = `input.equipment[${i}].number`;
    if (item.kind === EquipmentKind.CONTAINER) report(problems, field, checkContainerNumber(item.number));
    else problems.check(/^[A-Z0-9-]{1,17}$/.test(item.number), field, "1 to 17 letters, digits or hyphens");
    problems.check(!numbers.has(item.number), field, "listed twice");
    numbers.add(item.number);
    item.seals.forEach((seal, s) =>
      problems.check(
        /^[A-Z0-9-]{1,20}$/.test(seal),
        `input.equipment[${i}].seals[${s}]`,
        "1 to 20 letters, digits or hyphens",
      ),
    );
  });

  if (southbound) problems.check(input.shipments.length <= 50, "input.shipments", "0 to 50 shipments");
  else
    problems.check(input.shipments.length > 0 && input.shipments.length <= 50, "input.shipments", "1 to 50 shipments");
  const controlNumbers = input.shipments.map((shipment) => shipment.shipmentControlNumber);
  const taken = new Set(
    (controlNumbers.length
      ? await manager
          .getRepository(Shipment)
          .find({ select: { shipmentControlNumber: true }, where: { shipmentControlNumber: In(controlNumbers) } })
      : []
    ).map((shipment) => shipment.shipmentControlNumber),
  );
  const seen = new Set<string>();
  input.shipments.forEach((shipment, i) => {
    const field = `input.shipments[${i}]`;
    report(
      problems,
      `${field}.shipmentControlNumber`,
      checkShipmentControlNumber(shipment.shipmentControlNumber, scac ?? undefined),
    );
    problems.check(
      !taken.has(shipment.shipmentControlNumber),
      `${field}.shipmentControlNumber`,
      "already manifested",
      "ALREADY_EXISTS",
    );
    problems.check(!seen.has(shipment.shipmentControlNumber), `${field}.shipmentControlNumber`, "listed twice");
    seen.add(shipment.shipmentControlNumber);
    checkParty(problems, `${field}.shipper`, shipment.shipper, known);
    checkParty(problems, `${field}.consignee`, shipment.consignee, known);
    if (shipment.importer) checkParty(problems, `${field}.importer`, shipment.importer, known);
    shipment.programCodes.forEach((code, p) =>
      problems.check(reference.programs.has(code), `${field}.programCodes[${p}]`, `no program ${code}`, "NOT_FOUND"),
    );
    problems.check(
      shipment.goodsItems.length > 0 && shipment.goodsItems.length <= 999,
      `${field}.goodsItems`,
      "1 to 999 goods items",
    );
    shipment.goodsItems.forEach((item, g) =>
      checkGoodsItem(problems, `${field}.goodsItems[${g}]`, item, reference, input.estimatedArrival),
    );
  });
}
