import { foreignEntity } from "@frontera/federation";

// Owned by the agreements subgraph; cargo contributes the shipments moving under a program.
export const Program = foreignEntity({ name: "Program", key: "code", scopes: ["reference:read"] });
export type Program = InstanceType<typeof Program>;
