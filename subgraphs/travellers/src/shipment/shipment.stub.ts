import { foreignEntity } from "@frontera/federation";
import { DRIVEN_FROM_PORT, withDirection } from "../trip/trip.stub";

// Owned by the cargo subgraph; travellers contributes the driver, seen at the shipment's port.
export const Shipment = withDirection(
  foreignEntity({ name: "Shipment", key: "shipmentControlNumber", ...DRIVEN_FROM_PORT }),
);
export type Shipment = InstanceType<typeof Shipment>;
