import { foreignEntity } from "@frontera/federation";

// Owned by the agreements subgraph; travellers contributes the crossings at each port.
export const PortOfEntry = foreignEntity({ name: "PortOfEntry", key: "code", scopes: ["reference:read"] });
export type PortOfEntry = InstanceType<typeof PortOfEntry>;
