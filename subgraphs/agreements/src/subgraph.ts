import { DEFAULT_PORTS } from "@frontera/config";
import { type SubgraphDefinition } from "@frontera/subgraph";
import { resolveAccessFromTables } from "./access/resolve-access";
import { tokenCommand } from "./access/token-command";
import { accountingCommand } from "./disclosure/accounting-command";
import { DISCLOSURE_CHAIN, startDisclosureChainWorker } from "./disclosure/disclosure-chain-worker";
import { disclosureRoutes } from "./disclosure/disclosure-route";
import { disclosuresCommand } from "./disclosure/disclosures-command";
import { agreementsAccessRules } from "./access/agreements-access-rules";
import { type AgreementsContext, createAgreementsContext } from "./context";
import { agreementsEntities } from "./entities";
import { agreementsMigrations } from "./migrations";
import { buildAgreementsSchema } from "./schema";
import { isAgreementsDatabaseEmpty, seedAgreements } from "./seed/seed-agreements";

export const agreementsSubgraph: SubgraphDefinition<AgreementsContext> = {
  name: "agreements",
  defaultPort: DEFAULT_PORTS.agreements,
  entities: agreementsEntities,
  migrations: agreementsMigrations,
  buildSchema: buildAgreementsSchema,
  accessRules: agreementsAccessRules,
  createContext: createAgreementsContext,
  // The owner of arrangements and revocations answers from its own tables, fresh every request.
  resolveAccess: (runtime, claims) => resolveAccessFromTables(runtime.dataSource, claims),
  // POST /disclosures: the gateway's write to the disclosure log, beside /graphql.
  routes: disclosureRoutes,
  isEmpty: isAgreementsDatabaseEmpty,
  seed: seedAgreements,
  commands: { token: tokenCommand, accounting: accountingCommand, disclosures: disclosuresCommand },
  workers: { [DISCLOSURE_CHAIN]: startDisclosureChainWorker },
};
