import { DEFAULT_PORTS } from "@frontera/config";
import { type SubgraphDefinition } from "@frontera/subgraph";
import { travellersAccessRules } from "./access/travellers-access-rules";
import { type TravellersContext, createTravellersContext } from "./context";
import { travellersEntities } from "./entities";
import { travellersMigrations } from "./migrations";
import { buildTravellersSchema } from "./schema";
import { isTravellersDatabaseEmpty, seedTravellers } from "./seed/seed-travellers";

export const travellersSubgraph: SubgraphDefinition<TravellersContext> = {
  name: "travellers",
  defaultPort: DEFAULT_PORTS.travellers,
  entities: travellersEntities,
  migrations: travellersMigrations,
  buildSchema: buildTravellersSchema,
  accessRules: travellersAccessRules,
  createContext: createTravellersContext,
  isEmpty: isTravellersDatabaseEmpty,
  seed: seedTravellers,
};
