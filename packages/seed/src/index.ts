export * from "./reference-data";
export {
  generateTravellers,
  streamTravellers,
  type TravellerBatch,
  type TravellerSeed,
  type MembershipSeed,
} from "./generate-travellers";
export {
  generateCargo,
  streamCargo,
  type CargoBatch,
  type CargoStream,
  type CargoSeed,
  type TripSeed,
  type ShipmentSeed,
  type GoodsItemSeed,
  type DeclarationSeed,
  type RiskAssessmentSeed,
  tripCrossingEventId,
} from "./generate-cargo";
export { type InspectionSeed } from "./generate-inspections";
export { type HoldSeed } from "./generate-holds";
export { generateCrossings, streamCrossings, type CrossingSeed } from "./generate-crossings";
export { type TravelDocumentSeed } from "./generate-documents";
export { td1Mrz, td3Mrz, mrzName } from "./mrz";
export { type TradePartySeed, type CertificationSeed } from "./generate-trade-parties";
export {
  type SeedSize,
  DEFAULT_SEED,
  DEFAULT_SHIPMENTS,
  SEED_AS_OF_ENV,
  defaultAsOf,
  defaultSeedSize,
  parseAsOf,
  parseSeedSize,
  driverCount,
} from "./seed-size";
export { type SeedCalendar, seedCalendar, DAYS_AHEAD, DAYS_OF_HISTORY } from "./seed-calendar";
export { defaultArrangements, type ArrangementFact } from "./default-arrangements";
export { type BulkLoad, startBulkLoad } from "./bulk-load";
export { insertInChunks } from "./insert-in-chunks";
export {
  generateAssistanceRequests,
  type AssistanceRequestSeed,
  type AssistanceMessageSeed,
} from "./generate-assistance-requests";
export {
  createSouthboundGenerator,
  tigieLines,
  type SouthboundBatch,
  type SouthboundTripSeed,
  type SouthboundGoodsItemSeed,
  type PedimentoSeed,
  type TigieLine,
} from "./generate-southbound";
