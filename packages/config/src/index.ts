export { parseEnv, EnvError } from "./parse-env";
export { portNumber } from "./env-fields";
export { parseSubgraphEnv, type SubgraphEnv } from "./subgraph-env";
export { type AuthEnv, DEFAULT_INTERNAL_AGENCIES, authEnvFields, authEnvFrom } from "./auth-env";
