import "./tracing";
import "reflect-metadata";
import { runSubgraphCommand } from "@frontera/subgraph";
import { agreementsSubgraph } from "./subgraph";

runSubgraphCommand(agreementsSubgraph, process.argv.slice(2));
