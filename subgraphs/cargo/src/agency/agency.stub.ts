import { foreignEntity } from "@frontera/federation";

// Owned by the agreements subgraph; cargo contributes the inspections an agency took part in.
export const Agency = foreignEntity({ name: "Agency", key: "code", scopes: ["reference:read"] });
export type Agency = InstanceType<typeof Agency>;
