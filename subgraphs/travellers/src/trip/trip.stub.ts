import { foreignEntity } from "@frontera/federation";

/**
 * What cargo supplies with its trips and shipments for the driver travellers adds to them
 * (@requires): the driver is seen at the trip's port.
 */
export const DRIVEN_FROM_PORT = { scopes: ["cargo:manifest:read"], external: ["portCode", "driverId"] } as const;

// Owned by the cargo subgraph; travellers contributes the driver and the driver's crossing.
export const Trip = foreignEntity({ name: "Trip", key: "tripNumber", ...DRIVEN_FROM_PORT });
export type Trip = InstanceType<typeof Trip>;
