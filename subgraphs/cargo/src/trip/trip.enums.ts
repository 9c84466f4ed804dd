import { registerEnumType } from "type-graphql";

export enum Lane {
  STANDARD = "STANDARD",
  FAST = "FAST",
  UCP = "UCP",
}

registerEnumType(Lane, {
  name: "Lane",
  description: "The commercial lane a truck crosses in.",
  valuesConfig: {
    STANDARD: { description: "The ordinary commercial lane." },
    FAST: { description: "Free and Secure Trade: a FAST driver, carrier and importer only." },
    UCP: { description: "Unified Cargo Processing: one joint exam by both customs services, at ports that run it." },
  },
});
