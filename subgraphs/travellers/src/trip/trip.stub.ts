import { foreignEntity } from "@frontera/federation";

// Owned by the cargo subgraph; travellers contributes the driver and the driver's crossing. Cargo
// supplies the trip's port and driver id (@requires): the driver is seen at the trip's port.
export const Trip = foreignEntity({
  name: "Trip",
  key: "tripNumber",
  scopes: ["cargo:manifest:read"],
  external: ["portCode", "driverId"],
});
export type Trip = InstanceType<typeof Trip>;
