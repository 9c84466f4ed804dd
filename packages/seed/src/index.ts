export * from "./reference-data";
export { generateTravellers, type TravellerSeed, type MembershipSeed } from "./generate-travellers";
export { generateCargo, type TripSeed, type ShipmentSeed, type GoodsItemSeed } from "./generate-cargo";
export { type SeedSize, DEFAULT_SEED_SIZE, parseSeedSize, driverCount } from "./seed-size";
export { defaultArrangements, type ArrangementFact } from "./default-arrangements";
