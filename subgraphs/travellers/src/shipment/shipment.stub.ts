import { foreignEntity } from "@frontera/federation";

// Owned by the cargo subgraph; travellers contributes the driver, seen at the shipment's port.
export const Shipment = foreignEntity({
  name: "Shipment",
  key: "shipmentControlNumber",
  scopes: ["cargo:manifest:read"],
  external: ["portCode", "driverId"],
});
export type Shipment = InstanceType<typeof Shipment>;
