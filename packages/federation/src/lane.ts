import { registerEnumType } from "type-graphql";

/**
 * The lanes of a port of entry, one vocabulary for the two subgraphs that record crossings: cargo
 * records a truck's (STANDARD, FAST, UCP) and travellers a person's (STANDARD, READY, SENTRI); the
 * driver's crossing travellers shows is the truck's, in the lane cargo recorded.
 */
export enum Lane {
  STANDARD = "STANDARD",
  READY = "READY",
  SENTRI = "SENTRI",
  FAST = "FAST",
  UCP = "UCP",
}

/** The lanes a truck may be filed for and cross in. */
export const TRUCK_LANES: readonly Lane[] = [Lane.STANDARD, Lane.FAST, Lane.UCP];

registerEnumType(Lane, {
  name: "Lane",
  description: "The lane of a port of entry a truck or a person crossed in (or a trip is filed for).",
  valuesConfig: {
    STANDARD: { description: "The general lane, for trucks and people alike." },
    READY: { description: "Ready Lane (people): every traveller in the vehicle holds an RFID card." },
    SENTRI: { description: "SENTRI (people): members with an active SENTRI membership only." },
    FAST: {
      description:
        "Free and Secure Trade (trucks): a FAST driver, carrier and importer only; the driver needs an active FAST membership.",
    },
    UCP: {
      description: "Unified Cargo Processing (trucks): one joint exam by both customs services, at ports that run it.",
    },
  },
});
