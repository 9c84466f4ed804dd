import { foreignEntity } from "@frontera/federation";

// Owned by the agreements subgraph; cargo refers to ports by code and contributes their traffic.
export const PortOfEntry = foreignEntity({ name: "PortOfEntry", key: "code", scopes: ["reference:read"] });
export type PortOfEntry = InstanceType<typeof PortOfEntry>;
