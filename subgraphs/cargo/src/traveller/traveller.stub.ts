import { foreignEntity } from "@frontera/federation";

// Owned by the travellers subgraph: cargo knows a driver only by the surrogate id, and adds trips.
export const Traveller = foreignEntity({
  name: "Traveller",
  key: "travellerId",
  scopes: ["traveller:identity:read", "traveller:document:read", "traveller:membership:read"],
});
export type Traveller = InstanceType<typeof Traveller>;
