export {
  startSubgraph,
  subgraphDatabaseOptions,
  type SubgraphDefinition,
  type SubgraphOptions,
  type RunningSubgraph,
  type SubgraphRuntime,
  type SubgraphContext,
  type SubgraphWorker,
} from "./start-subgraph";
export { runSubgraphCommand } from "./subgraph-command";
