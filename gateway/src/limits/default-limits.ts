import { type OperationLimits } from "@frontera/service";

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 15,
  maxAliases: 30,
  // Priced with page sizes from variables (README, "Operation limits"): ShipmentDossier at its
  // largest page (first: 100) costs 37,403, so 5,000 would refuse it; 60,000 leaves it room while
  // three nested pages of shipments stop at about 22 rows each (22³ shipments).
  maxCost: 60_000,
  maxTokens: 2000,
  maxDirectives: 20,
};

export const DEFAULT_MAX_CONCURRENT_PER_TOKEN = 8;

export const DEFAULT_RATE_LIMITS = { perToken: 1200, perAgency: 6000 };
