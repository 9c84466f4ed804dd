import { type InputProblems } from "@frontera/federation";
import { type EntityManager } from "typeorm";
import { Shipment } from "../shipment/shipment.entity";
import { Trip } from "../trip/trip.entity";
import { type OpenInspectionInput } from "./inspection.inputs";

/**
 * What an inspection to open examines — one shipment, or one trip as a whole — found, with the
 * port and direction the inspection takes from it. Exactly one of the two must be named.
 */
export async function findExamined(
  manager: EntityManager,
  input: OpenInspectionInput,
  problems: InputProblems,
): Promise<Pick<Shipment, "portCode" | "direction"> | null> {
  const { shipmentControlNumber, tripNumber } = input.target;
  // @oneOf already holds this at validation; kept so no caller can reach here with both or neither.
  if ((shipmentControlNumber == null) === (tripNumber == null)) {
    problems.add("input.target", "name exactly one of shipmentControlNumber and tripNumber", "INVALID");
    return null;
  }
  if (shipmentControlNumber != null) {
    const shipment = await manager.getRepository(Shipment).findOneBy({ shipmentControlNumber });
    problems.check(
      shipment !== null,
      "input.target.shipmentControlNumber",
      `no shipment ${shipmentControlNumber}`,
      "NOT_FOUND",
    );
    return shipment;
  }
  const trip = await manager.getRepository(Trip).findOneBy({ tripNumber: tripNumber! });
  problems.check(trip !== null, "input.target.tripNumber", `no trip ${tripNumber}`, "NOT_FOUND");
  return trip;
}
