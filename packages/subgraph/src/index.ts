export {
  startSubgraph,
  subgraphDatabaseOptions,
  type SubgraphDefinition,
  type SubgraphOptions,
  type RunningSubgraph,
  type SubgraphRuntime,
  type SubgraphContext,
  type SubgraphWorker,
  type Authenticate,
  type VerifyCaller,
  type SubgraphRouteTools,
} from "./start-subgraph";
export { runSubgraphCommand } from "./subgraph-command";
