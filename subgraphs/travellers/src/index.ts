import "./tracing";
import "reflect-metadata";
import { runSubgraphCommand } from "@frontera/subgraph";
import { travellersSubgraph } from "./subgraph";

runSubgraphCommand(travellersSubgraph, process.argv.slice(2));
