import { DEFAULT_PORTS } from "@frontera/config";
import { type SubgraphDefinition } from "@frontera/subgraph";
import { cargoAccessRules } from "./access/cargo-access-rules";
import { type CargoContext, createCargoContext } from "./context";
import { CROSSING_RELAY, startCrossingRelay } from "./crossing-event/crossing-relay";
import { cargoEntities } from "./entities";
import { cargoMigrations } from "./migrations";
import { buildCargoSchema } from "./schema";
import { isCargoDatabaseEmpty, seedCargo } from "./seed/seed-cargo";

export const cargoSubgraph: SubgraphDefinition<CargoContext> = {
  name: "cargo",
  defaultPort: DEFAULT_PORTS.cargo,
  entities: cargoEntities,
  migrations: cargoMigrations,
  buildSchema: buildCargoSchema,
  accessRules: cargoAccessRules,
  createContext: createCargoContext,
  isEmpty: isCargoDatabaseEmpty,
  seed: seedCargo,
  workers: { [CROSSING_RELAY]: startCrossingRelay },
};
