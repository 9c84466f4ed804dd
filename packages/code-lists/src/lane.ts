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
