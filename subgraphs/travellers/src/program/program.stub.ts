import { foreignEntity } from "@frontera/federation";

// Owned by the agreements subgraph; travellers only points at it (a membership's program).
export const Program = foreignEntity({ name: "Program", key: "code", scopes: ["reference:read"], resolvable: false });
export type Program = InstanceType<typeof Program>;
