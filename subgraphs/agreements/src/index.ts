import "./tracing";
import "reflect-metadata";
import { runSubgraphCommand } from "@frontera/service";
import { agreementsSubgraph } from "./subgraph";

runSubgraphCommand(agreementsSubgraph, process.argv.slice(2));
