import { type SubgraphDefinition } from "@frontera/service";
import { type AgreementsContext, createAgreementsContext } from "./context";
import { agreementsEntities } from "./entities";
import { agreementsMigrations } from "./migrations";
import { buildAgreementsSchema } from "./schema";
import { isAgreementsDatabaseEmpty, seedAgreements } from "./seed/seed-agreements";

export const agreementsSubgraph: SubgraphDefinition<AgreementsContext> = {
  name: "agreements",
  defaultPort: 4001,
  entities: agreementsEntities,
  migrations: agreementsMigrations,
  buildSchema: buildAgreementsSchema,
  createContext: createAgreementsContext,
  isEmpty: isAgreementsDatabaseEmpty,
  seed: seedAgreements,
};
