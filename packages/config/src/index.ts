export { parseEnv, EnvError } from "./parse-env";
export { portNumber } from "./env-fields";
export { parseSubgraphEnv, type SubgraphEnv } from "./subgraph-env";
export { type AuthEnv, DEFAULT_INTERNAL_AGENCIES, authEnvFields, authEnvFrom } from "./auth-env";
export { DEFAULT_PORTS, DEFAULT_SUBGRAPH_URLS } from "./service-urls";
export { DEFAULT_PAGE_SIZE, MAX_DISCLOSURES_PER_CALL, MAX_PAGE_SIZE } from "./api-limits";
