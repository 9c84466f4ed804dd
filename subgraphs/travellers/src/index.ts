import "./tracing";
import "reflect-metadata";
import { runSubgraphCommand } from "@frontera/service";
import { travellersSubgraph } from "./subgraph";

runSubgraphCommand(travellersSubgraph, process.argv.slice(2));
