import { registerEnumType } from "type-graphql";
import { HoldKind } from "@frontera/code-lists";

// The code list's enum (shared with the demo data), served by this subgraph as a GraphQL enum.
export { HoldKind };

export enum HoldEventAction {
  PLACED = "PLACED",
  RELEASED = "RELEASED",
}

registerEnumType(HoldKind, {
  name: "HoldKind",
  description: "Under whose authority a shipment is stopped; it decides which scopes place, release and read the hold.",
  valuesConfig: {
    AGRICULTURAL: {
      description:
        "Plant or animal health (SENASICA, APHIS, CBP agriculture): hold:agri:write places it, hold:agri:read reads it.",
    },
    CUSTOMS: { description: "Customs compliance: documents, classification, value, a missing permit." },
    ENFORCEMENT: { description: "Trade enforcement: suspected evasion, counterfeits, substandard pharmaceuticals." },
  },
});
registerEnumType(HoldEventAction, {
  name: "HoldEventAction",
  description: "What changed in a hold's history.",
  valuesConfig: {
    PLACED: { description: "The hold was placed: the shipment cannot be released by an inspection." },
    RELEASED: { description: "The hold was released, with a reason." },
  },
});
