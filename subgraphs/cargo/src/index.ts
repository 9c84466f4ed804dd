import "./tracing";
import "reflect-metadata";
import { runSubgraphCommand } from "@frontera/subgraph";
import { cargoSubgraph } from "./subgraph";

runSubgraphCommand(cargoSubgraph, process.argv.slice(2));
