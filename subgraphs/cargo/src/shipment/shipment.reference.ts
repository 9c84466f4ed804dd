import { type CargoContext } from "../context";
import { type Shipment } from "./shipment.entity";

export function resolveShipmentReference(
  reference: Pick<Shipment, "shipmentControlNumber">,
  { loaders }: CargoContext,
): Promise<Shipment | null> {
  return loaders.shipmentByControlNumber.load(reference.shipmentControlNumber);
}
